package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.PyGenerator;
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
  /**
   * Whether the iterable is a temporary (a call's result, a generator expression) that only this
   * loop refers to: a generator it produces is closed when the loop is left early, as CPython's
   * reference counting closes it at that moment.
   */
  private final boolean ownsIterable;

  public ForNode(
      int line,
      TargetNode target,
      ExprNode iterable,
      StmtNode body,
      StmtNode orElse,
      boolean ownsIterable) {
    super(line);
    this.target = target;
    this.iterable = iterable;
    this.body = body;
    this.orElse = orElse;
    this.ownsIterable = ownsIterable;
  }

  @Override
  public int exec(Frame f) {
    PyIterator it = Ops.iter(f.ts, iterable.eval(f));
    if (ownsIterable && it instanceof PyGenerator g && g.isFresh()) {
      return runOwned(f, g);
    }
    return run(f, it);
  }

  /** The loop over a generator it owns: leaving early (break, return, exception) closes it. */
  private int runOwned(Frame f, PyGenerator g) {
    try {
      return run(f, g);
    } finally {
      g.release(f.ts);
    }
  }

  private int run(Frame f, PyIterator it) {
    while (true) {
      f.ts.step();
      Object v = it.next(f.ts);
      if (v == PyIterator.DONE) {
        break;
      }
      target.assign(f, v);
      int c = Bodies.run(f, body);
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
