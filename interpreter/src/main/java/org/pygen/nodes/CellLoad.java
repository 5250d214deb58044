package org.pygen.nodes;

import org.pygen.exec.Cell;
import org.pygen.exec.Frame;

/** Reads a variable shared with nested functions through the cell in its slot. */
public final class CellLoad extends ExprNode {
  private final int slot;
  private final String name;
  private final boolean free;

  /** {@code free}: the variable belongs to an enclosing function (changes the error message). */
  public CellLoad(int slot, String name, boolean free) {
    this.slot = slot;
    this.name = name;
    this.free = free;
  }

  @Override
  public Object eval(Frame f) {
    Object v = ((Cell) f.locals[slot]).value;
    if (v == null) {
      throw free ? NameErrors.unboundFree(name) : NameErrors.unboundLocal(name);
    }
    return v;
  }
}
