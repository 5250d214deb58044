package org.pygen.bench;

import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.pygen.Interpreter;

/**
 * Retained heap per generator: creates {@code N} generators (default 200,000) through the {@link
 * Interpreter} API, holds them in a list, and compares the used heap after full collections
 * before and after, first never started, then suspended inside their bodies (advanced once with
 * {@code next}). The goal is at most 250 bytes per suspended simple generator.
 *
 * <p>Run: {@code java -cp bench/jmh/target/benchmarks.jar org.pygen.bench.GeneratorFootprint
 * [N] [--histogram]}. With {@code --histogram} it also prints the classes that have at least
 * {@code N} live instances, i.e. the objects each generator carries.
 *
 * <p>Only the generators themselves are counted: the ints passed to them and the list slots that
 * hold them exist before the first measurement (a list of {@code N} ints, and a list of {@code N}
 * {@code None}s whose items are then replaced), so neither is in the difference.
 */
public final class GeneratorFootprint {
  /** A generator kind: its name in the report and its pygen definition of {@code gen(i)}. */
  private record Kind(String label, String definition) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("simple: def gen(i): yield i", "def gen(i):\n    yield i\n"),
          // many_generators.py's counter: a while loop around the yield, one more local.
          new Kind(
              "loop: many_generators.py counter",
              "def gen(start):\n"
                  + "    n = start\n"
                  + "    while True:\n"
                  + "        yield n\n"
                  + "        n += 3\n"));

  private GeneratorFootprint() {}

  public static void main(String[] args) throws Exception {
    int n = 200_000;
    boolean histogram = false;
    for (String a : args) {
      if (a.equals("--histogram")) {
        histogram = true;
      } else {
        n = Integer.parseInt(a);
      }
    }
    System.out.printf(
        "%,d generators each; JVM %s, max heap %d MiB, GC %s%n",
        n,
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        gcNames());
    for (Kind kind : KINDS) {
      measure(kind, n, histogram);
    }
  }

  private static void measure(Kind kind, int n, boolean histogram) throws Exception {
    Interpreter py = Interpreter.builder().out(new StringWriter()).trusted().build();
    py.exec(kind.definition());
    // The arguments and the holding list exist before the baseline: only generators are counted.
    py.exec("ints = list(range(" + n + "))\ngens = [None] * " + n + "\n");
    // Warm-up round, discarded: the first run loads classes and fills lazy caches, which would
    // otherwise be charged to the generators.
    py.exec("for k in range(1000):\n    gens[k] = gen(ints[k])\n    next(gens[k])\n");
    py.exec("for k in range(1000):\n    gens[k] = None\n");

    long base = usedHeapAfterGc();
    py.exec("for k in range(len(ints)):\n    gens[k] = gen(ints[k])\n");
    long created = usedHeapAfterGc();
    py.exec("for g in gens:\n    next(g)\n");
    long suspended = usedHeapAfterGc();

    System.out.printf("%n%s%n", kind.label());
    System.out.printf("  never started: %6.1f bytes per generator%n", perItem(created - base, n));
    System.out.printf("  suspended:     %6.1f bytes per generator%n", perItem(suspended - base, n));
    if (histogram) {
      printFrequentClasses(n);
    }
    // Everything measured hangs off the interpreter's globals: keep it alive until now.
    Reference.reachabilityFence(py);
  }

  private static double perItem(long bytes, int n) {
    return bytes / (double) n;
  }

  /**
   * Used heap after full collections, repeated until it stops shrinking: one System.gc() may leave
   * objects that only a later cycle frees (reference processing, finalizable objects).
   */
  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      Thread.sleep(20);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= best && round >= 2) {
        break;
      }
      best = Math.min(best, used);
    }
    return best;
  }

  /**
   * Prints the heap histogram's classes that have at least {@code n} instances: with {@code n}
   * generators alive, those are (mostly) the per-generator objects, with their sizes. Uses the
   * same diagnostic command as {@code jcmd PID GC.class_histogram}.
   */
  private static void printFrequentClasses(int n) throws Exception {
    String histogram =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    System.out.println("  classes with at least " + n + " live instances:");
    System.out.println("    instances      bytes  class");
    for (String line : histogram.split("\n")) {
      // Data lines look like "   1:   200000   9600000  org.pygen.exec.Frame (java.base@17)".
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":") && Long.parseLong(f[1]) >= n) {
        System.out.printf("    %9s %10s  %s%n", f[1], f[2], f[3]);
      }
    }
  }

  private static String gcNames() {
    List<String> names = new ArrayList<>();
    ManagementFactory.getGarbageCollectorMXBeans().forEach(b -> names.add(b.getName()));
    return String.join(", ", names);
  }
}
