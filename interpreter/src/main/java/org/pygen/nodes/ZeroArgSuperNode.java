package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinType;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PySuper;

/**
 * {@code super()} with no arguments inside a function: when the name {@code super} still means
 * the builtin, it is {@code super(__class__, first_argument)}, the class the method was defined
 * in and the method's first parameter, as CPython finds them in the calling frame.
 */
public final class ZeroArgSuperNode extends ExprNode {
  private final int line;
  private final ExprNode superName;
  /** Loads the {@code __class__} cell; null when no enclosing class provides one. */
  private final ExprNode classCell;
  /** Loads the first parameter; null when the function has none. */
  private final ExprNode firstArgument;

  public ZeroArgSuperNode(
      int line, ExprNode superName, ExprNode classCell, ExprNode firstArgument) {
    this.line = line;
    this.superName = superName;
    this.classCell = classCell;
    this.firstArgument = firstArgument;
  }

  @Override
  public Object eval(Frame f) {
    Object fn = superName.eval(f);
    f.line = line;
    if (fn != PyBuiltinType.SUPER) {
      return Ops.call(f.ts, fn, new Object[0], null);
    }
    if (firstArgument == null) {
      throw PyException.runtimeError("super(): no arguments");
    }
    if (classCell == null) {
      throw PyException.runtimeError("super(): __class__ cell not found");
    }
    return new PySuper(classCell.eval(f), firstArgument.eval(f));
  }
}
