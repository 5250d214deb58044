package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.SpecialMethods;
import org.pygen.syntax.CmpOperator;

/**
 * A comparison with one operator, {@code a < b}: by far the most common shape, so it gets its own
 * node with a fast path for two ints. Chains ({@code a < b < c}) use {@link CompareNode}.
 */
public final class SingleCompareNode extends ExprNode {
  private final ExprNode left;
  private final CmpOperator op;
  private final ExprNode right;
  /**
   * For the six rich comparisons: bit {@code Long.compare(a, b) + 1} is set when the operator
   * holds for that ordering (LT holds for -1, so its mask is 0b001). Zero for the others.
   */
  private final int longOutcomes;
  /** See {@link Operand}: constants and local slots read without a call. */
  private final Object leftConstant;
  private final int leftSlot;
  private final Object rightConstant;
  private final int rightSlot;

  public SingleCompareNode(ExprNode left, CmpOperator op, ExprNode right) {
    this.left = left;
    this.op = op;
    this.right = right;
    this.longOutcomes = outcomes(op);
    this.leftConstant = Operand.constantOf(left);
    this.leftSlot = Operand.slotOf(left);
    this.rightConstant = Operand.constantOf(right);
    this.rightSlot = Operand.slotOf(right);
  }

  private static int outcomes(CmpOperator op) {
    switch (op) {
      case LT:
        return 0b001;
      case LE:
        return 0b011;
      case EQ:
        return 0b010;
      case NE:
        return 0b101;
      case GT:
        return 0b100;
      case GE:
        return 0b110;
      default:
        return 0;
    }
  }

  @Override
  public Object eval(Frame f) {
    Object a = Operand.read(f, leftConstant, leftSlot, left);
    Object b = Operand.read(f, rightConstant, rightSlot, right);
    if (longOutcomes != 0 && a instanceof Long x && b instanceof Long y) {
      return holds(Long.compare(x, y));
    }
    return general(f, a, b);
  }

  @Override
  public boolean evalCondition(Frame f) {
    Object a = Operand.read(f, leftConstant, leftSlot, left);
    Object b = Operand.read(f, rightConstant, rightSlot, right);
    if (longOutcomes != 0 && a instanceof Long x && b instanceof Long y) {
      return holds(Long.compare(x, y));
    }
    Object r = general(f, a, b);
    return r instanceof Boolean bool ? bool : Ops.isTrue(r);
  }

  private boolean holds(int comparison) {
    return ((longOutcomes >> (comparison + 1)) & 1) != 0;
  }

  private Object general(Frame f, Object a, Object b) {
    if (op.isRich() && SpecialMethods.involvesUser(a, b)) {
      // A user's __eq__, __lt__... may return any object: it is the comparison's value.
      return Ops.richCompare(op.symbol(), a, b);
    }
    return CompareNode.compare(f.ts, op, a, b);
  }
}
