package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.SpecialMethods;
import org.pygen.runtime.ThreadState;
import org.pygen.syntax.CmpOperator;

/**
 * A comparison chain {@code a < b < c}: each operand is evaluated at most once and the chain stops
 * at the first false link, as in Python.
 */
public final class CompareNode extends ExprNode {
  private final ExprNode left;
  private final CmpOperator[] ops;
  private final ExprNode[] rights;

  public CompareNode(ExprNode left, CmpOperator[] ops, ExprNode[] rights) {
    this.left = left;
    this.ops = ops;
    this.rights = rights;
  }

  @Override
  public Object eval(Frame f) {
    Object a = left.eval(f);
    for (int i = 0; i < ops.length; i++) {
      Object b = rights[i].eval(f);
      if (!(a instanceof Long && b instanceof Long)
          && ops[i].isRich()
          && SpecialMethods.involvesUser(a, b)) {
        // A user's __eq__, __lt__... may return any object: the chain yields it as it is.
        Object r = Ops.richCompare(ops[i].symbol(), a, b);
        if (i == ops.length - 1 || !Ops.isTrue(r)) {
          return r;
        }
      } else if (!compare(f.ts, ops[i], a, b)) {
        return Boolean.FALSE;
      }
      a = b;
    }
    return Boolean.TRUE;
  }

  static boolean compare(ThreadState ts, CmpOperator op, Object a, Object b) {
    switch (op) {
      case EQ:
        return Ops.eq(a, b);
      case NE:
        return Ops.ne(a, b);
      case LT:
        return Ops.lt(a, b);
      case LE:
        return Ops.le(a, b);
      case GT:
        return Ops.gt(a, b);
      case GE:
        return Ops.ge(a, b);
      case IN:
        return Ops.contains(ts, b, a);
      case NOT_IN:
        return !Ops.contains(ts, b, a);
      case IS:
        return Ops.is(a, b);
      case IS_NOT:
        return !Ops.is(a, b);
      case EXCEPTION_MATCH:
      default:
        return ExceptHandlerNode.matchesType((PyBaseException) a, b);
    }
  }
}
