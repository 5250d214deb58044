package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyTraceback;

/** The context-manager protocol, shared by the plain and the resumable with statements. */
final class ContextManagers {
  private ContextManagers() {}

  /** Calls {@code __enter__}, binds the target, and returns the bound {@code __exit__}. */
  static Object enter(Frame f, Object mgr, TargetNode target) {
    Object enter;
    Object exit;
    try {
      enter = Ops.getAttr(f.ts, mgr, "__enter__");
    } catch (PyException e) {
      throw PyException.typeError(
          "'" + Ops.typeName(mgr) + "' object does not support the context manager protocol");
    }
    try {
      exit = Ops.getAttr(f.ts, mgr, "__exit__");
    } catch (PyException e) {
      throw PyException.typeError(
          "'" + Ops.typeName(mgr)
              + "' object does not support the context manager protocol (missed __exit__ method)");
    }
    Object v = Ops.call(f.ts, enter, new Object[0], null);
    if (target != null) {
      target.assign(f, v);
    }
    return exit;
  }

  static void exitNormally(Frame f, Object exit) {
    Ops.call(f.ts, exit, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
  }

  /** Calls {@code __exit__} with the exception; true when it asks to swallow it. */
  static boolean exitWithException(Frame f, Object exit, PyException e) {
    // __exit__ runs as an except clause would: what it raises has e as its context.
    PyException saved = f.ts.handled();
    f.ts.setHandled(e);
    try {
      Object r =
          Ops.call(
              f.ts,
              exit,
              new Object[] {e.value().pythonClass(), e.value(), PyTraceback.of(e.value())},
              null);
      return Ops.isTrue(r);
    } catch (PyException raised) {
      raised.value().setContextIfAbsent(e.value());
      throw raised;
    } finally {
      f.ts.setHandled(saved);
    }
  }
}
