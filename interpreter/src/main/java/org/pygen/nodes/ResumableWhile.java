package org.pygen.nodes;

import org.pygen.exec.Frame;

/** A while loop in a generator whose body or else clause yields. */
public final class ResumableWhile extends StmtNode {
  private static final int IN_BODY = 1;
  private static final int IN_ELSE = 2;

  private final ExprNode test;
  private final StmtNode body;
  private final StmtNode orElse;
  private final int slot;

  public ResumableWhile(int line, ExprNode test, StmtNode body, StmtNode orElse, int slot) {
    super(line);
    this.test = test;
    this.body = body;
    this.orElse = orElse;
    this.slot = slot;
  }

  @Override
  public int exec(Frame f) {
    int state = f.resume[slot];
    f.resume[slot] = 0;
    if (state != IN_ELSE) {
      boolean resumingBody = state == IN_BODY;
      while (true) {
        f.ts.step();
        if (!resumingBody) {
          f.line = line;
          if (!test.evalCondition(f)) {
            break;
          }
        }
        resumingBody = false;
        int c = Bodies.run(f, body);
        if (c == Completion.YIELD) {
          f.resume[slot] = IN_BODY;
          return c;
        }
        if (c == Completion.BREAK) {
          return Completion.NORMAL;
        }
        if (c == Completion.RETURN) {
          return c;
        }
      }
    }
    if (orElse == null) {
      return Completion.NORMAL;
    }
    int c = orElse.exec(f);
    if (c == Completion.YIELD) {
      f.resume[slot] = IN_ELSE;
    }
    return c;
  }
}
