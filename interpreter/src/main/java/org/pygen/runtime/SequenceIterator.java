package org.pygen.runtime;

/**
 * The old sequence protocol: iterating an object whose class defines {@code __getitem__} but
 * not {@code __iter__} asks for items 0, 1, 2... until IndexError (or StopIteration).
 */
final class SequenceIterator implements PyIterator, PyObjectTyped {
  private final Object sequence;
  private long index;
  private boolean done;

  SequenceIterator(Object sequence) {
    this.sequence = sequence;
  }

  @Override
  public Object next(ThreadState ts) {
    if (done) {
      return DONE;
    }
    try {
      return SpecialMethods.getItem(sequence, index++);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.INDEX_ERROR)
          || e.isInstance(PyExceptionType.STOP_ITERATION)) {
        done = true;
        return DONE;
      }
      throw e;
    }
  }

  @Override
  public String typeName() {
    return "iterator";
  }
}
