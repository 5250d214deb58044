package org.pygen.modules.itertools;

import java.math.BigInteger;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.ThreadState;

/** {@code count(start=0, step=1)}: start, start + step, start + 2 * step, ... forever. */
final class Count extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("count", Count::create);

  private final Object step;
  private Object current;

  private Count(Object start, Object step) {
    super(TYPE);
    this.current = start;
    this.step = step;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("count", args, kwNames, 2, 0, "start", "step");
    Object start = a[0] == null ? (Object) 0L : a[0];
    Object step = a[1] == null ? (Object) 1L : a[1];
    if (!Numbers.isNumber(start) || !Numbers.isNumber(step)) {
      throw PyException.typeError("a number is required");
    }
    // CPython counts in C integers when the step is the int 1, so count(True) yields 1, 2, ...
    // rather than True, 2, ...
    if (isOne(step) && start instanceof Boolean b) {
      start = b ? 1L : 0L;
    }
    return new Count(start, step);
  }

  /** Whether the step is an int equal to 1, which CPython leaves out of the repr. */
  private static boolean isOne(Object step) {
    return (step instanceof Long l && l == 1L)
        || Boolean.TRUE.equals(step)
        || (step instanceof BigInteger b && b.equals(BigInteger.ONE));
  }

  // Synchronized because next(counter) is atomic in CPython and scripts hand out ids that way
  // from several threads; nothing here runs script code.
  @Override
  public synchronized Object next(ThreadState ts) {
    Object value = current;
    current = Ops.add(value, step);
    return value;
  }

  @Override
  public synchronized String toString() {
    String start = Ops.repr(current);
    return isOne(step) ? "count(" + start + ")" : "count(" + start + ", " + Ops.repr(step) + ")";
  }
}
