package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;

/** A dict display; a null key splices in a mapping ({@code **m}). */
public final class DictNode extends ExprNode {
  private final ExprNode[] keys;
  private final ExprNode[] values;

  public DictNode(ExprNode[] keys, ExprNode[] values) {
    this.keys = keys;
    this.values = values;
  }

  @Override
  public Object eval(Frame f) {
    PyDict d = new PyDict();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        Object m = values[i].eval(f);
        if (!(m instanceof PyDict other)) {
          throw PyException.typeError(
              "'" + org.pygen.runtime.Ops.typeName(m) + "' object is not a mapping");
        }
        d.putAll(other);
      } else {
        Object k = keys[i].eval(f);
        d.put(k, values[i].eval(f));
      }
    }
    return d;
  }
}
