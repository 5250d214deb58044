package org.pygen.syntax;

/**
 * Formats a {@link SyntaxProblem} exactly as CPython 3.11 prints an uncaught SyntaxError:
 *
 * <pre>
 *   File "x.pyg", line 1
 *     def f()
 *            ^
 * SyntaxError: expected ':'
 * </pre>
 *
 * <p>The source line is shown without its leading whitespace, indented by four spaces, and the
 * caret line is shifted by the same amount. A negative column means CPython shows no caret (as for
 * "unexpected indent"); a null source line means it shows no source at all.
 */
public final class SyntaxErrorFormatter {
  private SyntaxErrorFormatter() {}

  /** The text CPython 3.11 writes to stderr for {@code problem} in {@code fileName}. */
  public static String format(String fileName, SyntaxProblem problem) {
    StringBuilder out = new StringBuilder();
    out.append("  File \"").append(fileName).append("\", line ").append(problem.line()).append('\n');
    String text = problem.sourceLine();
    if (text != null) {
      appendSourceAndCaret(out, text, problem.column(), problem.endColumn());
    }
    out.append(problem.type()).append(": ").append(problem.message()).append('\n');
    return out.toString();
  }

  /** Mirrors print_error_text in CPython's pythonrun.c, with 0-based columns. */
  private static void appendSourceAndCaret(
      StringBuilder out, String line, int column, int endColumn) {
    int strip = 0;
    while (strip < line.length() && isLeadingSpace(line.charAt(strip))) {
      strip++;
    }
    String shown = stripLineBreak(line.substring(strip));
    out.append("    ").append(shown).append('\n');
    if (column < 0) {
      return;
    }
    int start = column - strip;
    if (start < 0) {
      return; // CPython prints no caret left of the text
    }
    start = Math.min(start, shown.length());
    int end = endColumn - strip;
    end = Math.min(end, shown.length() + 1);
    int carets = end > start ? end - start : 1;
    out.append("    ").append(" ".repeat(start)).append("^".repeat(carets)).append('\n');
  }

  private static boolean isLeadingSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static String stripLineBreak(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.endsWith("\n") || s.endsWith("\r")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }
}
