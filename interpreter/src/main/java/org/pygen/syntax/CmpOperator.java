package org.pygen.syntax;

/** Comparison operators. */
public enum CmpOperator {
  EQ("=="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  IN("in"),
  NOT_IN("not in"),
  IS("is"),
  IS_NOT("is not");

  private final String symbol;

  CmpOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
