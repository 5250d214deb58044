package org.pygen.syntax;

import java.util.ArrayList;
import java.util.List;

/** Merges the parts of adjacent string literals the way CPython builds a JoinedStr. */
final class StringConcatenation {
  private StringConcatenation() {}

  /**
   * Joins neighbouring string {@link Expr.Constant}s into one (keeping the first one's position)
   * and drops empty ones; {@link Expr.FormattedValue}s are kept as they are.
   */
  static List<Expr> merge(List<Expr> parts) {
    List<Expr> merged = new ArrayList<>();
    StringBuilder text = null;
    Pos textPos = null;
    for (Expr part : parts) {
      if (part instanceof Expr.Constant c && c.value() instanceof String s) {
        if (text == null) {
          text = new StringBuilder();
          textPos = c.pos();
        }
        text.append(s);
        continue;
      }
      if (text != null && text.length() > 0) {
        merged.add(new Expr.Constant(textPos, text.toString()));
      }
      text = null;
      merged.add(part);
    }
    if (text != null && text.length() > 0) {
      merged.add(new Expr.Constant(textPos, text.toString()));
    }
    return merged;
  }
}
