package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Reads a local variable from its frame slot. */
public final class LocalLoad extends ExprNode {
  private final int slot;
  private final String name;

  public LocalLoad(int slot, String name) {
    this.slot = slot;
    this.name = name;
  }

  public int slot() {
    return slot;
  }

  @Override
  public Object eval(Frame f) {
    Object v = f.locals[slot];
    if (v == null) {
      throw NameErrors.unboundLocal(name);
    }
    return v;
  }
}
