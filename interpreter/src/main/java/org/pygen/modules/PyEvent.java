package org.pygen.modules;

import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.Event}: a flag threads can wait for. Waits stay stoppable (see {@link
 * Waits}).
 */
final class PyEvent implements HasAttributes, PyObjectTyped {
  static final NativeClass TYPE =
      new NativeClass("threading", "Event", PyEvent::create, o -> o instanceof PyEvent);

  private static final Params INIT = Params.method("Event.__init__", 0);
  private static final Params WAIT = Params.method("Event.wait", 0, "timeout");

  /** Guarded by this object's monitor, which waiters wait on. */
  private boolean flag;

  private static Object create(ThreadState ts, Object[] args, String[] kw) {
    INIT.bind(args, kw);
    return new PyEvent();
  }

  synchronized boolean isSet() {
    return flag;
  }

  synchronized void set() {
    flag = true;
    notifyAll();
  }

  synchronized void clear() {
    flag = false;
  }

  boolean await(ThreadState ts, long timeoutNanos) {
    synchronized (this) {
      Waits.await(ts, this, () -> flag, timeoutNanos);
      return flag;
    }
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "is_set", (ts, self, a, kw) -> {
            Params.method("Event.is_set", 0).bind(a, kw);
            return ((PyEvent) self).isSet();
          },
          "isSet", (ts, self, a, kw) -> {
            Params.method("Event.isSet", 0).bind(a, kw);
            return ((PyEvent) self).isSet();
          },
          "set", (ts, self, a, kw) -> {
            Params.method("Event.set", 0).bind(a, kw);
            ((PyEvent) self).set();
            return PyNone.NONE;
          },
          "clear", (ts, self, a, kw) -> {
            Params.method("Event.clear", 0).bind(a, kw);
            ((PyEvent) self).clear();
            return PyNone.NONE;
          },
          "wait", (ts, self, a, kw) -> {
            Object timeout = WAIT.bind(a, kw)[0];
            return ((PyEvent) self)
                .await(ts, Waits.pythonTimeout(timeout, Waits.TimeoutUse.COMPARED_WITH_ZERO));
          });

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    BuiltinMethod m = METHODS.get(name);
    return m == null ? null : new PyBuiltinMethod(this, name, m);
  }

  @Override
  public String typeName() {
    return "Event";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public String toString() {
    return "<threading.Event at " + Ops.addressOf(this) + ": " + (isSet() ? "set" : "unset")
        + ">";
  }
}
