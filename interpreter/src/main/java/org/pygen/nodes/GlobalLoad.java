package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.NameCell;

/**
 * Reads a module global, falling back to the builtins. The name's cell is looked up once and
 * kept: it stays valid as long as the frame's globals are the ones it came from.
 */
public final class GlobalLoad extends ExprNode {
  private final String name;
  /** The cell last used; racy but benign, as any thread's store is a valid cell. */
  private NameCell cell;

  public GlobalLoad(String name) {
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    NameCell c = cell;
    if (c == null || c.owner() != f.globals.namespace()) {
      c = f.globals.cell(name);
      cell = c;
    }
    Object v = c.lookup();
    if (v == null) {
      throw NameErrors.undefinedGlobal(name, f);
    }
    return v;
  }
}
