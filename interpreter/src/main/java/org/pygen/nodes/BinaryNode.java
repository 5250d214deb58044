package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.syntax.BinOperator;

/** {@code left op right} for the arithmetic and bitwise operators; the work is in {@link Ops}. */
public final class BinaryNode extends ExprNode {
  private final BinOperator op;
  private final ExprNode left;
  private final ExprNode right;
  /** See {@link Operand}: constants and local slots read without a call. */
  private final Object leftConstant;
  private final int leftSlot;
  private final Object rightConstant;
  private final int rightSlot;

  public BinaryNode(BinOperator op, ExprNode left, ExprNode right) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.leftConstant = Operand.constantOf(left);
    this.leftSlot = Operand.slotOf(left);
    this.rightConstant = Operand.constantOf(right);
    this.rightSlot = Operand.slotOf(right);
  }

  @Override
  public Object eval(Frame f) {
    Object a = Operand.read(f, leftConstant, leftSlot, left);
    Object b = Operand.read(f, rightConstant, rightSlot, right);
    if (f.ts.guardsOperations()) {
      SizeGuard.check(f.ts, op, a, b);
    }
    return apply(op, a, b);
  }

  /** Applies a binary operator; shared with augmented assignment. */
  public static Object apply(BinOperator op, Object a, Object b) {
    switch (op) {
      case ADD:
        return Ops.add(a, b);
      case SUB:
        return Ops.sub(a, b);
      case MUL:
        return Ops.mul(a, b);
      case TRUEDIV:
        return Ops.truediv(a, b);
      case FLOORDIV:
        return Ops.floordiv(a, b);
      case MOD:
        return Ops.mod(a, b);
      case POW:
        return Ops.pow(a, b);
      case LSHIFT:
        return Ops.lshift(a, b);
      case RSHIFT:
        return Ops.rshift(a, b);
      case BITAND:
        return Ops.bitAnd(a, b);
      case BITOR:
        return Ops.bitOr(a, b);
      case BITXOR:
        return Ops.bitXor(a, b);
      case MATMUL:
      default:
        return Ops.matmul(a, b);
    }
  }
}
