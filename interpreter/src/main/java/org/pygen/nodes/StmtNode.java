package org.pygen.nodes;

import org.pygen.exec.Frame;

/**
 * An executable statement. {@link #exec} returns a completion code from {@link Completion}:
 * break, continue and return travel as return values, never as Java exceptions.
 */
public abstract class StmtNode {
  /** The source line, recorded in the frame before the statement runs (for tracebacks). */
  public final int line;

  protected StmtNode(int line) {
    this.line = line;
  }

  public abstract int exec(Frame f);
}
