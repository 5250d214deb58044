package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code pass}, {@code break} and {@code continue}: a fixed completion code. */
public final class JumpNode extends StmtNode {
  private final int completion;

  public JumpNode(int line, int completion) {
    super(line);
    this.completion = completion;
  }

  @Override
  public int exec(Frame f) {
    return completion;
  }
}
