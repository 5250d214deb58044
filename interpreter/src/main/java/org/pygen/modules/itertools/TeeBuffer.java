package org.pygen.modules.itertools;

import java.util.concurrent.locks.ReentrantLock;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.ThreadState;

/**
 * One link of the buffer the iterators of one {@code tee()} share: a fixed block of items read from
 * the source, and the next link once this one is full. Each tee iterator holds only the link it is
 * reading, so links every iterator has passed become garbage: the buffer keeps just the items
 * between the slowest and the fastest iterator.
 */
final class TeeBuffer {
  /** Items per link; CPython uses the same number. */
  static final int CAPACITY = 57;

  private final Source source;
  private final Object[] items = new Object[CAPACITY];

  /** Items filled so far; volatile so a reader on another thread sees each item it counts. */
  private volatile int filled;

  private TeeBuffer next;

  /** The source and the lock of whoever is reading it, shared by every link of one tee. */
  private static final class Source {
    final PyIterator iterator;
    final ReentrantLock reading = new ReentrantLock();

    Source(PyIterator iterator) {
      this.iterator = iterator;
    }
  }

  /** The first link of a fresh buffer over {@code source}. */
  TeeBuffer(PyIterator source) {
    this(new Source(source));
  }

  private TeeBuffer(Source source) {
    this.source = source;
  }

  /** The link after this one, made on first request; the same link for every caller. */
  synchronized TeeBuffer next() {
    if (next == null) {
      next = new TeeBuffer(source);
    }
    return next;
  }

  /**
   * Item {@code index} of this link, reading the source when no iterator has been this far yet;
   * {@link PyIterator#DONE} when the source ends first.
   */
  Object get(ThreadState ts, int index) {
    if (index < filled) {
      return items[index];
    }
    // Only an iterator in the lead reads the source. The source's own code calling back into
    // the tee is refused, as CPython refuses it. Another thread waits for the reader instead:
    // CPython refuses it too, but there it can only arrive at a thread switch, and without a
    // global lock it would arrive all the time.
    ReentrantLock lock = source.reading;
    if (lock.isHeldByCurrentThread()) {
      throw PyException.runtimeError("cannot re-enter the tee iterator");
    }
    lock.lock();
    try {
      while (filled <= index) {
        Object v = source.iterator.next(ts);
        if (v == PyIterator.DONE) {
          return v;
        }
        items[filled] = v;
        filled++;
      }
      return items[index];
    } finally {
      lock.unlock();
    }
  }
}
