package org.pygen.syntax;

/** Unary operators. */
public enum UnaryOperator {
  NEG("-"),
  POS("+"),
  INVERT("~"),
  NOT("not");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
