package org.pygen.nodes;

import org.pygen.exec.Frame;

/**
 * Runs the body of a loop, a function or a generator. Such a body is nearly always a block, and
 * {@code body.exec(f)} is a megamorphic call (every kind of statement node implements exec),
 * which the JIT can neither predict well nor inline. Testing for the two block classes first
 * turns it into a type check and a direct call the JIT inlines: one costly call fewer for every
 * loop iteration, function call and generator resume.
 */
public final class Bodies {
  private Bodies() {}

  public static int run(Frame f, StmtNode body) {
    if (body instanceof BlockNode b) {
      return b.execDirectly(f);
    }
    if (body instanceof ResumableBlock b) {
      return b.execDirectly(f);
    }
    return body.exec(f);
  }
}
