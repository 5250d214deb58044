package org.pygen.nodes;

import org.pygen.exec.Frame;

/** An expression evaluated for its effect. */
public final class ExprStmtNode extends StmtNode {
  private final ExprNode value;

  public ExprStmtNode(int line, ExprNode value) {
    super(line);
    this.value = value;
  }

  @Override
  public int exec(Frame f) {
    value.eval(f);
    return Completion.NORMAL;
  }
}
