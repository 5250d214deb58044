package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.NameCell;

/** Assigns or deletes a module global, through the name's cell kept as in {@link GlobalLoad}. */
public final class GlobalTarget extends TargetNode {
  private final String name;
  private NameCell cell;

  public GlobalTarget(String name) {
    this.name = name;
  }

  private NameCell cell(Frame f) {
    NameCell c = cell;
    if (c == null || c.owner() != f.globals.namespace()) {
      c = f.globals.cell(name);
      cell = c;
    }
    return c;
  }

  @Override
  public void assign(Frame f, Object value) {
    cell(f).set(value);
  }

  @Override
  public void delete(Frame f) {
    if (cell(f).clear() == null) {
      throw NameErrors.undefinedGlobal(name);
    }
  }
}
