package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.Tracebacks;
import org.pygen.runtime.PyException;

/**
 * try/except/else/finally in a generator, where any clause may yield. The resume slot holds the
 * phase (body, handler k, else, finally); what a phase needs after a resume — the exception being
 * handled, the exception or completion waiting for the finally clause — is kept in hidden frame
 * slots, so the suspended state stays plain data.
 */
public final class ResumableTry extends StmtNode {
  private static final int BODY = 1;
  private static final int ELSE = 2;
  private static final int FINALLY = 3;
  private static final int HANDLER = 4; // HANDLER + k: in handler k

  private final StmtNode body;
  private final ExceptHandlerNode[] handlers;
  private final StmtNode orElse;
  private final StmtNode finalBody;
  private final int slot;
  private final int handledSlot;
  private final int pendingExceptionSlot;
  private final int pendingCompletionSlot;

  public ResumableTry(
      int line,
      StmtNode body,
      ExceptHandlerNode[] handlers,
      StmtNode orElse,
      StmtNode finalBody,
      int slot,
      int handledSlot,
      int pendingExceptionSlot,
      int pendingCompletionSlot) {
    super(line);
    this.body = body;
    this.handlers = handlers;
    this.orElse = orElse;
    this.finalBody = finalBody;
    this.slot = slot;
    this.handledSlot = handledSlot;
    this.pendingExceptionSlot = pendingExceptionSlot;
    this.pendingCompletionSlot = pendingCompletionSlot;
  }

  @Override
  public int exec(Frame f) {
    int phase = f.resume[slot];
    f.resume[slot] = 0;
    int c = Completion.NORMAL;
    PyException pending = null;
    if (phase == FINALLY) {
      pending = (PyException) f.locals[pendingExceptionSlot];
      c = (Integer) f.locals[pendingCompletionSlot];
    } else {
      try {
        c = runMain(f, phase == 0 ? BODY : phase);
        if (c == Completion.YIELD) {
          return c;
        }
      } catch (PyException e) {
        Tracebacks.arrived(e, f);
        pending = e;
      }
    }
    if (finalBody == null) {
      if (pending != null) {
        throw pending;
      }
      return c;
    }
    int fc = FinallyClause.run(finalBody, f, pending);
    if (fc == Completion.YIELD) {
      f.locals[pendingExceptionSlot] = pending;
      f.locals[pendingCompletionSlot] = c;
      f.resume[slot] = FINALLY;
      return fc;
    }
    f.locals[pendingExceptionSlot] = null;
    f.locals[pendingCompletionSlot] = null;
    if (fc != Completion.NORMAL) {
      return fc;
    }
    if (pending != null) {
      throw pending;
    }
    return c;
  }

  private int runMain(Frame f, int phase) {
    if (phase == ELSE) {
      return runElse(f);
    }
    if (phase >= HANDLER) {
      return runHandler(f, phase - HANDLER, (PyException) f.locals[handledSlot], true);
    }
    int c;
    try {
      c = body.exec(f);
    } catch (PyException e) {
      Tracebacks.arrived(e, f);
      for (int k = 0; k < handlers.length; k++) {
        if (handlers[k].matches(f, e)) {
          return runHandler(f, k, e, false);
        }
      }
      throw e;
    }
    if (c == Completion.YIELD) {
      f.resume[slot] = BODY;
      return c;
    }
    if (c == Completion.NORMAL && orElse != null) {
      return runElse(f);
    }
    return c;
  }

  private int runElse(Frame f) {
    int c = orElse.exec(f);
    if (c == Completion.YIELD) {
      f.resume[slot] = ELSE;
    }
    return c;
  }

  private int runHandler(Frame f, int k, PyException e, boolean resuming) {
    ExceptHandlerNode h = handlers[k];
    PyException saved = f.ts.handled();
    f.ts.setHandled(e);
    if (!resuming) {
      h.bind(f, e);
    }
    int c;
    try {
      c = h.body().exec(f);
    } catch (PyException x) {
      x.value().setContextIfAbsent(e.value());
      f.locals[handledSlot] = null;
      h.unbind(f);
      throw x;
    } finally {
      f.ts.setHandled(saved);
    }
    if (c == Completion.YIELD) {
      f.locals[handledSlot] = e;
      f.resume[slot] = HANDLER + k;
      return c;
    }
    f.locals[handledSlot] = null;
    h.unbind(f);
    return c;
  }
}
