package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code t1 = t2 = value}: evaluates the value once, then assigns left to right. */
public final class AssignNode extends StmtNode {
  private final TargetNode[] targets;
  private final ExprNode value;

  public AssignNode(int line, TargetNode[] targets, ExprNode value) {
    super(line);
    this.targets = targets;
    this.value = value;
  }

  @Override
  public int exec(Frame f) {
    Object v = value.eval(f);
    for (TargetNode t : targets) {
      t.assign(f, v);
    }
    return Completion.NORMAL;
  }
}
