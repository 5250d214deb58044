package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.PyGenerator;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.UserIterator;

/**
 * {@code yield from iterable} and {@code target = yield from iterable} (PEP 380): relays each value
 * of the sub-iterator out, and each send/throw back in, until it finishes; its return value is the
 * result. The sub-iterator is kept in a hidden frame slot while suspended.
 */
public final class YieldFromNode extends StmtNode {
  private final ExprNode iterable;
  private final TargetNode target;
  private final int slot;
  private final int iteratorSlot;

  public YieldFromNode(
      int line, ExprNode iterable, TargetNode target, int slot, int iteratorSlot) {
    super(line);
    this.iterable = iterable;
    this.target = target;
    this.slot = slot;
    this.iteratorSlot = iteratorSlot;
  }

  @Override
  public int exec(Frame f) {
    Object sub;
    Object v;
    if (f.resume[slot] == 0) {
      sub = Ops.iter(f.ts, iterable.eval(f));
      f.locals[iteratorSlot] = sub;
      v = step(f, sub, PyNone.NONE, null);
    } else {
      f.resume[slot] = 0;
      f.delegate = null;
      sub = f.locals[iteratorSlot];
      PyException thrown = f.thrown;
      f.thrown = null;
      Object sent = f.sent;
      f.sent = PyNone.NONE;
      v = step(f, sub, sent, thrown);
    }
    if (v != PyIterator.DONE) {
      f.yielded = v;
      f.delegate = sub;
      f.resume[slot] = 1;
      return Completion.YIELD;
    }
    f.locals[iteratorSlot] = null;
    if (target != null) {
      Object result =
          sub instanceof PyGenerator g
              ? g.takeReturnValue()
              : sub instanceof UserIterator u ? u.stopValue() : PyNone.NONE;
      target.assign(f, result);
    }
    return Completion.NORMAL;
  }

  private Object step(Frame f, Object sub, Object sent, PyException thrown) {
    try {
      if (sub instanceof PyGenerator g) {
        if (thrown != null && thrown.isInstance(PyExceptionType.GENERATOR_EXIT)) {
          g.close(f.ts);
          throw thrown;
        }
        return g.step(f.ts, sent, thrown);
      }
      if (thrown != null) {
        throw thrown;
      }
      if (sent != PyNone.NONE) {
        Object send = Ops.getAttr(f.ts, sub, "send");
        return Ops.call(f.ts, send, new Object[] {sent}, null);
      }
      return ((PyIterator) sub).next(f.ts);
    } catch (PyException e) {
      f.locals[iteratorSlot] = null;
      throw e;
    }
  }
}
