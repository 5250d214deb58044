package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;

/**
 * A for loop that cannot suspend. Drives the iterator through the internal protocol, so
 * exhausting a generator costs no exception.
 */
public final class ForNode extends StmtNode {
  private final TargetNode target;
  private final ExprNode iterable;
  private final StmtNode body;
  private final StmtNode orElse;

  public ForNode(int line, TargetNode target, ExprNode iterable, StmtNode body, StmtNode orElse) {
    super(line);
    this.target = target;
    this.iterable = iterable;
    this.body = body;
    this.orElse = orElse;
  }

  @Override
  public int exec(Frame f) {
    PyIterator it = Ops.iter(f.ts, iterable.eval(f));
    while (true) {
      f.ts.step();
      Object v = it.next(f.ts);
      if (v == PyIterator.DONE) {
        break;
      }
      target.assign(f, v);
      int c = body.exec(f);
      if (c == Completion.BREAK) {
        return Completion.NORMAL;
      }
      if (c == Completion.RETURN) {
        return c;
      }
      f.line = line;
    }
    return orElse == null ? Completion.NORMAL : orElse.exec(f);
  }
}
