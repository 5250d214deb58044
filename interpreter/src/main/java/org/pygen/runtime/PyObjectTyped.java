package org.pygen.runtime;

/**
 * Implemented by runtime objects that are not built-in values but want {@link Ops#typeName} (and
 * so every error message) to name their Python type, such as {@code generator} or {@code
 * function}.
 */
public interface PyObjectTyped {
  /** The Python type name, as {@code type(x).__name__} would give it. */
  String typeName();

  /**
   * The object's Python type, as {@code type(x)} returns it. The default finds a built-in type
   * object of that name; class instances override it to return their class.
   */
  default Object pythonType() {
    return PyBuiltinType.named(typeName());
  }
}
