package org.pygen.exec;

import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/** A function's code as scripts see it ({@code gi_code}, {@code __code__}): names and place. */
final class CodeView implements HasAttributes, PyObjectTyped {
  private final Code code;

  CodeView(Code code) {
    this.code = code;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "co_name":
        return code.name();
      case "co_qualname":
        return code.qualname();
      case "co_filename":
        return code.fileName();
      case "co_firstlineno":
        return (long) code.firstLine();
      default:
        return null;
    }
  }

  @Override
  public String typeName() {
    return "code";
  }

  @Override
  public String toString() {
    return "<code object "
        + code.name()
        + " at 0x"
        + Integer.toHexString(System.identityHashCode(code))
        + ", file \""
        + code.fileName()
        + "\", line "
        + code.firstLine()
        + ">";
  }
}
