package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Faults from outside a script (a stop, Ctrl-C, a host thread interrupt, the recursion limit)
 * landing at any point, exceptions where cleanup runs (a generator's finally while it is closed,
 * a thread's target): the fault is reported as CPython reports it, and the interpreter answers
 * normally afterwards. OutOfMemoryError, which needs a small heap, is in OutOfMemoryTest.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class FaultsTest {
  private static final String GENERATOR =
      """
      def numbers():
          n = 0
          while True:
              n += 1
              yield n
      g = numbers()
      """;

  /** A generator hit by a fault is finished or still suspended, never left running. */
  private static void assertGeneratorUsable(Interpreter py, String when) {
    assertGeneratorNotRunning(py, when);
    assertEquals(45L, py.eval("sum(x for x in range(10))"), when);
  }

  private static void assertGeneratorNotRunning(Interpreter py, String when) {
    py.exec(
        """
        running = g.gi_running
        try:
            after = next(g, "finished")
        except ValueError as e:
            after = str(e)
        """);
    assertEquals(false, py.get("running"), when);
    Object after = py.get("after");
    assertTrue(after instanceof Long || "finished".equals(after), when + ": " + after);
  }

  /**
   * A step limit of m steps stops {@code while True: next(g)} at step m; for m from 10 to 40 the
   * stop lands on every kind of step, among them the resumption of the generator.
   */
  @Test
  void aStopAtAnyStepLeavesNoGeneratorRunning() {
    for (int m = 10; m <= 40; m++) {
      Interpreter py =
          Interpreter.builder().out(new StringWriter()).limits(Limits.NONE.maxSteps(m)).build();
      py.exec(GENERATOR);
      assertThrows(StepLimitExceededException.class, () -> py.exec("while True:\n    next(g)\n"));
      assertGeneratorNotRunning(py, "stopped at step " + m);
      assertEquals(3L, py.eval("1 + 2"));
    }
  }

  /**
   * Ctrl-C ({@link Interpreter#interrupt()}) is taken at a checkpoint, every 1024 steps; shifting
   * the loop by 0 to 3 steps makes it land on each kind of step, the generator's resumption
   * among them. It is a KeyboardInterrupt the host sees; the generator is not left running.
   */
  @Test
  void ctrlCAtAnyStepLeavesNoGeneratorRunning() {
    for (int shift = 0; shift < 4; shift++) {
      Interpreter py = Interpreter.builder().out(new StringWriter()).build();
      py.set("press_ctrl_c", (Runnable) py::interrupt);
      py.exec(GENERATOR);
      String script = "press_ctrl_c()\nfor _ in range(" + shift + "):\n    pass\n"
          + "while True:\n    next(g)\n";
      PygenException e = assertThrows(PygenException.class, () -> py.exec(script));
      assertEquals("KeyboardInterrupt", e.pythonType());
      assertGeneratorUsable(py, "Ctrl-C after " + shift);
    }
  }

  /**
   * The host thread is interrupted 30 times at moments 0 to 15 ms into a script stepping
   * generators (also through a pipeline and from a script thread), appending to a list and
   * updating a dict: each run ends with ScriptInterruptedException (or completes), nothing else
   * reaches the host, no generator is left running and the interpreter answers.
   */
  @Test
  void hostThreadInterruptsAtArbitraryPoints() throws Exception {
    Interpreter py = Interpreter.builder().out(new StringWriter()).threads(4).build();
    py.exec(
        GENERATOR
            + """
            import threading
            log = []
            counts = {}
            def squares(src):
                for x in src:
                    yield x * x
            def work(rounds):
                global g
                if g.gi_frame is None:
                    g = numbers()  # a stop inside it finished it
                pipeline = squares(g)
                for i in range(rounds):
                    log.append(next(pipeline))
                    counts[i % 7] = counts.get(i % 7, 0) + 1
                    if i % 1000 == 0:
                        t = threading.Thread(target=lambda: sum(numbers_upto(50)))
                        t.start()
                        t.join()
            def numbers_upto(n):
                yield from range(n)
            """);
    for (int i = 0; i < 30; i++) {
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread host = new Thread(() -> {
        try {
          py.exec("work(200000)");
        } catch (Throwable e) {
          outcome.set(e);
        }
      });
      host.start();
      TimeUnit.MICROSECONDS.sleep(500L * i);
      host.interrupt();
      host.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(host.isAlive(), "the interrupted run ended");
      Throwable e = outcome.get();
      if (e != null && !(e instanceof ScriptInterruptedException)) {
        fail("interrupt " + i + " gave " + e, e);
      }
      assertGeneratorUsable(py, "interrupt " + i);
      // An interrupt between the append and the count may leave one count missing.
      long missing = (Long) py.eval("len(log) - sum(counts.values())");
      assertTrue(missing == 0 || missing == 1, "interrupt " + i + ": " + missing);
      py.exec("counts[0] = counts.get(0, 0) + len(log) - sum(counts.values())\n");
    }
    py.awaitThreads();
    assertEquals(1L, py.eval("threading.active_count()"));
  }

  /**
   * An exception raised by a finally block while a generator is closed where nobody can catch it
   * (a for loop that breaks out of it, the interpreter's close) is printed as CPython's
   * unraisable hook prints it: the exception's own traceback, without its GeneratorExit context.
   */
  @Test
  void aFinallyRaisingWhileAGeneratorIsReleasedIsReportedAsIgnored() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(out).err(err).build();
    py.exec(
        """
        def g():
            try:
                yield 1
                yield 2
            finally:
                raise ValueError("from finally")
        for x in g():
            break
        print("after break")
        kept = g()
        next(kept)
        """);
    String report =
        "Exception ignored in: <generator object g at 0xADDRESS>\n"
            + "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 6, in g\n"
            + "ValueError: from finally\n";
    assertEquals("after break\n", out.toString());
    assertEquals(report, withoutAddresses(err.toString()));
    assertEquals(3L, py.eval("1 + 2"));
    py.close(); // closes the suspended generator kept
    assertEquals(report + report, withoutAddresses(err.toString()));
    assertEquals(3L, py.eval("1 + 2"));
  }

  private static String withoutAddresses(String text) {
    return text.replaceAll("0x[0-9a-f]+", "0xADDRESS");
  }

  /**
   * An exception escaping a thread's target is printed as CPython prints it (the frames of
   * CPython's own threading.py left out), and the program carries on; SystemExit is silent.
   */
  @Test
  void anExceptionInAThreadIsPrintedAndTheProgramGoesOn() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(out).err(err).threads(4).build();
    py.exec(
        """
        import threading

        def worker(n):
            if n == 2:
                raise ValueError(f"bad item {n}")
            results.append(n * n)

        def nested():
            def deeper(x):
                return 1 / x
            deeper(0)

        class Job(threading.Thread):
            def run(self):
                {}["missing"]

        results = []
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
            t.join()
        print(sorted(results))
        t = threading.Thread(target=nested, name="calc")
        t.start()
        t.join()
        print("after calc", t.is_alive())
        j = Job()
        j.start()
        j.join()
        print("after job")

        def gen_in_thread():
            def g():
                yield 1
                raise RuntimeError("inside the generator")
            for x in g():
                results.append(x)
        t = threading.Thread(target=gen_in_thread)
        t.start()
        t.join()
        print(results[-1], threading.active_count())

        def exits():
            import sys
            sys.exit(5)
        t = threading.Thread(target=exits)
        t.start()
        t.join()
        print("SystemExit in a thread is silent")
        """);
    assertEquals(
        "[0, 1, 9]\nafter calc False\nafter job\n1 1\nSystemExit in a thread is silent\n",
        out.toString());
    assertEquals(
        String.join(
            "\n",
            List.of(
                "Exception in thread Thread-3 (worker):",
                "Traceback (most recent call last):",
                "  File \"<string>\", line 5, in worker",
                "ValueError: bad item 2",
                "Exception in thread calc:",
                "Traceback (most recent call last):",
                "  File \"<string>\", line 11, in nested",
                "  File \"<string>\", line 10, in deeper",
                "ZeroDivisionError: division by zero",
                "Exception in thread Thread-5:",
                "Traceback (most recent call last):",
                "  File \"<string>\", line 15, in run",
                "KeyError: 'missing'",
                "Exception in thread Thread-6 (gen_in_thread):",
                "Traceback (most recent call last):",
                "  File \"<string>\", line 36, in gen_in_thread",
                "  File \"<string>\", line 35, in g",
                "RuntimeError: inside the generator",
                "")),
        err.toString());
    assertEquals(45L, py.eval("sum(range(10))"));
  }
}
