package org.pygen;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Java streams over pygen iterators and generators. */
public final class PygenStreams {
  private PygenStreams() {}

  /**
   * A sequential stream over {@code iterator}, typically a generator obtained from {@link
   * Interpreter#eval} or {@link Interpreter#call}. The stream pulls lazily: each element the stream
   * consumes steps the generator once, and nothing runs before a terminal operation. Closing the
   * stream (use try-with-resources) closes the iterator when it is {@link AutoCloseable}, which
   * for a generator runs its pending {@code finally} blocks.
   */
  public static <T> Stream<T> of(Iterator<T> iterator) {
    Stream<T> stream =
        StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    if (iterator instanceof AutoCloseable closeable) {
      stream =
          stream.onClose(
              () -> {
                try {
                  closeable.close();
                } catch (RuntimeException e) {
                  throw e;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
    }
    return stream;
  }

  /**
   * A stream over a value returned by the interpreter: an {@link Iterator} (see {@link
   * #of(Iterator)}) or an {@link Iterable} such as a list.
   *
   * @throws IllegalArgumentException when the value is neither
   */
  public static Stream<Object> of(Object value) {
    if (value instanceof Iterator<?> it) {
      @SuppressWarnings("unchecked")
      Iterator<Object> objects = (Iterator<Object>) it;
      return of(objects);
    }
    if (value instanceof Iterable<?> iterable) {
      @SuppressWarnings("unchecked")
      Iterator<Object> objects = (Iterator<Object>) iterable.iterator();
      return of(objects);
    }
    throw new IllegalArgumentException(
        "not an iterator or iterable: " + (value == null ? "null" : value.getClass().getName()));
  }
}
