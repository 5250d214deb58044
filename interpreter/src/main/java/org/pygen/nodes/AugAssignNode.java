package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.syntax.BinOperator;

/**
 * {@code target op= value}. The target's current value is read through {@code load} and the
 * result stored through {@code store}; for a subscript or attribute target the compiler evaluates
 * the container and index once into hidden slots, so nothing is evaluated twice.
 */
public final class AugAssignNode extends StmtNode {
  private final ExprNode load;
  private final TargetNode store;
  private final BinOperator op;
  private final ExprNode value;
  /** See {@link Operand}: a constant or local value read without a call. */
  private final Object valueConstant;
  private final int valueSlot;
  /** The slot when the target is a local variable ({@code i += 1}), else -1; see AssignNode. */
  private final int localSlot;

  public AugAssignNode(int line, ExprNode load, TargetNode store, BinOperator op, ExprNode value) {
    super(line);
    this.load = load;
    this.store = store;
    this.op = op;
    this.value = value;
    this.valueConstant = Operand.constantOf(value);
    this.valueSlot = Operand.slotOf(value);
    this.localSlot = store instanceof LocalTarget t ? t.slot() : -1;
  }

  @Override
  public int exec(Frame f) {
    Object current = localSlot >= 0 ? Operand.read(f, null, localSlot, load) : load.eval(f);
    Object v = Operand.read(f, valueConstant, valueSlot, value);
    Object result = null;
    if (current instanceof Long x && v instanceof Long y) {
      // i += 1 and the like on ints: no in-place method to look for and no size to check.
      if (op == BinOperator.ADD) {
        result = Ops.add(x, y);
      } else if (op == BinOperator.SUB) {
        result = Ops.sub(x, y);
      }
    }
    if (result == null) {
      result = InPlace.apply(f.ts, op, current, v);
    }
    if (localSlot >= 0) {
      f.locals[localSlot] = result;
    } else {
      store.assign(f, result);
    }
    return Completion.NORMAL;
  }
}
