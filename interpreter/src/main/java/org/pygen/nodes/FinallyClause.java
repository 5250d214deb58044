package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyException;

/** Runs a finally clause, chaining an exception it raises to the one that was pending. */
final class FinallyClause {
  private FinallyClause() {}

  static int run(StmtNode finalBody, Frame f, PyException pending) {
    if (pending == null) {
      return finalBody.exec(f);
    }
    try {
      return finalBody.exec(f);
    } catch (PyException raised) {
      raised.value().setContextIfAbsent(pending.value());
      throw raised;
    }
  }
}
