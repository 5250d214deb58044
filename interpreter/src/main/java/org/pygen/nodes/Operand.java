package org.pygen.nodes;

import org.pygen.exec.Frame;

/**
 * How an operator node reads an operand that is a local variable or a constant without a call
 * through {@link ExprNode#eval}: the node keeps the slot or the value in its own fields. Reading
 * {@code n} in {@code n - 1} or {@code i < 10} is then a field read instead of a virtual call,
 * which matters because nearly every operator has such an operand.
 */
final class Operand {
  private Operand() {}

  /** The constant an operand always evaluates to, or null when it is not a constant. */
  static Object constantOf(ExprNode e) {
    return e instanceof ConstNode c ? c.value() : null;
  }

  /** The frame slot an operand reads, or -1 when it is not a plain local read. */
  static int slotOf(ExprNode e) {
    return e instanceof LocalLoad l ? l.slot() : -1;
  }

  /**
   * Reads an operand: its constant when it has one, else its slot when that is bound, else
   * evaluates the node (which raises UnboundLocalError for an unbound slot).
   */
  static Object read(Frame f, Object constant, int slot, ExprNode node) {
    if (constant != null) {
      return constant;
    }
    if (slot >= 0) {
      Object v = f.locals[slot];
      if (v != null) {
        return v;
      }
    }
    return node.eval(f);
  }
}
