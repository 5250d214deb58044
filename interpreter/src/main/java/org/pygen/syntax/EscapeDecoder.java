package org.pygen.syntax;

/**
 * Decodes the backslash escapes of a (non-raw) string literal as Python's 'unicodeescape' codec
 * does. Unknown escapes such as {@code \d} are kept as written (CPython only warns about them).
 */
final class EscapeDecoder {
  private EscapeDecoder() {}

  /** A malformed escape, worded as CPython reports it. */
  static final class BadEscapeException extends Exception {
    BadEscapeException(String message) {
      super(message, null, false, false);
    }
  }

  static String decode(String s) throws BadEscapeException {
    return decode(s, false);
  }

  /**
   * Decodes escapes; for a bytes literal ({@code bytes}) the Unicode escapes {@code \\u},
   * {@code \\U} and {@code \\N} are kept as written and octal escapes wrap to a byte, as in
   * CPython. Each char of a bytes result is one byte value (0-255).
   */
  static String decode(String s, boolean bytes) throws BadEscapeException {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      char e = s.charAt(i + 1);
      i += 2;
      switch (e) {
        case '\n':
          break;
        case '\r':
          if (i < s.length() && s.charAt(i) == '\n') {
            i++;
          }
          break;
        case '\\':
        case '\'':
        case '"':
          out.append(e);
          break;
        case 'a':
          out.append('\u0007');
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'v':
          out.append('\u000b');
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
          {
            int value = e - '0';
            int digits = 1;
            while (digits < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
              value = value * 8 + (s.charAt(i) - '0');
              i++;
              digits++;
            }
            out.appendCodePoint(bytes ? value & 0xFF : value);
            break;
          }
        case 'x':
          i = appendHex(s, start, i, 2, "truncated \\xXX escape", out);
          break;
        case 'u':
          if (bytes) {
            out.append('\\').append(e);
            break;
          }
          i = appendHex(s, start, i, 4, "truncated \\uXXXX escape", out);
          break;
        case 'U':
          if (bytes) {
            out.append('\\').append(e);
            break;
          }
          i = appendHex(s, start, i, 8, "truncated \\UXXXXXXXX escape", out);
          break;
        case 'N':
          if (bytes) {
            out.append('\\').append(e);
            break;
          }
          i = appendNamed(s, start, i, out);
          break;
        default:
          out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static int appendHex(
      String s, int start, int i, int count, String truncated, StringBuilder out)
      throws BadEscapeException {
    int value = 0;
    int end = i;
    while (end < i + count && end < s.length() && Character.digit(s.charAt(end), 16) >= 0) {
      value = value * 16 + Character.digit(s.charAt(end), 16);
      end++;
    }
    if (end < i + count) {
      throw bad(start, end - 1, truncated);
    }
    if (value > Character.MAX_CODE_POINT) {
      throw bad(start, end - 1, "illegal Unicode character");
    }
    out.appendCodePoint(value);
    return end;
  }

  private static int appendNamed(String s, int start, int i, StringBuilder out)
      throws BadEscapeException {
    int close = s.indexOf('}', i);
    if (i >= s.length() || s.charAt(i) != '{' || close < 0) {
      throw bad(start, i - 1, "malformed \\N character escape");
    }
    String name = s.substring(i + 1, close);
    try {
      out.appendCodePoint(Character.codePointOf(name));
    } catch (IllegalArgumentException e) {
      throw bad(start, close, "unknown Unicode character name");
    }
    return close + 1;
  }

  private static BadEscapeException bad(int start, int end, String reason) {
    return new BadEscapeException(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + start
            + "-"
            + end
            + ": "
            + reason);
  }
}
