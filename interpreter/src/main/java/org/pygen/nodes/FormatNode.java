package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** One {@code {value!conversion:spec}} field of an f-string. */
public final class FormatNode extends ExprNode {
  private final ExprNode value;
  private final int conversion;
  private final ExprNode spec;

  /** {@code conversion}: 's', 'r', 'a' or -1; {@code spec} null when there is none. */
  public FormatNode(ExprNode value, int conversion, ExprNode spec) {
    this.value = value;
    this.conversion = conversion;
    this.spec = spec;
  }

  @Override
  public Object eval(Frame f) {
    Object v = value.eval(f);
    switch (conversion) {
      case 'r':
        v = Ops.repr(v);
        break;
      case 'a':
        v = Ops.ascii(v);
        break;
      case 's':
        v = Ops.str(v);
        break;
      default:
        break;
    }
    if (spec == null) {
      return v instanceof String s ? s : Ops.format(v, "");
    }
    return Ops.format(v, (String) spec.eval(f));
  }

}
