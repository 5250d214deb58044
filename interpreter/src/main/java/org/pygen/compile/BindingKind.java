package org.pygen.compile;

/** How a name is stored in the scope that uses it. */
public enum BindingKind {
  /** A plain local variable: a frame slot holding the value. */
  LOCAL,
  /**
   * A variable shared with nested functions: a frame slot holding a {@link org.pygen.exec.Cell}.
   * Both the defining scope (its captured locals) and the using scopes (their free variables) see
   * it this way.
   */
  CELL,
  /** Looked up in the module's globals, then in the builtins. */
  GLOBAL,
  /**
   * A name in a class body: stored in the namespace the class is built from; read from there,
   * then from the globals and the builtins (CPython's LOAD_NAME).
   */
  NAMESPACE
}
