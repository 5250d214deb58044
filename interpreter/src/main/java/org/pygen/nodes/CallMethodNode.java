package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyInstance;

/**
 * {@code obj.name(args)} without {@code *} or {@code **}: when obj is an instance of a user's
 * class and name is a plain method of its class, the function is called with obj first and no
 * bound-method object is made (CPython's LOAD_METHOD). Otherwise the attribute is looked up as
 * usual. Either way the lookup happens before the arguments are evaluated, as in CPython.
 */
public final class CallMethodNode extends ExprNode {
  private final int line;
  private final ExprNode object;
  private final String name;
  private final ExprNode[] args;
  private final String[] kwNames;

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
    Object method = obj instanceof PyInstance i ? i.plainMethod(name) : null;
    if (method == null) {
      Object fn = Ops.getAttr(f.ts, obj, name);
      Object[] values = new Object[args.length];
      for (int k = 0; k < values.length; k++) {
        values[k] = args[k].eval(f);
      }
      f.line = line;
      return Ops.call(f.ts, fn, values, kwNames);
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
