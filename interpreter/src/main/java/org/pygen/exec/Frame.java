package org.pygen.exec;

import org.pygen.runtime.PyException;
import org.pygen.runtime.ThreadState;

/**
 * The state of one activation of compiled code. Plain data: slots, the line being run and, for a
 * generator, the resume slots and the values passed in and out at a yield. A generator's frame
 * lives on the heap between steps; nothing else keeps the suspended state.
 */
public final class Frame {
  /** Locals, cells and temps by resolver slot; Java null means unbound. */
  public final Object[] locals;

  public final Globals globals;
  public final Code code;

  /** The thread running this frame now (a generator may be resumed by another thread). */
  public ThreadState ts;

  /** The line being executed, for tracebacks. */
  public int line;

  /** Per resumable node: 0 when not suspended inside it, else where to continue. */
  public final int[] resume;

  /** The value of the last {@code return}. */
  public Object returnValue;

  /** The value a yield hands out. */
  public Object yielded;

  /** The value send() passes in; delivered by the yield that resumes. */
  public Object sent;

  /** The exception throw()/close() passes in; raised by the yield that resumes. */
  public PyException thrown;

  /** The iterator a suspended {@code yield from} delegates to ({@code gi_yieldfrom}), or null. */
  public Object delegate;

  /** For a class body: the namespace its names are stored in, the class's future dict. */
  public java.util.Map<String, Object> namespace;


  public Frame(Code code, Globals globals, Object[] locals, ThreadState ts) {
    this.code = code;
    this.globals = globals;
    this.locals = locals;
    this.ts = ts;
    this.resume = code.resumeSlots() > 0 ? new int[code.resumeSlots()] : null;
    this.line = code.firstLine();
  }
}
