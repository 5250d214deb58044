package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** An executable expression: computes a value over a frame. */
public abstract class ExprNode {
  public abstract Object eval(Frame f);

  /**
   * The expression's truth value, as {@code if} and {@code while} test it. Comparisons override
   * it to answer without making a bool object first.
   */
  public boolean evalCondition(Frame f) {
    return Ops.isTrue(eval(f));
  }
}
