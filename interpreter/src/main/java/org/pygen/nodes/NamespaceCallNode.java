package org.pygen.nodes;

import java.util.Map;
import org.pygen.exec.Cell;
import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyDict;

/**
 * A direct call {@code globals()} or {@code locals()}: the builtins cannot see the calling frame,
 * so the compiler turns the call into this node, which reads the frame itself when the name
 * still means the builtin. The dict returned is a snapshot: assigning into it does not change
 * the variables (CPython's {@code globals()} is the live namespace).
 */
public final class NamespaceCallNode extends ExprNode {
  private final int line;
  private final ExprNode function;
  private final boolean globals;
  /** For locals() in a function: the variables' names and slots, and which hold cells. */
  private final String[] names;
  private final int[] slots;
  private final boolean[] cells;

  public NamespaceCallNode(
      int line, ExprNode function, boolean globals, String[] names, int[] slots,
      boolean[] cells) {
    this.line = line;
    this.function = function;
    this.globals = globals;
    this.names = names;
    this.slots = slots;
    this.cells = cells;
  }

  @Override
  public Object eval(Frame f) {
    Object fn = function.eval(f);
    f.line = line;
    String builtinName = globals ? "globals" : "locals";
    if (fn != f.globals.runtime().builtins().get(builtinName)) {
      return Ops.call(f.ts, fn, new Object[0], null);
    }
    PyDict d = new PyDict();
    if (globals || names == null) {
      Map<String, Object> source = !globals && f.namespace != null ? f.namespace
          : f.globals.asMap();
      for (Map.Entry<String, Object> e : source.entrySet()) {
        d.put(e.getKey(), e.getValue());
      }
      return d;
    }
    for (int i = 0; i < names.length; i++) {
      Object v = f.locals[slots[i]];
      if (cells[i] && v != null) {
        v = ((Cell) v).value;
      }
      if (v != null) {
        d.put(names[i], v);
      }
    }
    return d;
  }
}
