package org.pygen.nodes;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyList;
import org.pygen.runtime.ThreadState;
import org.pygen.syntax.BinOperator;

/**
 * The augmented operators. Immutable values get the plain binary result; a list's {@code +=} and
 * {@code *=} change the list itself, as in Python, so every name bound to it sees the change.
 */
final class InPlace {
  private InPlace() {}

  static Object apply(ThreadState ts, BinOperator op, Object current, Object value) {
    if (current instanceof PyList list) {
      if (op == BinOperator.ADD) {
        list.extend(Ops.toArray(ts, value));
        return list;
      }
    }
    return BinaryNode.apply(op, current, value);
  }
}
