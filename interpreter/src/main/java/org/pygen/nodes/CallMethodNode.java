package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.PyFunction;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.OneArgumentMethod;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyInstance;

/**
 * {@code obj.name(args)} without {@code *} or {@code **}, with no bound-method object made in the
 * two common cases (CPython's LOAD_METHOD): obj is an instance of a user's class and name a plain
 * method of its class, called with obj first; or obj is a built-in value ({@code lst.append})
 * and name a method of its type, called with obj as the receiver. Otherwise the attribute is
 * looked up as usual. Either way the lookup happens before the arguments are evaluated, as in
 * CPython.
 */
public final class CallMethodNode extends ExprNode {
  private final int line;
  private final ExprNode object;
  private final String name;
  private final ExprNode[] args;
  private final String[] kwNames;
  /**
   * The built-in method found for the last receiver class, which decides it alone (see {@link
   * Ops#builtinMethod}); kept together so that a racing thread never pairs one with the other.
   */
  private BuiltinTarget cached;

  private static final Object[] NO_ARGUMENTS = new Object[0];

  private record BuiltinTarget(Class<?> receiverClass, BuiltinMethod method) {}

  public CallMethodNode(
      int line, ExprNode object, String name, ExprNode[] args, String[] kwNames) {
    this.line = line;
    this.object = object;
    this.name = name;
    this.args = args;
    this.kwNames = kwNames;
  }

  @Override
  public Object eval(Frame f) {
    Object obj = object.eval(f);
    if (obj instanceof PyInstance i) {
      Object method = i.plainMethod(name);
      if (method != null) {
        return callWithSelf(f, method, obj);
      }
    } else {
      BuiltinMethod m = builtinMethod(obj);
      if (m instanceof OneArgumentMethod one && args.length == 1 && kwNames == null) {
        Object arg = args[0].eval(f);
        f.line = line;
        return one.callOne(f.ts, obj, arg);
      }
      if (m != null) {
        Object[] values = evalArgs(f);
        f.line = line;
        return m.call(f.ts, obj, values, kwNames);
      }
    }
    Object fn = Ops.getAttr(f.ts, obj, name);
    Object[] values = evalArgs(f);
    f.line = line;
    return Ops.call(f.ts, fn, values, kwNames);
  }

  private BuiltinMethod builtinMethod(Object obj) {
    BuiltinTarget t = cached;
    if (t != null && t.receiverClass() == obj.getClass()) {
      return t.method();
    }
    BuiltinMethod m = Ops.builtinMethod(obj, name);
    if (m != null) {
      cached = new BuiltinTarget(obj.getClass(), m);
    }
    return m;
  }

  private Object[] evalArgs(Frame f) {
    if (args.length == 0) {
      return NO_ARGUMENTS; // s.split(), d.items(): empty, so sharing one is safe
    }
    Object[] values = new Object[args.length];
    for (int k = 0; k < values.length; k++) {
      values[k] = args[k].eval(f);
    }
    return values;
  }

  /** Calls a plain method of obj's class with obj as the first argument. */
  private Object callWithSelf(Frame f, Object method, Object obj) {
    if (method instanceof PyFunction pf && kwNames == null) {
      Object[] locals = pf.directLocals(args.length + 1);
      if (locals != null) {
        locals[0] = obj;
        for (int k = 0; k < args.length; k++) {
          locals[k + 1] = args[k].eval(f);
        }
        f.line = line;
        return pf.invokeWithLocals(f.ts, locals);
      }
    }
    Object[] values = new Object[args.length + 1];
    values[0] = obj;
    for (int k = 0; k < args.length; k++) {
      values[k + 1] = args[k].eval(f);
    }
    f.line = line;
    return ((PyCallable) method).call(f.ts, values, kwNames);
  }
}
