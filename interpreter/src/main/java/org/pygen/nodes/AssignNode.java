package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code t1 = t2 = value}: evaluates the value once, then assigns left to right. */
public final class AssignNode extends StmtNode {
  private final TargetNode[] targets;
  private final ExprNode value;
  /**
   * The slot of the one target when it is a local variable ({@code x = ...}, the usual case),
   * else -1: the store is then an array write instead of a call through {@link TargetNode}.
   */
  private final int localSlot;

  public AssignNode(int line, TargetNode[] targets, ExprNode value) {
    super(line);
    this.targets = targets;
    this.value = value;
    this.localSlot =
        targets.length == 1 && targets[0] instanceof LocalTarget t ? t.slot() : -1;
  }

  @Override
  public int exec(Frame f) {
    Object v = value.eval(f);
    if (localSlot >= 0) {
      f.locals[localSlot] = v;
      return Completion.NORMAL;
    }
    for (TargetNode t : targets) {
      t.assign(f, v);
    }
    return Completion.NORMAL;
  }
}
