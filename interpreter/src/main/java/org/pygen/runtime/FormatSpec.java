package org.pygen.runtime;

/**
 * A parsed format specification, CPython's mini-language:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * @param fill the padding character, or -1 when not given
 * @param align one of {@code < > = ^}, or 0 when not given
 * @param sign one of {@code + - space}, or 0 when not given
 * @param noNegativeZero the {@code z} flag: show negative zero as zero
 * @param alternate the {@code #} flag
 * @param zeroPad the {@code 0} flag before the width
 * @param width the minimum width, or -1
 * @param grouping {@code ,} or {@code _}, or 0
 * @param precision the precision, or -1
 * @param type the presentation type, or 0 when not given
 */
record FormatSpec(
    int fill,
    char align,
    char sign,
    boolean noNegativeZero,
    boolean alternate,
    boolean zeroPad,
    int width,
    char grouping,
    int precision,
    char type) {

  /**
   * Parses {@code spec} for a value of type {@code typeName}; ValueError with CPython's message
   * when it is malformed.
   */
  static FormatSpec parse(String spec, String typeName) {
    int n = spec.length();
    int i = 0;
    int fill = -1;
    char align = 0;
    if (n >= 2 && isAlign(spec.charAt(Character.charCount(spec.codePointAt(0))))
        && n > Character.charCount(spec.codePointAt(0))) {
      fill = spec.codePointAt(0);
      i = Character.charCount(fill);
      align = spec.charAt(i++);
    } else if (n >= 1 && isAlign(spec.charAt(0))) {
      align = spec.charAt(0);
      i = 1;
    }
    char sign = 0;
    if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
      sign = spec.charAt(i++);
    }
    boolean noNegativeZero = false;
    if (i < n && spec.charAt(i) == 'z') {
      noNegativeZero = true;
      i++;
    }
    boolean alternate = false;
    if (i < n && spec.charAt(i) == '#') {
      alternate = true;
      i++;
    }
    boolean zeroPad = false;
    if (i < n && spec.charAt(i) == '0') {
      zeroPad = true;
      i++;
    }
    int width = -1;
    int start = i;
    while (i < n && isAsciiDigit(spec.charAt(i))) {
      i++;
    }
    if (i > start) {
      width = parseNumber(spec.substring(start, i));
    }
    char grouping = 0;
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      grouping = spec.charAt(i++);
      if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
        throw PyException.valueError("Cannot specify both ',' and '_'.");
      }
    }
    int precision = -1;
    if (i < n && spec.charAt(i) == '.') {
      i++;
      start = i;
      while (i < n && isAsciiDigit(spec.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw PyException.valueError("Format specifier missing precision");
      }
      precision = parseNumber(spec.substring(start, i));
    }
    char type = 0;
    if (i < n) {
      type = spec.charAt(i++);
    }
    if (i < n) {
      throw PyException.valueError(
          "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
    }
    if (grouping != 0) {
      checkGrouping(grouping, type);
    }
    return new FormatSpec(
        fill, align, sign, noNegativeZero, alternate, zeroPad, width, grouping, precision, type);
  }

  /**
   * CPython checks the grouping option against the type while parsing, before any type-specific
   * check: ',' only with decimal and float types, '_' also with b, o, x and X.
   */
  private static void checkGrouping(char grouping, char type) {
    switch (type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        return;
      case 'b': case 'o': case 'x': case 'X':
        if (grouping == '_') {
          return;
        }
        break;
      default:
        break;
    }
    String shown = type > 32 && type < 128 ? String.valueOf(type)
        : "\\x" + Integer.toHexString(type);
    throw PyException.valueError("Cannot specify '" + grouping + "' with '" + shown + "'.");
  }

  /** The padding character: the one given, else '0' with the 0 flag, else a space. */
  int effectiveFill() {
    return fill >= 0 ? fill : (zeroPad ? '0' : ' ');
  }

  /**
   * The alignment: the one given, else {@code =} when the 0 flag pads a right-aligned (numeric)
   * value, else the type's default.
   */
  char effectiveAlign(char defaultAlign) {
    if (align != 0) {
      return align;
    }
    return zeroPad && defaultAlign == '>' ? '=' : defaultAlign;
  }

  private static boolean isAlign(char c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int parseNumber(String digits) {
    if (digits.length() > 9) {
      throw PyException.valueError("Too many decimal digits in format string");
    }
    return Integer.parseInt(digits);
  }
}
