package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

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
    Object[] values = new Object[args.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = args[i].eval(f);
    }
    f.line = line;
    return Ops.call(f.ts, fn, values, kwNames);
  }
}
