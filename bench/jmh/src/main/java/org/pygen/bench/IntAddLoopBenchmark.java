package org.pygen.bench;

import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pygen.Interpreter;
import org.pygen.Script;

/**
 * Integer addition in a loop: one iteration of {@code total += i} with the loop's own test and
 * increment, reported per iteration ({@value #N} per invocation).
 *
 * <p>Three shapes, because they take different paths: a {@code while} loop on local variables
 * (slots), a {@code for i in range(n)} loop, and the same {@code while} loop at module level,
 * where the variables are globals, as in most of {@code bench/programs}. The sums stay far
 * below 2**63, so this is the {@code Long} fast path, not {@code BigInteger}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// The JIT needs a few seconds to settle on the interpreter's nodes (3 s was not always enough).
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IntAddLoopBenchmark {
  /** Loop iterations per invocation. */
  static final int N = 10_000;

  private static final String FUNCTIONS =
      "def while_add(n):\n"
          + "    total = 0\n"
          + "    i = 0\n"
          + "    while i < n:\n"
          + "        total += i\n"
          + "        i += 1\n"
          + "    return total\n"
          + "\n"
          + "def for_range_add(n):\n"
          + "    total = 0\n"
          + "    for i in range(n):\n"
          + "        total += i\n"
          + "    return total\n";

  private static final String MODULE_LEVEL =
      "total = 0\n" + "i = 0\n" + "while i < n:\n" + "    total += i\n" + "    i += 1\n";

  private Interpreter py;
  private Object whileAdd;
  private Object forRangeAdd;
  private Script moduleLevel;

  @Setup
  public void setUp() {
    py = Interpreter.builder().out(new StringWriter()).trusted().build();
    py.exec(FUNCTIONS);
    py.set("n", N);
    whileAdd = py.get("while_add");
    forRangeAdd = py.get("for_range_add");
    moduleLevel = py.compile(MODULE_LEVEL);
  }

  /** {@code while i < n: total += i; i += 1} on locals. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object whileLoopLocals() {
    return py.call(whileAdd, N);
  }

  /** {@code for i in range(n): total += i} on locals. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object forRangeLocals() {
    return py.call(forRangeAdd, N);
  }

  /** The {@code while} loop as top-level code of a compiled script: globals, not slots. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object whileLoopGlobals() {
    moduleLevel.run();
    // The script is not an expression, so its result is read back; once per N iterations.
    return py.get("total");
  }
}
