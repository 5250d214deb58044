package org.pygen;

import java.util.Iterator;
import java.util.stream.BaseStream;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterable;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/** Java iterators, iterables and streams as scripts see them: pulled lazily, one item a step. */
final class JavaIteration {
  private JavaIteration() {}

  /**
   * A Java iterator as a pygen iterator: each step of the script's loop calls {@code hasNext} and
   * {@code next} once; nothing is read ahead. {@code stream}, when not null, is closed once the
   * iterator is exhausted.
   */
  static final class IteratorAdapter implements PyIterator, PyObjectTyped {
    private final Object original;
    private final Iterator<?> iterator;
    private final BaseStream<?, ?> stream;
    private boolean done;

    IteratorAdapter(Object original, Iterator<?> iterator, BaseStream<?, ?> stream) {
      this.original = original;
      this.iterator = iterator;
      this.stream = stream;
    }

    /** The iterator or stream the embedder handed over, given back to Java as is. */
    Object original() {
      return original;
    }

    @Override
    public synchronized Object next(ThreadState ts) {
      if (done) {
        return DONE;
      }
      try {
        if (!iterator.hasNext()) {
          done = true;
          if (stream != null) {
            stream.close();
          }
          return DONE;
        }
        return JavaValues.fromJava(iterator.next());
      } catch (PyException e) {
        throw e;
      } catch (RuntimeException e) {
        throw JavaExceptions.toPython(e);
      }
    }

    @Override
    public String typeName() {
      return "java_iterator";
    }

    @Override
    public String toString() {
      return "<java_iterator>";
    }
  }

  /** A Java iterable as a pygen iterable: each {@code iter()} asks it for a new iterator. */
  static final class IterableAdapter implements PyIterable, PyObjectTyped {
    private final Iterable<?> iterable;

    IterableAdapter(Iterable<?> iterable) {
      this.iterable = iterable;
    }

    Iterable<?> original() {
      return iterable;
    }

    @Override
    public PyIterator iter(ThreadState ts) {
      Iterator<?> it;
      try {
        it = iterable.iterator();
      } catch (PyException e) {
        throw e;
      } catch (RuntimeException e) {
        throw JavaExceptions.toPython(e);
      }
      return new IteratorAdapter(it, it, null);
    }

    @Override
    public String typeName() {
      return "java_iterable";
    }

    @Override
    public String toString() {
      return "<java_iterable>";
    }
  }
}
