package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PySlice;

/** {@code lower:upper:step} inside a subscript; missing parts are None. */
public final class SliceNode extends ExprNode {
  private final ExprNode lower;
  private final ExprNode upper;
  private final ExprNode step;

  public SliceNode(ExprNode lower, ExprNode upper, ExprNode step) {
    this.lower = lower;
    this.upper = upper;
    this.step = step;
  }

  @Override
  public Object eval(Frame f) {
    Object lo = lower == null ? PyNone.NONE : lower.eval(f);
    Object hi = upper == null ? PyNone.NONE : upper.eval(f);
    Object st = step == null ? PyNone.NONE : step.eval(f);
    return new PySlice(lo, hi, st);
  }
}
