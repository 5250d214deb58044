package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.exec.Tracebacks;
import org.pygen.runtime.PyException;

/**
 * {@code with manager as target: body} for code that cannot suspend: {@code __exit__} runs on
 * every way out, and a true result from it swallows the exception.
 */
public final class WithNode extends StmtNode {
  private final ExprNode manager;
  private final TargetNode target;
  private final StmtNode body;

  public WithNode(int line, ExprNode manager, TargetNode target, StmtNode body) {
    super(line);
    this.manager = manager;
    this.target = target;
    this.body = body;
  }

  @Override
  public int exec(Frame f) {
    Object mgr = manager.eval(f);
    Object exit = ContextManagers.enter(f, mgr, target);
    int c;
    try {
      c = body.exec(f);
    } catch (PyException e) {
      Tracebacks.arrived(e, f);
      f.line = line;
      if (ContextManagers.exitWithException(f, exit, e)) {
        return Completion.NORMAL;
      }
      throw e;
    }
    f.line = line;
    ContextManagers.exitNormally(f, exit);
    return c;
  }


}
