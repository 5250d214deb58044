package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/** {@code assert test, msg}. */
public final class AssertNode extends StmtNode {
  private final ExprNode test;
  private final ExprNode msg;

  public AssertNode(int line, ExprNode test, ExprNode msg) {
    super(line);
    this.test = test;
    this.msg = msg;
  }

  @Override
  public int exec(Frame f) {
    if (!test.evalCondition(f)) {
      Object[] args = msg == null ? new Object[0] : new Object[] {msg.eval(f)};
      throw new PyException(new PyBaseException(PyExceptionType.ASSERTION_ERROR, args));
    }
    return Completion.NORMAL;
  }
}
