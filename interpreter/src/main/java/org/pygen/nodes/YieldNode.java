package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;

/**
 * {@code yield value} or {@code target = yield value}. First entry: hand the value out and
 * suspend. Second entry (the resume): deliver what send() passed in, or raise what throw() or
 * close() passed in, and carry on.
 */
public final class YieldNode extends StmtNode {
  private final ExprNode value;
  private final TargetNode target;
  private final int slot;

  /** {@code value} null for a bare yield; {@code target} null when the result is discarded. */
  public YieldNode(int line, ExprNode value, TargetNode target, int slot) {
    super(line);
    this.value = value;
    this.target = target;
    this.slot = slot;
  }

  @Override
  public int exec(Frame f) {
    if (f.resume[slot] == 0) {
      f.yielded = value == null ? PyNone.NONE : value.eval(f);
      f.resume[slot] = 1;
      return Completion.YIELD;
    }
    f.resume[slot] = 0;
    PyException thrown = f.thrown;
    if (thrown != null) {
      f.thrown = null;
      throw thrown;
    }
    Object sent = f.sent;
    f.sent = PyNone.NONE;
    if (target != null) {
      target.assign(f, sent);
    }
    return Completion.NORMAL;
  }
}
