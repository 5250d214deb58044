package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyNone;

/** {@code return value}. */
public final class ReturnNode extends StmtNode {
  private final ExprNode value;

  public ReturnNode(int line, ExprNode value) {
    super(line);
    this.value = value;
  }

  @Override
  public int exec(Frame f) {
    f.returnValue = value == null ? PyNone.NONE : value.eval(f);
    return Completion.RETURN;
  }
}
