package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyDict;

/** {@code obj[index] = value} and {@code del obj[index]}. */
public final class SubscriptTarget extends TargetNode {
  private final ExprNode object;
  private final ExprNode index;

  public SubscriptTarget(ExprNode object, ExprNode index) {
    this.object = object;
    this.index = index;
  }

  @Override
  public void assign(Frame f, Object value) {
    Object o = object.eval(f);
    Object key = index.eval(f);
    if (o instanceof PyDict d && f.ts.hasSizeLimit()) {
      // A new key makes the dict grow: about 16 bytes an entry.
      f.ts.checkSize(16L * (d.size() + 1L));
    }
    Ops.setItem(f.ts, o, key, value);
  }

  @Override
  public void delete(Frame f) {
    Object o = object.eval(f);
    Ops.delItem(o, index.eval(f));
  }
}
