package org.pygen.nodes;

import org.pygen.exec.Frame;

/**
 * A statement sequence in a generator body that contains a yield. When a child suspends, the block
 * records the child's index in its resume slot; on the next entry it jumps straight back to that
 * child, which resumes in turn.
 */
public final class ResumableBlock extends StmtNode {
  private final StmtNode[] body;
  private final int slot;

  public ResumableBlock(int line, StmtNode[] body, int slot) {
    super(line);
    this.body = body;
    this.slot = slot;
  }

  @Override
  public int exec(Frame f) {
    return run(f, body, slot);
  }

  /** {@link #exec} through a static call (see {@link Bodies}). */
  int execDirectly(Frame f) {
    return run(f, body, slot);
  }

  /** Runs (or resumes) the statements of a resumable block; see {@link Bodies}. */
  static int run(Frame f, StmtNode[] body, int slot) {
    int start = f.resume[slot];
    if (start != 0) {
      f.resume[slot] = 0;
      start--;
    }
    for (int i = start; i < body.length; i++) {
      StmtNode s = body[i];
      f.line = s.line;
      int c = s.exec(f);
      if (c != Completion.NORMAL) {
        if (c == Completion.YIELD) {
          f.resume[slot] = i + 1;
        }
        return c;
      }
    }
    return Completion.NORMAL;
  }
}
