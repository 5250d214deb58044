package org.pygen.runtime;

import java.util.Map;

/**
 * A class written in Java by a module (such as {@code threading.Thread}) that a {@code class}
 * statement may derive from. Instances of such a subclass are {@link PyInstance}s; the class's
 * {@code __init__} keeps its Java object in the instance ({@link PyInstance#nativeState}) and its
 * other methods work on that.
 */
public interface NativeBase extends PyCallable {
  /** The class's {@code __name__}. */
  String name();

  /** What the class contributes to its subclasses: methods and properties, by name. */
  Map<String, Object> members();
}
