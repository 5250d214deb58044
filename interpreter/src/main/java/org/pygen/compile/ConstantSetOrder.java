package org.pygen.compile;

import java.util.List;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PySet;
import org.pygen.syntax.Expr;
import org.pygen.syntax.UnaryOperator;

/**
 * A set display of constants, folded as CPython's compiler folds it, so that it iterates in
 * CPython's order when hashes collide ({@code {10, 20, 30, 40, 50}}). CPython turns three or
 * more constants into a frozenset constant, rebuilds that frozenset from its own iteration order
 * while storing it in the code object, and at run time merges it into a new empty set ({@link
 * PySet#mergeFrom} follows that merge, table sizes included).
 */
final class ConstantSetOrder {
  private ConstantSetOrder() {}

  /**
   * The frozenset CPython's compiler stores for the display: built from the constants in
   * source order, then rebuilt from its own iteration order. Null when the display is not all
   * constants, or has fewer than 3.
   */
  static PySet of(List<Expr> elts) {
    if (elts.size() < 3) {
      return null;
    }
    PySet folded = new PySet(true);
    for (Expr e : elts) {
      Object v = constant(e);
      if (v == null) {
        return null;
      }
      folded.add(v);
    }
    PySet rebuilt = new PySet(true);
    for (Object v : folded.toArray()) {
      rebuilt.add(v);
    }
    return rebuilt;
  }

  /** The value of a constant element (negative numbers folded, as CPython does), or null. */
  private static Object constant(Expr e) {
    if (e instanceof Expr.Constant c) {
      Object v = c.value();
      if (v == Expr.NONE) {
        return PyNone.NONE;
      }
      if (v instanceof byte[] data) {
        return PyBytes.of(data);
      }
      return v instanceof String || v instanceof Long || v instanceof Double
              || v instanceof Boolean || v instanceof java.math.BigInteger
          ? v
          : null;
    }
    if (e instanceof Expr.UnaryOp u
        && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS)
        && u.operand() instanceof Expr.Constant c
        && (c.value() instanceof Long || c.value() instanceof Double
            || c.value() instanceof java.math.BigInteger)) {
      return u.op() == UnaryOperator.NEG ? Ops.neg(c.value()) : c.value();
    }
    return null;
  }
}
