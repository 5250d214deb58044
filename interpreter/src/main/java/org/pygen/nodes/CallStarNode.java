package org.pygen.nodes;

import java.util.ArrayList;
import java.util.List;
import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.StarArguments;

/** A call with {@code *iterable} or {@code **mapping} arguments, flattened at run time. */
public final class CallStarNode extends ExprNode {
  private final int line;
  private final ExprNode function;
  private final ExprNode[] positional;
  private final boolean[] starred;
  private final ExprNode[] keywordValues;
  /** A null name marks {@code **mapping}. */
  private final String[] keywordNames;

  public CallStarNode(
      int line,
      ExprNode function,
      ExprNode[] positional,
      boolean[] starred,
      ExprNode[] keywordValues,
      String[] keywordNames) {
    this.line = line;
    this.function = function;
    this.positional = positional;
    this.starred = starred;
    this.keywordValues = keywordValues;
    this.keywordNames = keywordNames;
  }

  @Override
  public Object eval(Frame f) {
    Object fn = function.eval(f);
    List<Object> pos = new ArrayList<>();
    for (int i = 0; i < positional.length; i++) {
      Object v = positional[i].eval(f);
      if (starred[i]) {
        StarArguments.addStarred(f.ts, fn, v, pos);
      } else {
        pos.add(v);
      }
    }
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < keywordValues.length; i++) {
      Object v = keywordValues[i].eval(f);
      if (keywordNames[i] != null) {
        StarArguments.addKeyword(f.ts, fn, names, values, keywordNames[i], v);
      } else {
        StarArguments.addMapping(f.ts, fn, v, names, values);
      }
    }
    Object[] all = new Object[pos.size() + values.size()];
    for (int i = 0; i < pos.size(); i++) {
      all[i] = pos.get(i);
    }
    for (int i = 0; i < values.size(); i++) {
      all[pos.size() + i] = values.get(i);
    }
    f.line = line;
    return Ops.call(f.ts, fn, all, names.isEmpty() ? null : names.toArray(new String[0]));
  }
}
