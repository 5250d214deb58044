package org.pygen.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyInstance;
import org.pygen.runtime.PyMethodDescriptor;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyProperty;

/**
 * What {@code threading.Thread} gives the classes deriving from it: {@code __init__}, which
 * keeps a {@link PyThread} inside the instance, the default {@code run} (call the target), and
 * the methods and properties of a thread, which act on that kept thread.
 */
final class ThreadMembers {
  private ThreadMembers() {}

  static Map<String, Object> of(ThreadType type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("__init__", new PyMethodDescriptor("__init__", type, (ts, self, args, kw) -> {
      PyInstance instance = (PyInstance) self;
      instance.setNativeState(type.make(ts, args, kw, instance));
      return PyNone.NONE;
    }));
    m.put("run", new PyMethodDescriptor("run", type, (ts, self, args, kw) -> {
      Params.method("Thread.run", 0).bind(args, kw);
      threadOf(self).runTarget(ts);
      return PyNone.NONE;
    }));
    for (String method : new String[] {"start", "join", "is_alive"}) {
      m.put(method, new PyMethodDescriptor(method, type, (ts, self, args, kw) ->
          Ops.call(ts, threadOf(self).getAttribute(ts, method), args, kw)));
    }
    for (String attr : new String[] {"name", "daemon", "ident", "native_id"}) {
      Object getter = new PyBuiltinFunction(attr, (ts, args, kw) ->
          threadOf(args[0]).getAttribute(ts, attr));
      Object setter = new PyBuiltinFunction(attr, (ts, args, kw) -> {
        threadOf(args[0]).setAttribute(ts, attr, args[1]);
        return PyNone.NONE;
      });
      m.put(attr, new PyProperty(getter, setter, PyNone.NONE, PyNone.NONE));
    }
    m.put("__repr__", new PyMethodDescriptor("__repr__", type, (ts, self, args, kw) ->
        threadOf(self).toString()));
    return Map.copyOf(m);
  }

  /** The thread kept in an instance of a Thread subclass; CPython's error if __init__ was skipped. */
  private static PyThread threadOf(Object self) {
    if (self instanceof PyInstance i && i.nativeState() instanceof PyThread t) {
      return t;
    }
    throw PyException.runtimeError("thread.__init__() not called");
  }
}
