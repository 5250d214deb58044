package org.pygen.runtime;

/**
 * {@code reversed(obj)} for an instance whose class has {@code __len__} and {@code __getitem__}
 * but no {@code __reversed__}: items len-1 down to 0, asked for one at a time.
 */
final class ReversedSequence implements PyIterator, PyObjectTyped {
  private final Object sequence;
  private long index;

  ReversedSequence(Object sequence, long length) {
    this.sequence = sequence;
    this.index = length - 1;
  }

  @Override
  public Object next(ThreadState ts) {
    if (index < 0) {
      return DONE;
    }
    try {
      return SpecialMethods.getItem(sequence, index--);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.INDEX_ERROR)
          || e.isInstance(PyExceptionType.STOP_ITERATION)) {
        index = -1;
        return DONE;
      }
      throw e;
    }
  }

  @Override
  public String typeName() {
    return "reversed";
  }
}
