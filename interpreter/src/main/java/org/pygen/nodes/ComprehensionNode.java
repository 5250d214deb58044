package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyCallable;

/**
 * A comprehension or generator expression: the first iterable is evaluated here, in the enclosing
 * scope (PEP 289), and handed to the comprehension's own function, which runs in its own scope.
 */
public final class ComprehensionNode extends ExprNode {
  private final MakeFunctionNode function;
  private final ExprNode firstIterable;

  public ComprehensionNode(MakeFunctionNode function, ExprNode firstIterable) {
    this.function = function;
    this.firstIterable = firstIterable;
  }

  @Override
  public Object eval(Frame f) {
    Object it = Ops.iter(f.ts, firstIterable.eval(f));
    PyCallable fn = (PyCallable) function.eval(f);
    return fn.call(f.ts, new Object[] {it}, null);
  }
}
