package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyModule;

/** {@code from module import a, b as c}. */
public final class ImportFromNode extends StmtNode {
  private final String module;
  private final String[] names;
  private final TargetNode[] targets;

  public ImportFromNode(int line, String module, String[] names, TargetNode[] targets) {
    super(line);
    this.module = module;
    this.names = names;
    this.targets = targets;
  }

  @Override
  public int exec(Frame f) {
    PyModule m = f.globals.runtime().importModule(module);
    for (int i = 0; i < names.length; i++) {
      Object v = m.getAttribute(f.ts, names[i]);
      if (v == null) {
        throw PyException.of(
            PyExceptionType.IMPORT_ERROR,
            "cannot import name '" + names[i] + "' from '" + module + "' (unknown location)");
      }
      targets[i].assign(f, v);
    }
    return Completion.NORMAL;
  }
}
