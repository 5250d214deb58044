package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyModule;

/** {@code import name} / {@code import name as alias}: binds the module. */
public final class ImportNode extends StmtNode {
  private final String module;
  private final TargetNode target;

  public ImportNode(int line, String module, TargetNode target) {
    super(line);
    this.module = module;
    this.target = target;
  }

  @Override
  public int exec(Frame f) {
    PyModule m = f.globals.runtime().importModule(module);
    target.assign(f, m);
    return Completion.NORMAL;
  }
}
