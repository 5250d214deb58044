package org.pygen.nodes;

import org.pygen.exec.Cell;
import org.pygen.exec.Frame;

/**
 * Reads, in a class body, a name that an enclosing function defines: the class namespace wins if
 * the body has bound it already, else the function's variable (CPython's LOAD_CLASSDEREF).
 */
public final class ClassDerefLoad extends ExprNode {
  private final int slot;
  private final String name;

  public ClassDerefLoad(int slot, String name) {
    this.slot = slot;
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    Object v = f.namespace.get(name);
    if (v != null) {
      return v;
    }
    v = ((Cell) f.locals[slot]).value;
    if (v == null) {
      throw NameErrors.unboundFree(name);
    }
    return v;
  }
}
