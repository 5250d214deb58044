package org.pygen.grammar;

/**
 * An error found while tokenizing, worded as CPython 3.11's tokenizer words it.
 *
 * @param type the Python exception name: "SyntaxError", "IndentationError" or "TabError"
 * @param message the message without the type, e.g. "unterminated string literal (detected at
 *     line 3)"
 * @param line 1-based line the error is reported on
 * @param column 0-based column the caret goes under, or -1 when CPython prints no caret
 * @param endColumn exclusive end of the caret range ({@code column + 1} for a single caret)
 * @param overridesParseErrors whether this error wins over a parse error found earlier in the
 *     file. CPython's tokenizer raises most errors itself, and those are found again when it
 *     re-tokenizes the whole file after a parse error; bad indentation, inconsistent tabs and a
 *     stray backslash are only flagged to the parser, so an earlier parse error wins over them.
 */
public record LexicalError(
    String type, String message, int line, int column, int endColumn,
    boolean overridesParseErrors) {

  /** A SyntaxError with a single caret at {@code column}, raised by the tokenizer itself. */
  public static LexicalError syntax(String message, int line, int column) {
    return new LexicalError("SyntaxError", message, line, column, column + 1, true);
  }
}
