package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.AttributeSite;
import org.pygen.runtime.Ops;

/** {@code obj.name = value}. */
public final class AttributeTarget extends TargetNode {
  private final ExprNode object;
  private final AttributeSite site;

  public AttributeTarget(ExprNode object, String name) {
    this.object = object;
    this.site = new AttributeSite(name);
  }

  @Override
  public void assign(Frame f, Object value) {
    site.set(f.ts, object.eval(f), value);
  }

  @Override
  public void delete(Frame f) {
    Ops.delAttr(f.ts, object.eval(f), site.name());
  }
}
