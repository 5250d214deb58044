package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Assigns or deletes a name in a class body: an entry of the namespace being built. */
public final class ClassNameTarget extends TargetNode {
  private final String name;

  public ClassNameTarget(String name) {
    this.name = name;
  }

  @Override
  public void assign(Frame f, Object value) {
    f.namespace.put(name, value);
  }

  @Override
  public void delete(Frame f) {
    if (f.namespace.remove(name) == null) {
      throw NameErrors.undefinedGlobal(name);
    }
  }
}
