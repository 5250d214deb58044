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
  IS_NOT("is not"),
  /**
   * Whether an exception matches an except clause's type (a class or a tuple of them). Never
   * written in source: the yield lowering uses it when an except clause's type contains a yield.
   */
  EXCEPTION_MATCH("exception match");

  private final String symbol;

  CmpOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The six rich comparisons, which a class can define with __eq__, __lt__...: EQ to GE. */
  public boolean isRich() {
    return ordinal() <= GE.ordinal();
  }
}
