package org.pygen.compile;

import org.pygen.syntax.Pos;

/** A yield in a place the lowering does not handle yet; reported as a SyntaxError. */
final class LoweringException extends RuntimeException {
  final Pos pos;

  LoweringException(Pos pos, String message) {
    super(message, null, false, false);
    this.pos = pos;
  }
}
