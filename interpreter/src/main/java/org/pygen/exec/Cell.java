package org.pygen.exec;

/**
 * A variable shared between a function and the functions nested in it. Both frames hold the same
 * cell in a slot; {@code value} is Java null while the variable is unbound.
 */
public final class Cell {
  public volatile Object value;

  public Cell() {}

  public Cell(Object value) {
    this.value = value;
  }
}
