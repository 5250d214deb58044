package org.pygen.nodes;

import org.pygen.exec.Frame;
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

  public AugAssignNode(int line, ExprNode load, TargetNode store, BinOperator op, ExprNode value) {
    super(line);
    this.load = load;
    this.store = store;
    this.op = op;
    this.value = value;
  }

  @Override
  public int exec(Frame f) {
    Object current = load.eval(f);
    Object v = value.eval(f);
    store.assign(f, InPlace.apply(f.ts, op, current, v));
    return Completion.NORMAL;
  }
}
