package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PySet;

/**
 * A set display of constants: a new set merged from the frozenset the compiler folded (see
 * compile.ConstantSetOrder), as CPython builds it.
 */
public final class ConstantSetNode extends ExprNode {
  private final PySet folded;

  public ConstantSetNode(PySet folded) {
    this.folded = folded;
  }

  @Override
  public Object eval(Frame f) {
    return folded.copy(false);
  }
}
