package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code del a, b[i], c.x}. */
public final class DeleteNode extends StmtNode {
  private final TargetNode[] targets;

  public DeleteNode(int line, TargetNode[] targets) {
    super(line);
    this.targets = targets;
  }

  @Override
  public int exec(Frame f) {
    for (TargetNode t : targets) {
      t.delete(f);
    }
    return Completion.NORMAL;
  }
}
