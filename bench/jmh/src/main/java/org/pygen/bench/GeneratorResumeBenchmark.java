package org.pygen.bench;

import java.io.StringWriter;
import java.util.Iterator;
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
 * One generator resume: suspend at a {@code yield}, hand the value out, re-enter the frame.
 *
 * <p>The pygen-side benchmarks run a whole loop of {@value #N} resumes per invocation, so the
 * cost of crossing from Java into pygen is spread over the loop and the figure (per operation) is
 * the resume plus its share of the loop. {@link #forOverRangeBaseline} is the same loop without a
 * generator: the difference is what the generator costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// The JIT needs a few seconds to settle on the interpreter's nodes (3 s was not always enough).
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GeneratorResumeBenchmark {
  /** Resumes per invocation of a pygen-side benchmark. */
  static final int N = 10_000;

  private static final String SOURCE =
      "def count(n):\n"
          + "    i = 0\n"
          + "    while i < n:\n"
          + "        yield i\n"
          + "        i += 1\n"
          + "\n"
          + "def for_over_generator(n):\n"
          + "    total = 0\n"
          + "    for v in count(n):\n"
          + "        total += v\n"
          + "    return total\n"
          + "\n"
          + "def for_over_range(n):\n"
          + "    total = 0\n"
          + "    for v in range(n):\n"
          + "        total += v\n"
          + "    return total\n"
          + "\n"
          + "def accumulator():\n"
          + "    total = 0\n"
          + "    while True:\n"
          + "        v = yield total\n"
          + "        total += v\n"
          + "\n"
          + "def send_loop(n):\n"
          + "    acc = accumulator()\n"
          + "    next(acc)\n"
          + "    last = 0\n"
          + "    for i in range(n):\n"
          + "        last = acc.send(i)\n"
          + "    return last\n"
          + "\n"
          + "def naturals():\n"
          + "    n = 0\n"
          + "    while True:\n"
          + "        yield n\n"
          + "        n += 1\n";

  private Interpreter py;
  // Function handles fetched once, so a call from Java does not look the name up each time.
  private Object forOverGenerator;
  private Object forOverRange;
  private Object sendLoop;
  private Iterator<?> naturals;

  @Setup
  public void setUp() {
    py = Interpreter.builder().out(new StringWriter()).trusted().build();
    py.exec(SOURCE);
    forOverGenerator = py.get("for_over_generator");
    forOverRange = py.get("for_over_range");
    sendLoop = py.get("send_loop");
    // Never exhausted: naturals() has no end, and a long holds far more steps than a run takes.
    naturals = (Iterator<?>) py.eval("naturals()");
  }

  /** A {@code for} loop in pygen pulling from a generator: the common way generators are used. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object forLoopInPygen() {
    return py.call(forOverGenerator, N);
  }

  /** {@code gen.send(v)} from pygen: a method call plus a resume that delivers a value. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object sendInPygen() {
    return py.call(sendLoop, N);
  }

  /** The same loop as {@link #forLoopInPygen} over {@code range(n)}: no generator at all. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object forOverRangeBaseline() {
    return py.call(forOverRange, N);
  }

  /**
   * One resume pulled from Java through the {@code Iterator} view (as {@link
   * EmbeddingBenchmark#generatorStepFromJava}): includes entering and leaving the interpreter.
   */
  @Benchmark
  public Object nextFromJava() {
    return naturals.next();
  }
}
