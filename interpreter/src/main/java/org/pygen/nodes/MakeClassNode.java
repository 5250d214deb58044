package org.pygen.nodes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pygen.exec.Cell;
import org.pygen.exec.ClassBody;
import org.pygen.exec.Code;
import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyClass;
import org.pygen.runtime.PyTuple;

/**
 * Runs a {@code class} statement: evaluates the decorators and the bases, runs the body to fill
 * the namespace, builds the class, fills the {@code __class__} cell its methods' {@code super()}
 * reads, and applies the decorators (innermost first).
 */
public final class MakeClassNode extends ExprNode {
  private final int line;
  private final Code body;
  private final String name;
  private final String qualname;
  private final ExprNode[] decorators;
  /** Builds the tuple of bases (a starred base is unpacked into it). */
  private final ExprNode bases;
  private final int[] closureSlots;
  /** The body frame's slot of the {@code __class__} cell, or -1 when no method needs it. */
  private final int classCellSlot;
  /** The docstring, or null. */
  private final String doc;

  public MakeClassNode(
      int line,
      Code body,
      String name,
      String qualname,
      ExprNode[] decorators,
      ExprNode bases,
      int[] closureSlots,
      int classCellSlot,
      String doc) {
    this.line = line;
    this.body = body;
    this.name = name;
    this.qualname = qualname;
    this.decorators = decorators;
    this.bases = bases;
    this.closureSlots = closureSlots;
    this.classCellSlot = classCellSlot;
    this.doc = doc;
  }

  @Override
  public Object eval(Frame f) {
    Object[] decos = new Object[decorators.length];
    for (int i = 0; i < decos.length; i++) {
      decos[i] = decorators[i].eval(f);
    }
    Object[] baseValues = ((PyTuple) bases.eval(f)).toArray();
    Cell[] closure = new Cell[closureSlots.length];
    for (int i = 0; i < closure.length; i++) {
      closure[i] = (Cell) f.locals[closureSlots[i]];
    }
    Map<String, Object> namespace = new LinkedHashMap<>();
    Object module = f.globals.get("__name__");
    namespace.put("__module__", module != null ? module : "__main__");
    namespace.put("__qualname__", qualname);
    if (doc != null) {
      namespace.put("__doc__", doc);
    }
    f.line = line;
    Frame bodyFrame = ClassBody.run(f.ts, body, f.globals, closure, namespace);
    f.line = line;
    Object cls = PyClass.create(f.ts, name, qualname, baseValues, namespace);
    if (classCellSlot >= 0) {
      ((Cell) bodyFrame.locals[classCellSlot]).value = cls;
    }
    for (int i = decos.length - 1; i >= 0; i--) {
      cls = Ops.call(f.ts, decos[i], new Object[] {cls}, null);
    }
    return cls;
  }
}
