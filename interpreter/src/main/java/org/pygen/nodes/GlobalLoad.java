package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Reads a module global, falling back to the builtins. */
public final class GlobalLoad extends ExprNode {
  private final String name;

  public GlobalLoad(String name) {
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    Object v = f.globals.lookup(name);
    if (v == null) {
      throw NameErrors.undefinedGlobal(name, f);
    }
    return v;
  }
}
