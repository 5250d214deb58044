package org.pygen.nodes;

import org.pygen.exec.Frame;

/** An if statement in a generator with a yield in a branch; remembers the branch taken. */
public final class ResumableIf extends StmtNode {
  private static final int BODY = 1;
  private static final int ELSE = 2;

  private final ExprNode test;
  private final StmtNode body;
  private final StmtNode orElse;
  private final int slot;

  public ResumableIf(int line, ExprNode test, StmtNode body, StmtNode orElse, int slot) {
    super(line);
    this.test = test;
    this.body = body;
    this.orElse = orElse;
    this.slot = slot;
  }

  @Override
  public int exec(Frame f) {
    int branch = f.resume[slot];
    if (branch != 0) {
      f.resume[slot] = 0;
    } else {
      branch = test.evalCondition(f) ? BODY : ELSE;
    }
    StmtNode s = branch == BODY ? body : orElse;
    if (s == null) {
      return Completion.NORMAL;
    }
    int c = s.exec(f);
    if (c == Completion.YIELD) {
      f.resume[slot] = branch;
    }
    return c;
  }
}
