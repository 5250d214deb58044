package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.AttributeSite;

/** {@code obj.name}. */
public final class AttributeNode extends ExprNode {
  private final ExprNode object;
  private final AttributeSite site;

  public AttributeNode(ExprNode object, String name) {
    this.object = object;
    this.site = new AttributeSite(name);
  }

  @Override
  public Object eval(Frame f) {
    return site.get(f.ts, object.eval(f));
  }
}
