package org.pygen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ScriptStop;
import org.pygen.runtime.TracebackEntry;
import org.pygen.syntax.CompileLimitException;
import org.pygen.syntax.SyntaxErrorException;
import org.pygen.syntax.SyntaxProblem;

/** Turns the interpreter's internal errors into the one public exception type. */
final class Errors {
  private Errors() {}

  static PygenException fromPython(PyException e) {
    List<PygenException.Frame> frames = new ArrayList<>();
    for (TracebackEntry t : e.traceback()) {
      frames.add(
          new PygenException.Frame(t.fileName(), t.line(), statementColumn(t), t.functionName()));
    }
    PygenException result =
        new PygenException(e.value().typeName(), messageOf(e), e.formatTraceback(), frames);
    if (e.isInstance(PyExceptionType.SYSTEM_EXIT)) {
      exitOf(e.value(), result);
    }
    Throwable javaCause = e.value().javaCause();
    if (javaCause != null) {
      // The script's exception stands for a Java one a Java function threw: hand the original back.
      result.initCause(javaCause);
    }
    return result;
  }

  /** {@code str()} of the exception, as its traceback's last line shows it. */
  private static String messageOf(PyException e) {
    String line = e.exceptionLine();
    String name = e.value().qualifiedTypeName();
    return line.startsWith(name + ": ") ? line.substring(name.length() + 2) : "";
  }

  /** CPython's rule for a SystemExit's code: None is 0, an int is itself, else print it, 1. */
  private static void exitOf(PyBaseException exit, PygenException result) {
    Object[] args = exit.args();
    Object code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : PyTuple.of(args);
    if (code == PyNone.NONE) {
      result.withExit(0, null);
    } else if (code instanceof Boolean b) {
      result.withExit(b ? 1 : 0, null);
    } else if (code instanceof Long n) {
      result.withExit((int) (long) n, null);
    } else if (code instanceof BigInteger n) {
      result.withExit(n.intValue(), null);
    } else {
      result.withExit(1, Ops.str(code));
    }
  }

  /**
   * The 1-based column where the frame's statement starts (the first non-blank character of its
   * line); -1 when the source line is unknown. Frames record lines only, so this is the
   * statement's column, not the column of the sub-expression that failed.
   */
  private static int statementColumn(TracebackEntry t) {
    String line = t.sourceLine();
    if (line == null || line.isBlank()) {
      return -1;
    }
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i + 1;
  }

  static PygenException fromSyntax(SyntaxErrorException e) {
    SyntaxProblem p = e.first();
    String text = e.getMessage();
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    List<PygenException.Problem> problems = new ArrayList<>();
    for (SyntaxProblem q : e.problems()) {
      problems.add(
          new PygenException.Problem(
              q.type(), q.message(), e.fileName(), q.line(), q.column() + 1));
    }
    return new PygenException(p.type(), p.message(), text, List.of(), problems);
  }

  /**
   * The RecursionError or MemoryError of a source nested too deeply to compile; CPython prints it
   * without a traceback or location. Null stands for the RecursionError.
   */
  static PygenException compileLimit(CompileLimitException e) {
    String type = e == null ? "RecursionError" : e.pythonType();
    String message =
        e == null ? "maximum recursion depth exceeded during compilation" : e.getMessage();
    return new PygenException(type, message, type + ": " + message + "\n", List.of());
  }

  static PygenException recursion(String fileName, int line) {
    String text =
        "Traceback (most recent call last):\n  File \""
            + fileName
            + "\", line "
            + line
            + ", in <module>\nRecursionError: maximum recursion depth exceeded\n";
    return new PygenException(
        "RecursionError",
        "maximum recursion depth exceeded",
        text,
        List.of(new PygenException.Frame(fileName, line, "<module>")));
  }

  /** The public exception for a script stopped from outside. */
  static ScriptStoppedException stopped(ScriptStop stop) {
    switch (stop.reason()) {
      case STEP_LIMIT:
        return new StepLimitExceededException(stop.getMessage());
      case TIMEOUT:
        return new ScriptTimeoutException(stop.getMessage());
      case CANCELLED:
        return new ScriptCancelledException(stop.getMessage());
      case INTERRUPTED:
      default:
        return new ScriptInterruptedException(stop.getMessage());
    }
  }

  /** A Java exception escaping the interpreter is a pygen bug; report it without a stack trace. */
  static PygenException internal(RuntimeException e) {
    String msg = "pygen internal error: " + e;
    return new PygenException("SystemError", msg, "SystemError: " + msg + "\n", List.of());
  }
}
