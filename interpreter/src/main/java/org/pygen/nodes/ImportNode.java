package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;

/**
 * {@code import name} / {@code import name as alias}. For a dotted name {@code import a.b}
 * imports {@code a.b} and binds the top-level module {@code a}; with an alias it binds
 * {@code a.b} itself.
 */
public final class ImportNode extends StmtNode {
  private final String module;
  private final boolean bindTopLevel;
  private final TargetNode target;

  public ImportNode(int line, String module, boolean bindTopLevel, TargetNode target) {
    super(line);
    this.module = module;
    this.bindTopLevel = bindTopLevel;
    this.target = target;
  }

  @Override
  public int exec(Frame f) {
    PyRuntime runtime = f.globals.runtime();
    // Parents first, as CPython imports them: import a.b.c imports a, a.b, then a.b.c.
    PyModule top = null;
    PyModule m = null;
    for (int dot = module.indexOf('.'); ; dot = module.indexOf('.', dot + 1)) {
      m = runtime.importModule(dot < 0 ? module : module.substring(0, dot));
      if (top == null) {
        top = m;
      }
      if (dot < 0) {
        break;
      }
    }
    target.assign(f, bindTopLevel ? top : m);
    return Completion.NORMAL;
  }
}
