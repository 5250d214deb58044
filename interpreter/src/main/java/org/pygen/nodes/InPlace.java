package org.pygen.nodes;

import org.pygen.runtime.Ops;
import org.pygen.runtime.ThreadState;
import org.pygen.syntax.BinOperator;

/** Maps an augmented assignment's operator to its in-place operation in {@link Ops}. */
final class InPlace {
  private InPlace() {}

  static Object apply(ThreadState ts, BinOperator op, Object current, Object value) {
    if (ts.guardsOperations()) {
      SizeGuard.check(ts, op, current, value);
    }
    switch (op) {
      case ADD:
        return Ops.iadd(ts, current, value);
      case SUB:
        return Ops.isub(ts, current, value);
      case MUL:
        return Ops.imul(ts, current, value);
      case TRUEDIV:
        return Ops.itruediv(ts, current, value);
      case FLOORDIV:
        return Ops.ifloordiv(ts, current, value);
      case MOD:
        return Ops.imod(ts, current, value);
      case POW:
        return Ops.ipow(ts, current, value);
      case LSHIFT:
        return Ops.ilshift(ts, current, value);
      case RSHIFT:
        return Ops.irshift(ts, current, value);
      case BITAND:
        return Ops.iand(ts, current, value);
      case BITOR:
        return Ops.ior(ts, current, value);
      case BITXOR:
        return Ops.ixor(ts, current, value);
      case MATMUL:
      default:
        return BinaryNode.apply(op, current, value);
    }
  }
}
