package org.pygen.nodes;

import org.pygen.exec.Frame;

/** An executable expression: computes a value over a frame. */
public abstract class ExprNode {
  public abstract Object eval(Frame f);
}
