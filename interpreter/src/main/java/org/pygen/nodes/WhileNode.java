package org.pygen.nodes;

import org.pygen.exec.Frame;

/** A while loop that cannot suspend. The else clause runs when the test turns false. */
public final class WhileNode extends StmtNode {
  private final ExprNode test;
  private final StmtNode body;
  private final StmtNode orElse;

  public WhileNode(int line, ExprNode test, StmtNode body, StmtNode orElse) {
    super(line);
    this.test = test;
    this.body = body;
    this.orElse = orElse;
  }

  @Override
  public int exec(Frame f) {
    while (true) {
      f.ts.step();
      f.line = line;
      if (!test.evalCondition(f)) {
        break;
      }
      int c = Bodies.run(f, body);
      if (c == Completion.BREAK) {
        return Completion.NORMAL;
      }
      if (c == Completion.RETURN) {
        return c;
      }
    }
    return orElse == null ? Completion.NORMAL : orElse.exec(f);
  }
}
