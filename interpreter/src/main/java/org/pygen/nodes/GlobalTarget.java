package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Assigns or deletes a module global. */
public final class GlobalTarget extends TargetNode {
  private final String name;

  public GlobalTarget(String name) {
    this.name = name;
  }

  @Override
  public void assign(Frame f, Object value) {
    f.globals.put(name, value);
  }

  @Override
  public void delete(Frame f) {
    if (!f.globals.remove(name)) {
      throw NameErrors.undefinedGlobal(name);
    }
  }
}
