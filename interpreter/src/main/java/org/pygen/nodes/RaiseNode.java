package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Classes;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyClass;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;

/** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
public final class RaiseNode extends StmtNode {
  private final ExprNode exc;
  private final ExprNode cause;

  public RaiseNode(int line, ExprNode exc, ExprNode cause) {
    super(line);
    this.exc = exc;
    this.cause = cause;
  }

  @Override
  public int exec(Frame f) {
    if (exc == null) {
      PyException handled = f.ts.handled();
      if (handled == null) {
        throw PyException.runtimeError("No active exception to reraise");
      }
      throw handled;
    }
    PyException e = toException(f, exc.eval(f));
    if (cause != null) {
      Object c = cause.eval(f);
      if (c != PyNone.NONE && !(c instanceof PyBaseException) && !Classes.isExceptionClass(c)) {
        throw PyException.typeError("exception causes must derive from BaseException");
      }
      e.value().setCause(c == PyNone.NONE ? null : toException(f, c).value());
    }
    throw e;
  }

  /** Turns a raised value (an exception class or instance) into the Java throwable. */
  public static PyException toException(Frame f, Object v) {
    if (v instanceof PyExceptionType t) {
      v = t.call(f.ts, new Object[0], null);
    } else if (v instanceof PyClass c && c.exceptionBase() != null) {
      v = c.call(f.ts, new Object[0], null);
      if (!(v instanceof PyBaseException)) {
        return PyException.typeError(
            "calling " + c + " should have returned an instance of BaseException, not "
                + org.pygen.runtime.Ops.typeName(v));
      }
    }
    if (v instanceof PyBaseException b) {
      b.startNewRaise();
      return new PyException(b);
    }
    return PyException.typeError("exceptions must derive from BaseException");
  }

}
