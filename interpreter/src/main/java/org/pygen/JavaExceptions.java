package org.pygen;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/**
 * Translates an exception thrown by Java code a script called into the Python exception the script
 * sees. The mapping (documented on {@link JavaFunction}):
 *
 * <ul>
 *   <li>{@code IllegalArgumentException} (and so {@code NumberFormatException}) → ValueError
 *   <li>{@code ArithmeticException} → ZeroDivisionError when its message says "by zero", else
 *       ArithmeticError
 *   <li>{@code IndexOutOfBoundsException} → IndexError
 *   <li>{@code ClassCastException} → TypeError
 *   <li>{@code UnsupportedOperationException} → NotImplementedError
 *   <li>{@code IOException}, {@code UncheckedIOException} → OSError
 *   <li>{@link PygenException} (from a nested call into an interpreter) → the same Python type
 *       when it is a built-in exception type, else RuntimeError
 *   <li>anything else → RuntimeError
 * </ul>
 *
 * <p>The message is the Java message (the exception's class name when it has none), and the Java
 * exception rides along as the Python exception's Java cause.
 */
final class JavaExceptions {
  private JavaExceptions() {}

  static PyException toPython(Exception e) {
    PyExceptionType type;
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    if (e instanceof PygenException p) {
      type = builtinType(p.pythonType());
      message = p.pythonMessage();
    } else if (e instanceof IllegalArgumentException) {
      type = PyExceptionType.VALUE_ERROR;
    } else if (e instanceof ArithmeticException) {
      type =
          message.contains("by zero")
              ? PyExceptionType.ZERO_DIVISION_ERROR
              : PyExceptionType.ARITHMETIC_ERROR;
    } else if (e instanceof IndexOutOfBoundsException) {
      type = PyExceptionType.INDEX_ERROR;
    } else if (e instanceof ClassCastException) {
      type = PyExceptionType.TYPE_ERROR;
    } else if (e instanceof UnsupportedOperationException) {
      type = PyExceptionType.NOT_IMPLEMENTED_ERROR;
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      type = PyExceptionType.OS_ERROR;
    } else {
      type = PyExceptionType.RUNTIME_ERROR;
    }
    PyBaseException value = new PyBaseException(type, message);
    value.setJavaCause(e);
    return new PyException(value);
  }

  private static PyExceptionType builtinType(String name) {
    for (PyExceptionType t : PyExceptionType.ALL) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return PyExceptionType.RUNTIME_ERROR;
  }
}
