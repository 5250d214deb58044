package org.pygen.exec;

import org.pygen.runtime.PyException;
import org.pygen.runtime.TracebackEntry;

/** Adds frames to exceptions' tracebacks, the one way every part of the interpreter does it. */
public final class Tracebacks {
  private Tracebacks() {}

  /**
   * Records that {@code e} reached frame {@code f} at the line the frame is on: raised there,
   * passed in from a call, or leaving it. Recording the same activation twice in a row is a no-op.
   */
  public static void record(PyException e, Frame f) {
    e.addTraceback(entry(f), f);
  }

  /**
   * Records where {@code e} reached frame {@code f} and, when the thread is inside an except
   * clause, that {@code e} was raised while that exception was being handled: its
   * {@code __context__} (CPython sets it when raising; pygen sets it where the exception is
   * caught or passes through a finally or with block, before any code of the frame runs).
   */
  public static void arrived(PyException e, Frame f) {
    record(e, f);
    PyException handled = f.ts.handled();
    if (handled != null) {
      e.value().setContextIfAbsent(handled.value());
    }
  }

  static TracebackEntry entry(Frame f) {
    return new TracebackEntry(f.code.fileName(), f.line, f.code.name(), f.code.sourceLine(f.line));
  }
}
