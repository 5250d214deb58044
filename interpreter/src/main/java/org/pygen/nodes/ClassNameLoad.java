package org.pygen.nodes;

import org.pygen.exec.Frame;

/**
 * Reads a name in a class body: from the namespace being built, else from the module's globals
 * and the builtins (CPython's LOAD_NAME).
 */
public final class ClassNameLoad extends ExprNode {
  private final String name;

  public ClassNameLoad(String name) {
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    Object v = f.namespace.get(name);
    if (v == null) {
      v = f.globals.lookup(name);
      if (v == null) {
        throw NameErrors.undefinedGlobal(name, f);
      }
    }
    return v;
  }
}
