package org.pygen.runtime;

/**
 * The interpreter's internal iteration protocol. {@link #next} returns {@link #DONE} at the end
 * instead of raising StopIteration, so that {@code for}, {@code list()}, {@code sum()} and friends
 * never pay for an exception; only the user-visible {@code next()} builtin raises StopIteration.
 */
public interface PyIterator {
  /** Returned by {@link #next} when the iterator is exhausted. Never a Python value. */
  Object DONE = new Object() {
    @Override
    public String toString() {
      return "<iteration done>";
    }
  };

  /** The next value, or {@link #DONE}. Once DONE has been returned it is returned forever. */
  Object next(ThreadState ts);

  /**
   * The user-visible step ({@code next(it)}, {@code it.__next__()}): the next value, or a raised
   * StopIteration. Generators override it so the StopIteration carries their return value.
   */
  default Object nextOrRaise(ThreadState ts) {
    Object v = next(ts);
    if (v == DONE) {
      throw PyException.stopIteration(PyNone.NONE);
    }
    return v;
  }
}
