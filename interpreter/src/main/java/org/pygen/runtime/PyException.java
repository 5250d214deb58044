package org.pygen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one Java throwable that carries a Python exception through the interpreter. Stack traces
 * are not filled in: Python tracebacks are built from {@link TracebackEntry}s added by call nodes
 * as the exception unwinds, outermost first once complete.
 */
public final class PyException extends RuntimeException {
  private final PyBaseException value;
  private final List<TracebackEntry> traceback = new ArrayList<>();

  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
  }

  public static PyException of(PyExceptionType type, String message) {
    return new PyException(new PyBaseException(type, message));
  }

  public static PyException typeError(String message) {
    return of(PyExceptionType.TYPE_ERROR, message);
  }

  public static PyException valueError(String message) {
    return of(PyExceptionType.VALUE_ERROR, message);
  }

  public static PyException indexError(String message) {
    return of(PyExceptionType.INDEX_ERROR, message);
  }

  public static PyException attributeError(String message) {
    return of(PyExceptionType.ATTRIBUTE_ERROR, message);
  }

  public static PyException zeroDivision(String message) {
    return of(PyExceptionType.ZERO_DIVISION_ERROR, message);
  }

  public static PyException runtimeError(String message) {
    return of(PyExceptionType.RUNTIME_ERROR, message);
  }

  public static PyException keyError(Object key) {
    return new PyException(new PyBaseException(PyExceptionType.KEY_ERROR, key));
  }

  public static PyException stopIteration(Object value) {
    return value == PyNone.NONE
        ? new PyException(new PyBaseException(PyExceptionType.STOP_ITERATION))
        : new PyException(new PyBaseException(PyExceptionType.STOP_ITERATION, value));
  }

  public PyBaseException value() {
    return value;
  }

  public PyExceptionType type() {
    return value.type();
  }

  public boolean isInstance(PyExceptionType type) {
    return value.type().isSubclassOf(type);
  }

  /**
   * Records that the exception passed through a frame. Call nodes add entries innermost first;
   * {@link #traceback()} returns them outermost first, as Python prints them.
   */
  public void addTraceback(TracebackEntry entry) {
    traceback.add(entry);
  }

  public List<TracebackEntry> traceback() {
    List<TracebackEntry> copy = new ArrayList<>(traceback);
    Collections.reverse(copy);
    return copy;
  }

  /** {@code ValueError: bad} (or just {@code ValueError} when the message is empty). */
  public String exceptionLine() {
    String msg = value.message();
    return msg.isEmpty() ? value.type().name() : value.type().name() + ": " + msg;
  }

  /**
   * The whole traceback as CPython prints it for an uncaught exception, ending with a newline.
   * As in CPython, a frame repeated more than three times in a row (deep recursion) is printed
   * three times and then counted: {@code [Previous line repeated 996 more times]}.
   */
  public String formatTraceback() {
    StringBuilder sb = new StringBuilder();
    if (!traceback.isEmpty()) {
      sb.append("Traceback (most recent call last):\n");
      TracebackEntry previous = null;
      int repeats = 0;
      for (TracebackEntry e : traceback()) {
        if (e.equals(previous)) {
          repeats++;
          if (repeats >= RECURSIVE_CUTOFF) {
            continue;
          }
        } else {
          appendRepeats(sb, repeats);
          repeats = 0;
          previous = e;
        }
        sb.append("  File \"").append(e.fileName()).append("\", line ").append(e.line());
        sb.append(", in ").append(e.functionName()).append('\n');
        if (e.sourceLine() != null && !e.sourceLine().isBlank()) {
          sb.append("    ").append(e.sourceLine().strip()).append('\n');
        }
      }
      appendRepeats(sb, repeats);
    }
    return sb.append(exceptionLine()).append('\n').toString();
  }

  private static final int RECURSIVE_CUTOFF = 3;

  private static void appendRepeats(StringBuilder sb, int repeats) {
    int hidden = repeats - (RECURSIVE_CUTOFF - 1);
    if (hidden > 0) {
      sb.append("  [Previous line repeated ").append(hidden).append(" more time");
      sb.append(hidden == 1 ? "" : "s").append("]\n");
    }
  }

  @Override
  public String getMessage() {
    return exceptionLine();
  }
}
