package org.pygen.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pygen.runtime.BindsAsMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;
import org.pygen.nodes.Bodies;
import org.pygen.nodes.Completion;

/**
 * A function object made by {@code def} or {@code lambda}: compiled code plus the values fixed when
 * the definition ran (defaults, closure cells, the module's globals). Calling a generator function
 * only builds a {@link PyGenerator} around a fresh frame; nothing of the body runs.
 */
public final class PyFunction implements BindsAsMethod, HasAttributes, PyObjectTyped {
  private final Code code;
  private final Globals globals;
  /** Replaced whole when a script assigns {@code __defaults__} / {@code __kwdefaults__}. */
  private volatile Object[] defaults;
  private volatile Map<String, Object> kwDefaults;
  private final Cell[] closure;
  /** Attributes set on the function ({@code f.calls = 0}); made on first use. */
  private volatile PyDict dict;
  /** {@code __name__} and {@code __qualname__} once a script assigns them (decorators do). */
  private volatile String name;
  private volatile String qualname;
  /** {@code __module__} once a script assigns it; otherwise the globals' {@code __name__}. */
  private volatile Object module;

  public PyFunction(
      Code code, Globals globals, Object[] defaults, Map<String, Object> kwDefaults,
      Cell[] closure) {
    this.code = code;
    this.globals = globals;
    this.defaults = defaults;
    this.kwDefaults = kwDefaults;
    this.closure = closure;
  }

  public String name() {
    String n = name;
    return n != null ? n : code.name();
  }

  private String qualname() {
    String q = qualname;
    return q != null ? q : code.qualname();
  }

  public Code code() {
    return code;
  }

  /**
   * A fresh locals array when a call with {@code nArgs} positional arguments (and no keywords)
   * can place them straight into the first slots, else null. The caller fills the slots, then
   * calls {@link #invokeWithLocals}: a call node so passes arguments without an argument array.
   */
  public Object[] directLocals(int nArgs) {
    return nArgs == code.directArity() ? new Object[code.slotCount()] : null;
  }

  /** Runs (or, for a generator function, wraps) the body over locals from {@link #directLocals}. */
  public Object invokeWithLocals(ThreadState ts, Object[] locals) {
    Frame f = new Frame(code, globals, locals, ts);
    if (code.isGenerator()) {
      return new PyGenerator(code, f);
    }
    return run(ts, f);
  }

  @Override
  public Object callWithSelf(ThreadState ts, Object self) {
    Object[] locals = directLocals(1);
    if (locals == null) {
      return call(ts, new Object[] {self}, null);
    }
    locals[0] = self;
    return invokeWithLocals(ts, locals);
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] locals = new Object[code.slotCount()];
    ArgumentBinder.bind(
        code.qualname(), code.signature(), defaults, kwDefaults, args, kwNames, locals);
    for (int s : code.ownCellSlots()) {
      locals[s] = new Cell(locals[s]);
    }
    int[] free = code.freeSlots();
    for (int i = 0; i < free.length; i++) {
      locals[free[i]] = closure[i];
    }
    Frame f = new Frame(code, globals, locals, ts);
    if (code.isGenerator()) {
      return new PyGenerator(code, f);
    }
    return run(ts, f);
  }

  private static Object run(ThreadState ts, Frame f) {
    ts.enterCall();
    try {
      int c = Bodies.run(f, f.code.body());
      return c == Completion.RETURN ? f.returnValue : PyNone.NONE;
    } catch (PyException e) {
      Tracebacks.record(e, f);
      throw e;
    } catch (StackOverflowError e) {
      // The recursion limit normally fires first; this is the last resort DESIGN.md asks for.
      PyException pe =
          PyException.of(PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded");
      Tracebacks.record(pe, f);
      throw pe;
    } finally {
      ts.exitCall();
    }
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__name__":
        return name();
      case "__qualname__":
        return qualname();
      case "__code__":
        return code.view();
      case "__module__":
        Object m = module != null ? module : globals.get("__name__");
        return m != null ? m : PyNone.NONE;
      case "__defaults__":
        Object[] defs = defaults;
        return defs.length == 0 ? PyNone.NONE : PyTuple.of(defs.clone());
      case "__kwdefaults__":
        return kwDefaultsDict();
      case "__dict__":
        return dict();
      default:
        break;
    }
    PyDict d = dict;
    Object v = d == null ? null : d.getOrNull(name);
    if (v == null && name.equals("__doc__")) {
      return code.docstring() != null ? code.docstring() : PyNone.NONE;
    }
    return v;
  }

  /** The keyword-only defaults in parameter order, as CPython keeps them; None when none. */
  private Object kwDefaultsDict() {
    Map<String, Object> kw = kwDefaults;
    if (kw == null || kw.isEmpty()) {
      return PyNone.NONE;
    }
    PyDict d = new PyDict();
    Signature sig = code.signature();
    String[] names = sig.names();
    for (int i = sig.positionalCount(); i < sig.positionalCount() + sig.kwOnlyCount(); i++) {
      Object v = kw.get(names[i]);
      if (v != null) {
        d.put(names[i], v);
      }
    }
    // Names a script assigned through __kwdefaults__ that are not parameters come last.
    for (Map.Entry<String, Object> e : kw.entrySet()) {
      if (!d.containsKey(e.getKey())) {
        d.put(e.getKey(), e.getValue());
      }
    }
    return d;
  }

  private PyDict dict() {
    PyDict d = dict;
    if (d == null) {
      synchronized (this) {
        if (dict == null) {
          dict = new PyDict();
        }
        d = dict;
      }
    }
    return d;
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        if (!(value instanceof String s)) {
          throw PyException.typeError(
              attr + " must be set to a string object");
        }
        if (attr.equals("__name__")) {
          this.name = s;
        } else {
          this.qualname = s;
        }
        return;
      case "__defaults__":
        if (value == PyNone.NONE) {
          defaults = new Object[0];
        } else if (value instanceof PyTuple t) {
          defaults = t.toArray();
        } else {
          throw PyException.typeError("__defaults__ must be set to a tuple object");
        }
        return;
      case "__kwdefaults__":
        if (value == PyNone.NONE) {
          kwDefaults = null;
        } else if (value instanceof PyDict d) {
          Map<String, Object> kw = new LinkedHashMap<>();
          for (Object k : d.keysArray()) {
            // Only string keys can name a parameter; others are kept out of the binder's way.
            if (k instanceof String s) {
              kw.put(s, d.getOrNull(k));
            }
          }
          kwDefaults = kw;
        } else {
          throw PyException.typeError("__kwdefaults__ must be set to a dict object");
        }
        return;
      case "__module__":
        module = value;
        return;
      case "__code__":
        throw PyException.typeError("pygen cannot change a function's " + attr + " yet");
      default:
        dict().put(attr, value);
    }
  }

  @Override
  public void deleteAttribute(ThreadState ts, String attr) {
    PyDict d = dict;
    if (d == null || d.remove(attr) == null) {
      throw PyException.attributeError(
          "'function' object has no attribute '" + attr + "'");
    }
  }

  @Override
  public String typeName() {
    return "function";
  }

  @Override
  public String toString() {
    return "<function " + qualname() + " at 0x" + Integer.toHexString(System.identityHashCode(this))
        + ">";
  }
}
