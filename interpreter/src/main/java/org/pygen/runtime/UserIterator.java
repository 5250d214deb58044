package org.pygen.runtime;

/**
 * The internal iterator over an instance of a user's class that defines {@code __next__}: each
 * step calls it, and its StopIteration ends the iteration. Scripts never see this wrapper;
 * {@code iter()} gives them the object itself.
 */
final class UserIterator implements PyIterator, PyObjectTyped {
  private final Object target;
  private boolean done;

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
        return DONE;
      }
      throw e;
    }
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
