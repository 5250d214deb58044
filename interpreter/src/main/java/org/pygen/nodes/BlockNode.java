package org.pygen.nodes;

import org.pygen.exec.Frame;

/** A sequence of statements that cannot suspend; stops at the first non-normal completion. */
public final class BlockNode extends StmtNode {
  private final StmtNode[] body;

  public BlockNode(int line, StmtNode[] body) {
    super(line);
    this.body = body;
  }

  @Override
  public int exec(Frame f) {
    return run(f, body);
  }

  /** {@link #exec} through a static call (see {@link Bodies}). */
  int execDirectly(Frame f) {
    return run(f, body);
  }

  /** Runs statements in order; see {@link Bodies}. */
  static int run(Frame f, StmtNode[] body) {
    for (StmtNode s : body) {
      f.line = s.line;
      int c = s.exec(f);
      if (c != Completion.NORMAL) {
        return c;
      }
    }
    return Completion.NORMAL;
  }
}
