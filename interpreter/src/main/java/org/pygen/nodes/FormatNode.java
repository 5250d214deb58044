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
        v = ascii(Ops.repr(v));
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

  /** {@code ascii()}: the repr with every non-ASCII character escaped. */
  private static String ascii(String repr) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < repr.length(); ) {
      int cp = repr.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        sb.append((char) cp);
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    return sb.toString();
  }
}
