package org.pygen.syntax;

/** Every AST node knows where it came from. */
public interface Node {
  Pos pos();
}
