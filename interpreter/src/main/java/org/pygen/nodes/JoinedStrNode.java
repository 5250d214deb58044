package org.pygen.nodes;

import org.pygen.exec.Frame;

/** An f-string: the concatenation of its literal parts and formatted fields. */
public final class JoinedStrNode extends ExprNode {
  private final ExprNode[] parts;

  public JoinedStrNode(ExprNode[] parts) {
    this.parts = parts;
  }

  @Override
  public Object eval(Frame f) {
    StringBuilder sb = new StringBuilder();
    for (ExprNode p : parts) {
      sb.append((String) p.eval(f));
    }
    return sb.toString();
  }
}
