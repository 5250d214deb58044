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

  private InputState(boolean unfinished, boolean opensBlock) {
    this.unfinished = unfinished;
    this.opensBlock = opensBlock;
  }

  /** Scans {@code source}: zero or more complete lines, each ending with a line break. */
  static InputState of(String source) {
    int depth = 0;
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
          return new InputState(triple, false);
        }
        lastCode = c;
        backslash = false;
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
      if (!Character.isWhitespace(c)) {
        backslash = c == '\\';
        lastCode = c;
      }
      i++;
    }
    return new InputState(depth > 0 || backslash, lastCode == ':');
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
