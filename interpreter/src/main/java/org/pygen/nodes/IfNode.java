package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code if test: body else: orElse} (elif is a nested IfNode). */
public final class IfNode extends StmtNode {
  private final ExprNode test;
  private final StmtNode body;
  private final StmtNode orElse;

  public IfNode(int line, ExprNode test, StmtNode body, StmtNode orElse) {
    super(line);
    this.test = test;
    this.body = body;
    this.orElse = orElse;
  }

  @Override
  public int exec(Frame f) {
    if (test.evalCondition(f)) {
      return body.exec(f);
    }
    return orElse == null ? Completion.NORMAL : orElse.exec(f);
  }
}
