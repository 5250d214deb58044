package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.Tracebacks;
import org.pygen.runtime.PyException;

/**
 * {@code try/except/else/finally} for code that cannot suspend. The finally clause runs on every
 * way out; a break, continue or return inside it replaces whatever was pending, as in Python.
 */
public final class TryNode extends StmtNode {
  private final StmtNode body;
  private final ExceptHandlerNode[] handlers;
  private final StmtNode orElse;
  private final StmtNode finalBody;

  public TryNode(
      int line, StmtNode body, ExceptHandlerNode[] handlers, StmtNode orElse, StmtNode finalBody) {
    super(line);
    this.body = body;
    this.handlers = handlers;
    this.orElse = orElse;
    this.finalBody = finalBody;
  }

  @Override
  public int exec(Frame f) {
    if (finalBody == null) {
      return runBodyAndHandlers(f);
    }
    int c;
    PyException pending = null;
    try {
      c = runBodyAndHandlers(f);
    } catch (PyException e) {
      Tracebacks.arrived(e, f);
      pending = e;
      c = Completion.NORMAL;
    }
    int fc = FinallyClause.run(finalBody, f, pending);
    if (fc != Completion.NORMAL) {
      return fc;
    }
    if (pending != null) {
      throw pending;
    }
    return c;
  }

  private int runBodyAndHandlers(Frame f) {
    int c;
    try {
      c = body.exec(f);
    } catch (PyException e) {
      Tracebacks.arrived(e, f);
      for (ExceptHandlerNode h : handlers) {
        if (h.matches(f, e)) {
          return h.run(f, e);
        }
      }
      throw e;
    }
    if (c == Completion.NORMAL && orElse != null) {
      return orElse.exec(f);
    }
    return c;
  }
}
