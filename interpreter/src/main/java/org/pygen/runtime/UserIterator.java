package org.pygen.runtime;

/**
 * The internal iterator over an instance of a user's class that defines {@code __next__}: each
 * step calls it, and its StopIteration ends the iteration. Scripts never see this wrapper;
 * {@code iter()} gives them the object itself.
 */
public final class UserIterator implements PyIterator, PyObjectTyped {
  private final Object target;
  private boolean done;
  /** The value of the StopIteration that ended the iteration: {@code yield from}'s result. */
  private Object stopValue = PyNone.NONE;

  UserIterator(Object target) {
    this.target = target;
  }

  @Override
  public Object next(ThreadState ts) {
    if (done) {
      return DONE;
    }
    try {
      return SpecialMethods.next(ts, target);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.STOP_ITERATION)) {
        done = true;
        stopValue = e.value().value();
        return DONE;
      }
      throw e;
    }
  }

  /** What the StopIteration that ended the iteration carried; None before the end. */
  public Object stopValue() {
    return stopValue;
  }

  @Override
  public Object nextOrRaise(ThreadState ts) {
    return SpecialMethods.next(ts, target);
  }

  @Override
  public String typeName() {
    return Ops.typeName(target);
  }

  @Override
  public Object pythonType() {
    return PyBuiltinType.typeOf(target);
  }
}
