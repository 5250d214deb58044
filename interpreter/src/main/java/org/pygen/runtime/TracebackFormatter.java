package org.pygen.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an uncaught exception the way CPython 3.11 does: first the exceptions chained to it
 * (cause or context, oldest first, each followed by the sentence linking it to the next), then
 * its own traceback and its {@code Type: message} line. The caret lines CPython adds under
 * source lines (PEP 657) are not printed yet.
 */
public final class TracebackFormatter {
  /** A frame repeated more than this many times in a row is counted instead of printed. */
  private static final int RECURSIVE_CUTOFF = 3;

  private TracebackFormatter() {}

  public static String format(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    appendChain(sb, e, new IdentityHashMap<>());
    return sb.toString();
  }

  /**
   * An exception nobody can catch (raised while a dropped generator is closed), as CPython's
   * default {@code sys.unraisablehook} prints it after "Exception ignored in: ...": its own
   * traceback and line only, without the exceptions chained to it.
   */
  public static String formatUnraisable(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    appendTraceback(sb, e.traceback());
    return sb.append(exceptionLine(e)).append('\n').toString();
  }

  private static void appendChain(
      StringBuilder sb, PyBaseException e, Map<PyBaseException, Boolean> seen) {
    seen.put(e, Boolean.TRUE);
    PyBaseException cause = e.cause();
    PyBaseException context = e.context();
    if (cause != null && !seen.containsKey(cause)) {
      appendChain(sb, cause, seen);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (context != null && !e.suppressContext() && !seen.containsKey(context)) {
      appendChain(sb, context, seen);
      sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    appendTraceback(sb, e.traceback());
    sb.append(exceptionLine(e));
    String suggestion = e.nameSuggestion();
    if (suggestion != null) {
      sb.append(". Did you mean: '").append(suggestion).append("'?");
    }
    sb.append('\n');
  }

  /** {@code ValueError: bad}, or just {@code ValueError} when the message is empty. */
  public static String exceptionLine(PyBaseException e) {
    String msg;
    try {
      msg = Ops.str(e);
    } catch (PyException | ScriptStop failed) {
      msg = "<exception str() failed>";
    }
    String name = e.qualifiedTypeName();
    return msg.isEmpty() ? name : name + ": " + msg;
  }

  private static void appendTraceback(StringBuilder sb, List<TracebackEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    sb.append("Traceback (most recent call last):\n");
    TracebackEntry previous = null;
    int repeats = 0;
    for (TracebackEntry t : entries) {
      if (t.equals(previous)) {
        repeats++;
        if (repeats >= RECURSIVE_CUTOFF) {
          continue;
        }
      } else {
        appendRepeats(sb, repeats);
        repeats = 0;
        previous = t;
      }
      sb.append("  File \"").append(t.fileName()).append("\", line ").append(t.line());
      sb.append(", in ").append(t.functionName()).append('\n');
      if (t.sourceLine() != null && !t.sourceLine().isBlank() && !isPseudoFile(t.fileName())) {
        sb.append("    ").append(t.sourceLine().strip()).append('\n');
      }
    }
    appendRepeats(sb, repeats);
  }

  /**
   * Code named like {@code <stdin>} or {@code <string>} has no file CPython could read its lines
   * from, so CPython prints no source line for its frames; neither does pygen.
   */
  private static boolean isPseudoFile(String fileName) {
    return fileName.startsWith("<") && fileName.endsWith(">");
  }

  private static void appendRepeats(StringBuilder sb, int repeats) {
    int hidden = repeats - (RECURSIVE_CUTOFF - 1);
    if (hidden > 0) {
      sb.append("  [Previous line repeated ").append(hidden).append(" more time");
      sb.append(hidden == 1 ? "" : "s").append("]\n");
    }
  }
}
