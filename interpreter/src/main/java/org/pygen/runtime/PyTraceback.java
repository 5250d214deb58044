package org.pygen.runtime;

import java.util.List;

/**
 * A traceback object, as {@code e.__traceback__} and the third argument of {@code __exit__}
 * give it: one entry of the exception's traceback (outermost first), with {@code tb_lineno} and
 * {@code tb_next}. Frames are not kept, so {@code tb_frame} is absent.
 */
public final class PyTraceback implements HasAttributes, PyObjectTyped {
  private final List<TracebackEntry> entries;
  private final int index;

  private PyTraceback(List<TracebackEntry> entries, int index) {
    this.entries = entries;
    this.index = index;
  }

  /** The traceback of {@code e} so far, or None when it has not left any frame yet. */
  public static Object of(PyBaseException e) {
    List<TracebackEntry> entries = e.traceback();
    return entries.isEmpty() ? PyNone.NONE : new PyTraceback(entries, 0);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "tb_lineno":
        return (long) entries.get(index).line();
      case "tb_next":
        return index + 1 < entries.size() ? new PyTraceback(entries, index + 1) : PyNone.NONE;
      default:
        return null;
    }
  }

  @Override
  public String typeName() {
    return "traceback";
  }

  @Override
  public String toString() {
    return "<traceback object at " + Ops.addressOf(this) + ">";
  }
}
