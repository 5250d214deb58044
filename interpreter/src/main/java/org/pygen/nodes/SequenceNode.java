package org.pygen.nodes;

import java.util.ArrayList;
import java.util.List;
import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PySet;
import org.pygen.runtime.PyTuple;

/** A list, tuple or set display, with {@code *iterable} elements spliced in. */
public final class SequenceNode extends ExprNode {
  /** Which container a display builds. */
  public enum Kind {
    LIST,
    TUPLE,
    SET
  }

  private final Kind kind;
  private final ExprNode[] elements;
  private final boolean[] starred;
  private final boolean anyStarred;

  public SequenceNode(Kind kind, ExprNode[] elements, boolean[] starred) {
    this.kind = kind;
    this.elements = elements;
    this.starred = starred;
    boolean any = false;
    for (boolean b : starred) {
      any |= b;
    }
    this.anyStarred = any;
  }

  @Override
  public Object eval(Frame f) {
    Object[] items;
    if (!anyStarred) {
      items = new Object[elements.length];
      for (int i = 0; i < elements.length; i++) {
        items[i] = elements[i].eval(f);
      }
    } else {
      List<Object> acc = new ArrayList<>();
      for (int i = 0; i < elements.length; i++) {
        Object v = elements[i].eval(f);
        if (starred[i]) {
          PyIterator it = Ops.iter(f.ts, v);
          for (Object x = it.next(f.ts); x != PyIterator.DONE; x = it.next(f.ts)) {
            acc.add(x);
          }
        } else {
          acc.add(v);
        }
      }
      items = acc.toArray();
    }
    switch (kind) {
      case TUPLE:
        return PyTuple.of(items);
      case SET:
        {
          PySet s = new PySet();
          for (Object o : items) {
            s.add(o);
          }
          return s;
        }
      case LIST:
      default:
        {
          PyList l = new PyList();
          for (Object o : items) {
            l.append(o);
          }
          return l;
        }
    }
  }
}
