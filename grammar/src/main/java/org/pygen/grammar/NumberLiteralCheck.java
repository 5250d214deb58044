package org.pygen.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * Rejects number literals the way CPython's tokenizer does: a NUMBER token immediately followed by
 * a character that could continue an identifier or a number ("1abc", "1_", "0x1g", "0b12", "012").
 * The lexer grammar stops a NUMBER at the first character it cannot take, so looking at the
 * characters right after the token is enough. Carets go where CPython 3.11 puts them: under the
 * last character its tokenizer consumed before giving up.
 */
final class NumberLiteralCheck {
  private NumberLiteralCheck() {}

  /** Keywords that may follow a number without a space (CPython only warns about those). */
  private static final String[] KEYWORDS_AFTER_NUMBER = {
    "and", "else", "for", "if", "in", "is", "not", "or"
  };

  /**
   * Returns the error for {@code number}, or null when it is well formed. {@code input} must be
   * positioned just after the token.
   */
  static LexicalError check(Token number, CharStream input) {
    String text = number.getText();
    int line = number.getLine();
    int start = number.getCharPositionInLine();
    int last = start + text.length() - 1;
    int next = input.LA(1);
    String lower = text.toLowerCase();
    String kind = kindOf(lower);

    if (isZero(lower) && (next == 'x' || next == 'X' || next == 'o' || next == 'O'
        || next == 'b' || next == 'B')) {
      // "0x", "0o", "0b" with no valid digit after them.
      int afterPrefix = input.LA(2);
      String prefixKind =
          (next == 'x' || next == 'X') ? "hexadecimal" : (next == 'o' || next == 'O') ? "octal"
              : "binary";
      if (!prefixKind.equals("hexadecimal") && Character.isDigit(afterPrefix)) {
        return LexicalError.syntax(
            "invalid digit '" + (char) afterPrefix + "' in " + prefixKind + " literal",
            line,
            last + 2);
      }
      return LexicalError.syntax("invalid " + prefixKind + " literal", line, last + 1);
    }
    if (next == '_') {
      return LexicalError.syntax("invalid " + kind + " literal", line, last + 1);
    }
    if (kind.equals("octal") && Character.isDigit(next)) {
      return LexicalError.syntax(
          "invalid digit '" + (char) next + "' in octal literal", line, last + 1);
    }
    if (kind.equals("binary") && Character.isDigit(next)) {
      return LexicalError.syntax(
          "invalid digit '" + (char) next + "' in binary literal", line, last + 1);
    }
    if (kind.equals("decimal") && isZero(lower) && Character.isDigit(next)) {
      return new LexicalError(
          "SyntaxError",
          "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers",
          line,
          start,
          start + 1,
          true);
    }
    if (next != CharStream.EOF && isIdentifierChar(next) && !keywordFollows(input)) {
      return LexicalError.syntax("invalid " + kind + " literal", line, last);
    }
    return null;
  }

  /** Whether the literal is 0, 00, 0_0...: a regular expression here dominated lexing numbers. */
  private static boolean isZero(String lower) {
    if (lower.isEmpty() || lower.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < lower.length(); i++) {
      if (lower.charAt(i) != '0' && lower.charAt(i) != '_') {
        return false;
      }
    }
    return true;
  }

  private static String kindOf(String lower) {
    if (lower.endsWith("j")) {
      return "imaginary";
    }
    if (lower.startsWith("0x")) {
      return "hexadecimal";
    }
    if (lower.startsWith("0o")) {
      return "octal";
    }
    if (lower.startsWith("0b")) {
      return "binary";
    }
    return "decimal";
  }

  private static boolean isIdentifierChar(int c) {
    return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK
        || Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
  }

  private static boolean keywordFollows(CharStream input) {
    for (String keyword : KEYWORDS_AFTER_NUMBER) {
      boolean matches = true;
      for (int i = 0; i < keyword.length() && matches; i++) {
        matches = input.LA(i + 1) == keyword.charAt(i);
      }
      if (matches && !isIdentifierChar(input.LA(keyword.length() + 1))) {
        return true;
      }
    }
    return false;
  }
}
