package org.pygen.modules;

import java.util.Map;
import java.util.WeakHashMap;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.local()}: each JVM thread sees its own attributes. The per-thread namespaces
 * are held weakly by thread, so a finished thread's values can be collected.
 */
final class PyThreadLocal implements HasAttributes, PyObjectTyped {
  static final NativeClass TYPE =
      new NativeClass("_thread", "_local", PyThreadLocal::create, o -> o instanceof PyThreadLocal);

  /** Guarded by itself. */
  private final Map<Thread, PyDict> namespaces = new WeakHashMap<>();

  private static Object create(ThreadState ts, Object[] args, String[] kw) {
    if (args.length > 0) {
      throw org.pygen.runtime.PyException.typeError("Initialization arguments are not supported");
    }
    return new PyThreadLocal();
  }

  private PyDict namespace() {
    synchronized (namespaces) {
      return namespaces.computeIfAbsent(Thread.currentThread(), t -> new PyDict());
    }
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    PyDict ns = namespace();
    if (name.equals("__dict__")) {
      return ns;
    }
    return ns.getOrNull(name);
  }

  @Override
  public void setAttribute(ThreadState ts, String name, Object value) {
    namespace().put(name, value);
  }

  @Override
  public void deleteAttribute(ThreadState ts, String name) {
    if (namespace().remove(name) == null) {
      HasAttributes.super.deleteAttribute(ts, name);
    }
  }

  @Override
  public String typeName() {
    return "_thread._local";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public String toString() {
    return "<_thread._local object at " + Ops.addressOf(this) + ">";
  }
}
