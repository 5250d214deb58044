package org.pygen.exec;

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
import org.pygen.nodes.Completion;

/**
 * A function object made by {@code def} or {@code lambda}: compiled code plus the values fixed when
 * the definition ran (defaults, closure cells, the module's globals). Calling a generator function
 * only builds a {@link PyGenerator} around a fresh frame; nothing of the body runs.
 */
public final class PyFunction implements BindsAsMethod, HasAttributes, PyObjectTyped {
  private final Code code;
  private final Globals globals;
  private final Object[] defaults;
  private final Map<String, Object> kwDefaults;
  private final Cell[] closure;
  /** Attributes set on the function ({@code f.calls = 0}); made on first use. */
  private volatile PyDict dict;
  /** {@code __name__} and {@code __qualname__} once a script assigns them (decorators do). */
  private volatile String name;
  private volatile String qualname;

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
      int c = f.code.body().exec(f);
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
        Object module = globals.get("__name__");
        return module != null ? module : PyNone.NONE;
      case "__defaults__":
        return defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults.clone());
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
      case "__code__":
      case "__defaults__":
      case "__module__":
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
