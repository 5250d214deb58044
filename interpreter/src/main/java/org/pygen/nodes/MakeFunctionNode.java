package org.pygen.nodes;

import java.util.HashMap;
import java.util.Map;
import org.pygen.exec.Cell;
import org.pygen.exec.Code;
import org.pygen.exec.Frame;
import org.pygen.exec.PyFunction;
import org.pygen.runtime.Ops;

/**
 * Runs a {@code def} or {@code lambda}: evaluates decorators and default values, captures the
 * closure cells, builds the function object and applies the decorators (innermost first).
 */
public final class MakeFunctionNode extends ExprNode {
  private final Code code;
  private final ExprNode[] decorators;
  private final ExprNode[] defaults;
  private final String[] kwDefaultNames;
  private final ExprNode[] kwDefaults;
  private final int[] closureSlots;

  public MakeFunctionNode(
      Code code,
      ExprNode[] decorators,
      ExprNode[] defaults,
      String[] kwDefaultNames,
      ExprNode[] kwDefaults,
      int[] closureSlots) {
    this.code = code;
    this.decorators = decorators;
    this.defaults = defaults;
    this.kwDefaultNames = kwDefaultNames;
    this.kwDefaults = kwDefaults;
    this.closureSlots = closureSlots;
  }

  @Override
  public Object eval(Frame f) {
    Object[] decos = new Object[decorators.length];
    for (int i = 0; i < decos.length; i++) {
      decos[i] = decorators[i].eval(f);
    }
    Object[] defs = new Object[defaults.length];
    for (int i = 0; i < defs.length; i++) {
      defs[i] = defaults[i].eval(f);
    }
    Map<String, Object> kwDefs = null;
    if (kwDefaults.length > 0) {
      kwDefs = new HashMap<>();
      for (int i = 0; i < kwDefaults.length; i++) {
        kwDefs.put(kwDefaultNames[i], kwDefaults[i].eval(f));
      }
    }
    Cell[] closure = new Cell[closureSlots.length];
    for (int i = 0; i < closure.length; i++) {
      closure[i] = (Cell) f.locals[closureSlots[i]];
    }
    Object fn = new PyFunction(code, f.globals, defs, kwDefs, closure);
    for (int i = decos.length - 1; i >= 0; i--) {
      fn = Ops.call(f.ts, decos[i], new Object[] {fn}, null);
    }
    return fn;
  }
}
