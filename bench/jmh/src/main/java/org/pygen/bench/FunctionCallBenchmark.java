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

/**
 * A call of a small pygen function with one positional argument.
 *
 * <p>{@link #callInPygen} makes {@value #N} calls in one pygen loop per invocation; {@link
 * #inlineBaseline} is the same loop with the function's body written in place, so the
 * difference is the call itself (argument passing, a new frame, the return). {@link
 * #callFromJava} is one call through {@link Interpreter#call(Object, Object...)}, as an embedder
 * makes it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// The JIT needs a few seconds to settle on the interpreter's nodes (3 s was not always enough).
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FunctionCallBenchmark {
  /** Calls per invocation of a pygen-side benchmark. */
  static final int N = 10_000;

  private static final String SOURCE =
      "def inc(x):\n"
          + "    return x + 1\n"
          + "\n"
          + "def call_loop(n):\n"
          + "    x = 0\n"
          + "    for _ in range(n):\n"
          + "        x = inc(x)\n"
          + "    return x\n"
          + "\n"
          + "def inline_loop(n):\n"
          + "    x = 0\n"
          + "    for _ in range(n):\n"
          + "        x = x + 1\n"
          + "    return x\n";

  private Interpreter py;
  private Object inc;
  private Object callLoop;
  private Object inlineLoop;

  @Setup
  public void setUp() {
    py = Interpreter.builder().out(new StringWriter()).trusted().build();
    py.exec(SOURCE);
    inc = py.get("inc");
    callLoop = py.get("call_loop");
    inlineLoop = py.get("inline_loop");
  }

  /** {@code x = inc(x)}: a global function called from a loop inside pygen. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object callInPygen() {
    return py.call(callLoop, N);
  }

  /** {@code x = x + 1}: the loop of {@link #callInPygen} without the call. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object inlineBaseline() {
    return py.call(inlineLoop, N);
  }

  /** {@code inc(41)} from Java: argument and result conversion, entering the interpreter. */
  @Benchmark
  public Object callFromJava() {
    return py.call(inc, 41L);
  }
}
