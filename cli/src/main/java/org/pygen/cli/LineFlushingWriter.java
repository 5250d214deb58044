package org.pygen.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that flushes its delegate after every write containing a line break, so that a program
 * printing to a terminal shows each line as it is printed (CPython's line buffering on a tty),
 * while text sent to a pipe or file can stay fully buffered by using the delegate directly.
 */
final class LineFlushingWriter extends Writer {
  private final Writer delegate;

  /** Wraps {@code delegate}; all writes go to it. */
  LineFlushingWriter(Writer delegate) {
    super(delegate);
    this.delegate = delegate;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    synchronized (lock) {
      delegate.write(chars, offset, length);
      for (int i = offset; i < offset + length; i++) {
        if (chars[i] == '\n') {
          delegate.flush();
          return;
        }
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    synchronized (lock) {
      delegate.write(text, offset, length);
      for (int i = offset; i < offset + length; i++) {
        if (text.charAt(i) == '\n') {
          delegate.flush();
          return;
        }
      }
    }
  }

  @Override
  public void flush() throws IOException {
    delegate.flush();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
