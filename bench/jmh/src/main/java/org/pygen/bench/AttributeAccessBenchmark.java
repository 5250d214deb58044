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
 * Attribute access on an instance of a pygen class, {@value #N} accesses in one pygen loop per
 * invocation, reported per access.
 *
 * <p>Each kind of access takes its own path: an instance attribute found in the instance, a class
 * attribute found only after the instance misses, a store, and a method call (lookup, bound
 * method, call). {@link #localReadBaseline} is the same loop reading a local variable instead,
 * so the difference is the attribute access.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// The JIT needs a few seconds to settle on the interpreter's nodes (3 s was not always enough).
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AttributeAccessBenchmark {
  /** Attribute accesses per invocation. */
  static final int N = 10_000;

  private static final String SOURCE =
      "class Point:\n"
          + "    scale = 2\n"
          + "    def __init__(self, x, y):\n"
          + "        self.x = x\n"
          + "        self.y = y\n"
          + "    def get_x(self):\n"
          + "        return self.x\n"
          + "\n"
          + "point = Point(3, 4)\n"
          + "\n"
          + "def read_instance_attr(n):\n"
          + "    p = point\n"
          + "    total = 0\n"
          + "    for _ in range(n):\n"
          + "        total += p.x\n"
          + "    return total\n"
          + "\n"
          + "def read_class_attr(n):\n"
          + "    p = point\n"
          + "    total = 0\n"
          + "    for _ in range(n):\n"
          + "        total += p.scale\n"
          + "    return total\n"
          + "\n"
          + "def write_instance_attr(n):\n"
          + "    p = point\n"
          + "    for i in range(n):\n"
          + "        p.y = i\n"
          + "    return p.y\n"
          + "\n"
          + "def call_method(n):\n"
          + "    p = point\n"
          + "    total = 0\n"
          + "    for _ in range(n):\n"
          + "        total += p.get_x()\n"
          + "    return total\n"
          + "\n"
          + "def read_local(n):\n"
          + "    x = 3\n"
          + "    total = 0\n"
          + "    for _ in range(n):\n"
          + "        total += x\n"
          + "    return total\n";

  private Interpreter py;
  private Object readInstanceAttr;
  private Object readClassAttr;
  private Object writeInstanceAttr;
  private Object callMethod;
  private Object readLocal;

  @Setup
  public void setUp() {
    py = Interpreter.builder().out(new StringWriter()).trusted().build();
    py.exec(SOURCE);
    readInstanceAttr = py.get("read_instance_attr");
    readClassAttr = py.get("read_class_attr");
    writeInstanceAttr = py.get("write_instance_attr");
    callMethod = py.get("call_method");
    readLocal = py.get("read_local");
  }

  /** {@code total += p.x}: an attribute the instance holds itself. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object readInstanceAttribute() {
    return py.call(readInstanceAttr, N);
  }

  /** {@code total += p.scale}: missing from the instance, found on its class. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object readClassAttribute() {
    return py.call(readClassAttr, N);
  }

  /** {@code p.y = i}: storing into an existing instance attribute. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object writeInstanceAttribute() {
    return py.call(writeInstanceAttr, N);
  }

  /** {@code total += p.get_x()}: method lookup and call, whose body reads {@code self.x}. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object callMethod() {
    return py.call(callMethod, N);
  }

  /** {@code total += x} with {@code x} a local: the loop without any attribute access. */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object localReadBaseline() {
    return py.call(readLocal, N);
  }
}
