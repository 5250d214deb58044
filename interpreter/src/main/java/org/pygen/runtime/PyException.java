package org.pygen.runtime;

import java.util.List;

/**
 * The one Java throwable that carries a Python exception through the interpreter. Stack traces
 * are not filled in: the Python traceback is kept by the exception object ({@link
 * PyBaseException}), built from the {@link TracebackEntry}s that call nodes add as it unwinds.
 */
public final class PyException extends RuntimeException {
  private final PyBaseException value;

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
    return value.isInstanceOf(type);
  }

  /** Records that the exception reached a frame (see {@link PyBaseException#addTraceback}). */
  public void addTraceback(TracebackEntry entry, Object frame) {
    value.addTraceback(entry, frame);
  }

  /** The traceback, outermost first. */
  public List<TracebackEntry> traceback() {
    return value.traceback();
  }

  /** {@code ValueError: bad} (or just {@code ValueError} when the message is empty). */
  public String exceptionLine() {
    return TracebackFormatter.exceptionLine(value);
  }

  /** The whole traceback as CPython prints it for an uncaught exception, ending with a newline. */
  public String formatTraceback() {
    return TracebackFormatter.format(value);
  }

  @Override
  public String getMessage() {
    return exceptionLine();
  }
}
