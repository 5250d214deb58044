package org.pygen.runtime;

/** Character facts with Python's definitions, and shared one-character strings. */
final class Chars {
  private static final String[] LATIN1 = new String[256];

  static {
    for (int i = 0; i < LATIN1.length; i++) {
      LATIN1[i] = String.valueOf((char) i).intern();
    }
  }

  private Chars() {}

  /** The one-character string {@code c}, shared for Latin-1 so iteration allocates less. */
  static String of(char c) {
    return c < 256 ? LATIN1[c] : String.valueOf(c);
  }

  /** Python's str.isspace for one character (wider than Java's isWhitespace). */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    if (c < 0x85) {
      return false;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** Whether {@code c} ends a line for str.splitlines. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
        || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  static boolean isCased(int cp) {
    return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
  }

  static boolean isDecimal(int cp) {
    return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  static boolean isDigit(int cp) {
    return isDecimal(cp)
        || (Character.getType(cp) == Character.OTHER_NUMBER && Character.digit(cp, 10) >= 0)
        || (cp >= 0x2070 && cp <= 0x2079 && cp != 0x2071 && cp != 0x2072 && cp != 0x2073)
        || cp == 0xb2 || cp == 0xb3 || cp == 0xb9;
  }

  static boolean isNumeric(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER || Character.isIdeographic(cp) && isCjkNumeral(cp);
  }

  private static boolean isCjkNumeral(int cp) {
    return "〇一二三四五六七八九十百千万億兆".indexOf(cp) >= 0;
  }
}
