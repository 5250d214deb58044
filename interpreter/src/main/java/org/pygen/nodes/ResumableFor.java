package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.PyGenerator;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;

/**
 * A for loop in a generator whose body or else clause yields. The iterator lives in a hidden frame
 * slot, so the loop continues from the same iterator after a resume.
 */
public final class ResumableFor extends StmtNode {
  private static final int IN_BODY = 1;
  private static final int IN_ELSE = 2;
  /** Inside the body, over a generator this loop owns (see ForNode). */
  private static final int IN_BODY_OWNED = 3;

  private final TargetNode target;
  private final ExprNode iterable;
  private final StmtNode body;
  private final StmtNode orElse;
  private final int slot;
  private final int iteratorSlot;
  /** See {@link ForNode}: a fresh generator made by the iterable expression is closed early. */
  private final boolean ownsIterable;

  public ResumableFor(
      int line,
      TargetNode target,
      ExprNode iterable,
      StmtNode body,
      StmtNode orElse,
      int slot,
      int iteratorSlot,
      boolean ownsIterable) {
    super(line);
    this.target = target;
    this.iterable = iterable;
    this.body = body;
    this.orElse = orElse;
    this.slot = slot;
    this.iteratorSlot = iteratorSlot;
    this.ownsIterable = ownsIterable;
  }

  @Override
  public int exec(Frame f) {
    int state = f.resume[slot];
    f.resume[slot] = 0;
    if (state != IN_ELSE) {
      PyIterator it;
      boolean resumingBody = state == IN_BODY || state == IN_BODY_OWNED;
      boolean owned;
      if (resumingBody) {
        it = (PyIterator) f.locals[iteratorSlot];
        owned = state == IN_BODY_OWNED;
      } else {
        it = Ops.iter(f.ts, iterable.eval(f));
        f.locals[iteratorSlot] = it;
        owned = ownsIterable && it instanceof PyGenerator g && g.isFresh();
      }
      try {
        return loop(f, it, resumingBody, owned);
      } catch (PyException e) {
        if (owned) {
          f.locals[iteratorSlot] = null;
          ((PyGenerator) it).release(f.ts);
        }
        throw e;
      }
    }
    return runElse(f);
  }

  /** The loop proper; returns what the statement returns (the else clause included). */
  private int loop(Frame f, PyIterator it, boolean resumingBody, boolean owned) {
    while (true) {
      f.ts.step();
      if (!resumingBody) {
        Object v = it.next(f.ts);
        if (v == PyIterator.DONE) {
          break;
        }
        target.assign(f, v);
      }
      resumingBody = false;
      int c = Bodies.run(f, body);
      if (c == Completion.YIELD) {
        f.resume[slot] = owned ? IN_BODY_OWNED : IN_BODY;
        return c;
      }
      if (c == Completion.BREAK || c == Completion.RETURN) {
        f.locals[iteratorSlot] = null;
        if (owned) {
          ((PyGenerator) it).release(f.ts);
        }
        return c == Completion.BREAK ? Completion.NORMAL : c;
      }
      f.line = line;
    }
    f.locals[iteratorSlot] = null;
    return runElse(f);
  }

  private int runElse(Frame f) {
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
