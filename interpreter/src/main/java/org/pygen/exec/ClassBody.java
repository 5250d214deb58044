package org.pygen.exec;

import java.util.Map;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.ThreadState;

/**
 * Runs the body of a {@code class} statement: its code executes once, in a frame of its own whose
 * names are stored in {@code namespace}, the dict the class is then built from.
 */
public final class ClassBody {
  private ClassBody() {}

  /** Runs the body; returns its frame, whose slots hold the {@code __class__} cell if any. */
  public static Frame run(
      ThreadState ts, Code code, Globals globals, Cell[] closure, Map<String, Object> namespace) {
    Object[] locals = new Object[code.slotCount()];
    for (int s : code.ownCellSlots()) {
      locals[s] = new Cell();
    }
    int[] free = code.freeSlots();
    for (int i = 0; i < free.length; i++) {
      locals[free[i]] = closure[i];
    }
    Frame f = new Frame(code, globals, locals, ts);
    f.namespace = namespace;
    ts.enterCall();
    try {
      code.body().exec(f);
      return f;
    } catch (PyException e) {
      Tracebacks.record(e, f);
      throw e;
    } catch (StackOverflowError e) {
      PyException pe =
          PyException.of(PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded");
      Tracebacks.record(pe, f);
      throw pe;
    } finally {
      ts.exitCall();
    }
  }
}
