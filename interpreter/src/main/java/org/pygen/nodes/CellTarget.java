package org.pygen.nodes;

import org.pygen.exec.Cell;
import org.pygen.exec.Frame;

/** Assigns or deletes a variable shared with nested functions. */
public final class CellTarget extends TargetNode {
  private final int slot;
  private final String name;

  public CellTarget(int slot, String name) {
    this.slot = slot;
    this.name = name;
  }

  @Override
  public void assign(Frame f, Object value) {
    ((Cell) f.locals[slot]).value = value;
  }

  @Override
  public void delete(Frame f) {
    Cell c = (Cell) f.locals[slot];
    if (c.value == null) {
      throw NameErrors.unboundLocal(name);
    }
    c.value = null;
  }
}
