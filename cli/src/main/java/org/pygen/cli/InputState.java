package org.pygen.cli;

/**
 * What a quick scan of the source typed so far says about whether it can end here: an open
 * bracket, an unterminated triple-quoted string or a trailing backslash mean more lines must
 * follow, and a last line ending with {@code :} opens a block. This is the tokenizer-level part of
 * CPython's "is the input complete?" question; the parser decides the rest.
 */
final class InputState {
  private final boolean unfinished;
  private final boolean opensBlock;
  /** The brackets still open, innermost last; empty when none or the scan stopped early. */
  private final String openBrackets;

  private InputState(boolean unfinished, boolean opensBlock, String openBrackets) {
    this.unfinished = unfinished;
    this.opensBlock = opensBlock;
    this.openBrackets = openBrackets;
  }

  /** Scans {@code source}: zero or more complete lines, each ending with a line break. */
  static InputState of(String source) {
    StringBuilder open = new StringBuilder();
    char lastCode = 0;
    boolean backslash = false;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '#') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        boolean triple = i + 2 < n && source.charAt(i + 1) == c && source.charAt(i + 2) == c;
        int end = endOfString(source, i, c, triple);
        if (end < 0) {
          // Only a triple-quoted string continues on the next line; an open one-line string is
          // a syntax error the parser reports.
          return new InputState(triple, false, "");
        }
        lastCode = c;
        backslash = false;
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        open.append(c);
      } else if ((c == ')' || c == ']' || c == '}') && open.length() > 0) {
        open.setLength(open.length() - 1);
      }
      if (!Character.isWhitespace(c)) {
        backslash = c == '\\';
        lastCode = c;
      }
      i++;
    }
    return new InputState(open.length() > 0 || backslash, lastCode == ':', open.toString());
  }

  /**
   * The brackets that would close what is open, innermost first ({@code ")]"} for
   * {@code [f(}); empty when no bracket is open.
   */
  String closers() {
    StringBuilder out = new StringBuilder();
    for (int i = openBrackets.length() - 1; i >= 0; i--) {
      char c = openBrackets.charAt(i);
      out.append(c == '(' ? ')' : c == '[' ? ']' : '}');
    }
    return out.toString();
  }

  /** The index just after the string starting at {@code start}, or -1 if it is not closed. */
  private static int endOfString(String source, int start, char quote, boolean triple) {
    int i = start + (triple ? 3 : 1);
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (!triple && c == '\n') {
        return -1;
      }
      if (c == quote
          && (!triple
              || (i + 2 < source.length()
                  && source.charAt(i + 1) == quote
                  && source.charAt(i + 2) == quote))) {
        return i + (triple ? 3 : 1);
      }
      i++;
    }
    return -1;
  }

  /** Whether more lines must follow before the source can be parsed (bracket, string, {@code \}). */
  boolean unfinished() {
    return unfinished;
  }

  /** Whether the last logical line ends with {@code :}, so a block follows. */
  boolean opensBlock() {
    return opensBlock;
  }
}
