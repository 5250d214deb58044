package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Assigns or deletes a local variable. */
public final class LocalTarget extends TargetNode {
  private final int slot;
  private final String name;

  public LocalTarget(int slot, String name) {
    this.slot = slot;
    this.name = name;
  }

  public int slot() {
    return slot;
  }

  @Override
  public void assign(Frame f, Object value) {
    f.locals[slot] = value;
  }

  @Override
  public void delete(Frame f) {
    if (f.locals[slot] == null) {
      throw NameErrors.unboundLocal(name);
    }
    f.locals[slot] = null;
  }
}
