package org.pygen.nodes;

import java.util.ArrayList;
import java.util.List;
import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyTuple;

/**
 * {@code a, b = value} and {@code a, *rest, b = value}: iterates the value and assigns the parts.
 * {@code starIndex} is the position of the starred target, or -1.
 */
public final class UnpackTarget extends TargetNode {
  private final TargetNode[] targets;
  private final int starIndex;

  public UnpackTarget(TargetNode[] targets, int starIndex) {
    this.targets = targets;
    this.starIndex = starIndex;
  }

  @Override
  public void assign(Frame f, Object value) {
    if (starIndex < 0 && value instanceof PyTuple t && t.size() == targets.length) {
      for (int i = 0; i < targets.length; i++) {
        targets[i].assign(f, t.get(i));
      }
      return;
    }
    List<Object> items = collect(f, value);
    int n = targets.length;
    if (starIndex < 0) {
      if (items.size() != n) {
        throw items.size() > n
            ? PyException.valueError("too many values to unpack (expected " + n + ")")
            : PyException.valueError(
                "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
      }
      for (int i = 0; i < n; i++) {
        targets[i].assign(f, items.get(i));
      }
      return;
    }
    int after = n - starIndex - 1;
    if (items.size() < n - 1) {
      throw PyException.valueError(
          "not enough values to unpack (expected at least "
              + (n - 1)
              + ", got "
              + items.size()
              + ")");
    }
    for (int i = 0; i < starIndex; i++) {
      targets[i].assign(f, items.get(i));
    }
    int restEnd = items.size() - after;
    PyList rest = new PyList();
    for (int i = starIndex; i < restEnd; i++) {
      rest.append(items.get(i));
    }
    targets[starIndex].assign(f, rest);
    for (int i = 0; i < after; i++) {
      targets[starIndex + 1 + i].assign(f, items.get(restEnd + i));
    }
  }

  private List<Object> collect(Frame f, Object value) {
    PyIterator it;
    try {
      it = Ops.iter(f.ts, value);
    } catch (PyException e) {
      if (e.isInstance(org.pygen.runtime.PyExceptionType.TYPE_ERROR)) {
        throw PyException.typeError(
            "cannot unpack non-iterable " + Ops.typeName(value) + " object");
      }
      throw e;
    }
    List<Object> items = new ArrayList<>();
    int limit = starIndex < 0 ? targets.length + 1 : Integer.MAX_VALUE;
    for (Object v = it.next(f.ts); v != PyIterator.DONE; v = it.next(f.ts)) {
      items.add(v);
      if (items.size() >= limit) {
        break;
      }
    }
    return items;
  }

  @Override
  public void delete(Frame f) {
    for (TargetNode t : targets) {
      t.delete(f);
    }
  }
}
