package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.PyFunction;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinFunction;

/** A call without {@code *} or {@code **} arguments: the common, cheap case. */
public final class CallNode extends ExprNode {
  private final int line;
  private final ExprNode function;
  private final ExprNode[] args;
  private final String[] kwNames;

  /** {@code args} holds the positional arguments then the keyword ones named by kwNames. */
  public CallNode(int line, ExprNode function, ExprNode[] args, String[] kwNames) {
    this.line = line;
    this.function = function;
    this.args = args;
    this.kwNames = kwNames;
  }

  @Override
  public Object eval(Frame f) {
    Object fn = function.eval(f);
    if (fn instanceof PyFunction pf && kwNames == null) {
      // The common case: the arguments go straight into the callee's parameter slots.
      Object[] locals = pf.directLocals(args.length);
      if (locals != null) {
        for (int i = 0; i < args.length; i++) {
          locals[i] = args[i].eval(f);
        }
        f.line = line;
        return pf.invokeWithLocals(f.ts, locals);
      }
    }
    if (fn instanceof PyBuiltinFunction bf && args.length == 1 && kwNames == null) {
      // next(g), len(s): a builtin of one argument is called without an argument array.
      Object arg = args[0].eval(f);
      f.line = line;
      return bf.callOne(f.ts, arg);
    }
    Object[] values = new Object[args.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = args[i].eval(f);
    }
    f.line = line;
    return Ops.call(f.ts, fn, values, kwNames);
  }
}
