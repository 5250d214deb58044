package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** {@code obj.name}. */
public final class AttributeNode extends ExprNode {
  private final ExprNode object;
  private final String name;

  public AttributeNode(ExprNode object, String name) {
    this.object = object;
    this.name = name;
  }

  @Override
  public Object eval(Frame f) {
    return Ops.getAttr(f.ts, object.eval(f), name);
  }
}
