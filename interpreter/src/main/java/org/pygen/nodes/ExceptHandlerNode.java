package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyClass;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyTuple;

/** One {@code except Type as name:} clause. */
public final class ExceptHandlerNode {
  private final int line;
  private final ExprNode type;
  private final TargetNode name;
  private final StmtNode body;

  /** {@code type} null for a bare except; {@code name} null without {@code as}. */
  public ExceptHandlerNode(int line, ExprNode type, TargetNode name, StmtNode body) {
    this.line = line;
    this.type = type;
    this.name = name;
    this.body = body;
  }

  public StmtNode body() {
    return body;
  }

  /** Whether this clause catches {@code e}; evaluates the clause's type expression. */
  public boolean matches(Frame f, PyException e) {
    if (type == null) {
      return true;
    }
    f.line = line;
    return matchesType(e.value(), type.eval(f));
  }

  /** Whether exception {@code e} is caught by an except clause naming {@code t}. */
  static boolean matchesType(PyBaseException e, Object t) {
    if (t instanceof PyTuple tuple) {
      // Every item is checked first; a tuple inside the tuple is refused, as in CPython 3.11.
      for (int i = 0; i < tuple.size(); i++) {
        checkClass(tuple.get(i));
      }
      for (int i = 0; i < tuple.size(); i++) {
        if (e.isInstanceOf(tuple.get(i))) {
          return true;
        }
      }
      return false;
    }
    checkClass(t);
    return e.isInstanceOf(t);
  }

  private static void checkClass(Object t) {
    if (!(t instanceof PyExceptionType || (t instanceof PyClass c && c.exceptionBase() != null))) {
      throw PyException.typeError(
          "catching classes that do not inherit from BaseException is not allowed");
    }
  }

  /** Binds the name, makes {@code e} the exception being handled, and runs the body. */
  public int run(Frame f, PyException e) {
    PyException saved = f.ts.handled();
    f.ts.setHandled(e);
    bind(f, e);
    try {
      return body.exec(f);
    } catch (PyException raised) {
      raised.value().setContextIfAbsent(e.value());
      throw raised;
    } finally {
      f.ts.setHandled(saved);
      unbind(f);
    }
  }

  /** Binds {@code as name}, for the resumable try which runs the body itself. */
  public void bind(Frame f, PyException e) {
    if (name != null) {
      name.assign(f, e.value());
    }
  }

  /** Python deletes the {@code as} name when the clause ends, so the exception can be freed. */
  public void unbind(Frame f) {
    if (name != null) {
      try {
        name.delete(f);
      } catch (PyException ignored) {
        // The body already deleted or never kept it: nothing to undo.
      }
    }
  }

}
