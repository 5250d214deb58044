package org.pygen.bench;

import java.io.StringWriter;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pygen.Interpreter;
import org.pygen.Script;

/**
 * What an embedder pays: building an interpreter and evaluating a first expression, evaluating a
 * small expression again and again (parsed each time, or compiled once), and stepping a
 * generator from Java.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmbeddingBenchmark {
  private Interpreter py;
  private Iterator<?> naturals;
  private Script compiled;

  @Setup
  public void setUp() {
    py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(
        "def naturals():\n"
            + "    n = 0\n"
            + "    while True:\n"
            + "        yield n\n"
            + "        n += 1\n"
            + "def area(w, h):\n"
            + "    return w * h\n");
    naturals = (Iterator<?>) py.eval("naturals()");
    compiled = py.compile("area(6, 7) + 1");
  }

  /** {@code new Interpreter()} plus a first eval: the cost of a fresh, isolated context. */
  @Benchmark
  public Object newInterpreterAndFirstEval() {
    Interpreter fresh = Interpreter.builder().out(new StringWriter()).build();
    return fresh.eval("sum(i * i for i in range(10))");
  }

  /** Parsing and running a small expression on a warm interpreter. */
  @Benchmark
  public Object evalSmallExpression() {
    return py.eval("area(6, 7) + 1");
  }

  /** The same expression compiled once and run again: no parsing on the way. */
  @Benchmark
  public Object runCompiledScript() {
    return compiled.run();
  }

  /** One generator step pulled from Java through the Iterator view. */
  @Benchmark
  public Object generatorStepFromJava() {
    return naturals.next();
  }
}
