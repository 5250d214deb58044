package org.pygen.syntax;

/**
 * A position in source text: 1-based line, 0-based column (counted in characters, as CPython's
 * col_offset counts them in 3.11 for ASCII text).
 */
public record Pos(int line, int col) {
  @Override
  public String toString() {
    return line + ":" + col;
  }
}
