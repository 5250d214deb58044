package org.pygen.exec;

import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * A read-only look at a frame, as {@code gen.gi_frame} returns it: the line it is on and its
 * code. It is a view, created on demand, so frames themselves stay plain data.
 */
final class FrameView implements HasAttributes, PyObjectTyped {
  private final Frame frame;

  FrameView(Frame frame) {
    this.frame = frame;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "f_lineno":
        return (long) frame.line;
      case "f_code":
        return frame.code.view();
      default:
        return null;
    }
  }

  @Override
  public String typeName() {
    return "frame";
  }

  @Override
  public String toString() {
    return "<frame at 0x"
        + Integer.toHexString(System.identityHashCode(frame))
        + ", file '"
        + frame.code.fileName()
        + "', line "
        + frame.line
        + ", code "
        + frame.code.name()
        + ">";
  }
}
