package org.pygen.fuzz;

import java.io.Writer;

/**
 * Keeps the first characters written and drops the rest, so a fuzz input printing in a loop
 * until its step limit cannot fill the heap of the fuzzing JVM.
 */
final class BoundedWriter extends Writer {
  private final StringBuilder kept = new StringBuilder();
  private final int capacity;

  BoundedWriter(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public void write(char[] buf, int off, int len) {
    int room = capacity - kept.length();
    if (room > 0) {
      kept.append(buf, off, Math.min(room, len));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return kept.toString();
  }
}
