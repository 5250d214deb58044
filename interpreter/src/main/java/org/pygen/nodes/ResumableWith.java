package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.Tracebacks;
import org.pygen.runtime.PyException;

/**
 * A with statement in a generator whose body yields. The bound {@code __exit__} waits in a hidden
 * frame slot while the generator is suspended; closing or throwing into the generator raises at
 * the yield, and the exception passes through {@code __exit__} as usual.
 */
public final class ResumableWith extends StmtNode {
  private final ExprNode manager;
  private final TargetNode target;
  private final StmtNode body;
  private final int slot;
  private final int exitSlot;

  public ResumableWith(
      int line, ExprNode manager, TargetNode target, StmtNode body, int slot, int exitSlot) {
    super(line);
    this.manager = manager;
    this.target = target;
    this.body = body;
    this.slot = slot;
    this.exitSlot = exitSlot;
  }

  @Override
  public int exec(Frame f) {
    Object exit;
    if (f.resume[slot] == 0) {
      exit = ContextManagers.enter(f, manager.eval(f), target);
      f.locals[exitSlot] = exit;
    } else {
      f.resume[slot] = 0;
      exit = f.locals[exitSlot];
    }
    int c;
    try {
      c = body.exec(f);
    } catch (PyException e) {
      Tracebacks.arrived(e, f);
      f.locals[exitSlot] = null;
      f.line = line;
      if (ContextManagers.exitWithException(f, exit, e)) {
        return Completion.NORMAL;
      }
      throw e;
    }
    if (c == Completion.YIELD) {
      f.resume[slot] = 1;
      return c;
    }
    f.locals[exitSlot] = null;
    f.line = line;
    ContextManagers.exitNormally(f, exit);
    return c;
  }
}
