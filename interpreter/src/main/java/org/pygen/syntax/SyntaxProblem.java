package org.pygen.syntax;

/**
 * One syntax error found in a source file. {@code type} is the Python exception name:
 * "SyntaxError", "IndentationError" or "TabError". {@code line} is 1-based, {@code column} 0-based
 * (the caret goes under it); {@code endColumn} is exclusive and equals {@code column + 1} for a
 * single caret.
 */
public record SyntaxProblem(
    String type, String message, int line, int column, int endColumn, String sourceLine) {}
