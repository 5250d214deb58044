package org.pygen.syntax;

/** Binary arithmetic and bitwise operators, with the symbol used in error messages. */
public enum BinOperator {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  MATMUL("@"),
  TRUEDIV("/"),
  FLOORDIV("//"),
  MOD("%"),
  POW("**"),
  LSHIFT("<<"),
  RSHIFT(">>"),
  BITOR("|"),
  BITXOR("^"),
  BITAND("&");

  private final String symbol;

  BinOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source, e.g. {@code "//"}. */
  public String symbol() {
    return symbol;
  }
}
