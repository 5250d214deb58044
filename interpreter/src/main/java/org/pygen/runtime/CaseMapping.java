package org.pygen.runtime;

import java.util.Locale;

/**
 * The case conversions of {@code str} that Java has no direct equivalent for: title case with
 * the full (multi-character) mappings, lower case of one character that still sees its
 * neighbours for the Greek final sigma, and case folding. They follow CPython's {@code
 * do_title}, {@code do_capitalize}, {@code do_swapcase} and {@code do_casefold}.
 */
final class CaseMapping {
  private CaseMapping() {}

  private static final int CAPITAL_SIGMA = 0x3A3;

  /** {@code s.title()}: title case after uncased characters, lower case after cased ones. */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.append(previousCased ? lowerAt(s, i, cp) : titleFull(cp));
      previousCased = Chars.isCased(cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** {@code s.capitalize()}: the first character in title case, the rest in lower case. */
  static String capitalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.append(i == 0 ? titleFull(cp) : lowerAt(s, i, cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** {@code s.swapcase()}: upper to lower (with final sigma), lower to upper, others kept. */
  static String swapCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isUpperCase(cp)) {
        sb.append(lowerAt(s, i, cp));
      } else if (Character.isLowerCase(cp)) {
        sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * {@code s.casefold()}: for most characters the lower case of the upper case is the full
   * folding; the exceptions are the final sigma (folds to σ), ß and ẞ (fold to ss), dotless ı
   * (folds to itself) and Cherokee, which folds to its upper case.
   */
  static String casefold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x131) {
        sb.appendCodePoint(cp);
      } else if ((cp >= 0x13A0 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
        sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
      } else if (cp == 'ς') {
        sb.append('σ');
      } else if (cp == 'ß' || cp == 0x1E9E) {
        sb.append("ss");
      } else if (cp < 0x80) {
        sb.append(Character.toLowerCase((char) cp));
      } else {
        String folded = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT)
            .toLowerCase(Locale.ROOT);
        // A lone Σ lowers to σ already; "SS" (from ß ligatures) lowers to "ss" as it should.
        sb.append(folded.replace('ς', 'σ'));
      }
    }
    return sb.toString();
  }

  /** The full lower case of the code point at {@code i}, seeing its context for Σ. */
  private static String lowerAt(String s, int i, int cp) {
    if (cp == CAPITAL_SIGMA) {
      return isFinalSigma(s, i) ? "ς" : "σ";
    }
    return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
  }

  /**
   * The full title case of one character. Java knows only the one-character mappings; the
   * characters whose title case is longer (ß, the ligatures, some Greek and Armenian letters)
   * are their full upper case with the rest lowered, as SpecialCasing.txt has them.
   */
  private static String titleFull(int cp) {
    int simple = Character.toTitleCase(cp);
    if (simple != cp || Character.isTitleCase(cp)) {
      return new String(Character.toChars(simple));
    }
    String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    if (upper.codePointCount(0, upper.length()) <= 1) {
      return new String(Character.toChars(cp));
    }
    switch (cp) {
      case 0x149: // ŉ: the apostrophe is uncased, so the N stays a capital
        return upper;
      case 0x1FB2: case 0x1FB4: case 0x1FC2: case 0x1FC4: case 0x1FF2: case 0x1FF4:
      case 0x1FB7: case 0x1FC7: case 0x1FF7:
        // Greek with ypogegrammeni: the iota stays a combining ypogegrammeni in title case.
        return upper.substring(0, upper.length() - 1) + "\u0345";
      default:
        int first = upper.codePointAt(0);
        int n = Character.charCount(first);
        return upper.substring(0, n) + upper.substring(n).toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Unicode's Final_Sigma condition, as CPython tests it: a cased letter before (skipping
   * case-ignorable characters) and none after.
   */
  private static boolean isFinalSigma(String s, int i) {
    int j = i;
    int before = -1;
    while (j > 0) {
      int c = s.codePointBefore(j);
      j -= Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        before = c;
        break;
      }
    }
    if (before < 0 || !Chars.isCased(before)) {
      return false;
    }
    j = i + 1;
    while (j < s.length()) {
      int c = s.codePointAt(j);
      j += Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        return !Chars.isCased(c);
      }
    }
    return true;
  }

  /** Unicode's Case_Ignorable: marks, format characters, modifiers and word-internal marks. */
  private static boolean isCaseIgnorable(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.MODIFIER_LETTER:
      case Character.MODIFIER_SYMBOL:
        return true;
      default:
        break;
    }
    switch (cp) {
      case '\'': case '.': case ':': case 0xB7: case 0x387: case 0x55F: case 0x5F4:
      case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52:
      case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
        return true;
      default:
        return false;
    }
  }
}
