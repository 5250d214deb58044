package org.pygen.syntax;

/**
 * A source that parses but is nested too deeply to compile: CPython raises a {@code
 * RecursionError} or {@code MemoryError} for it rather than a SyntaxError, without a location.
 */
public final class CompileLimitException extends RuntimeException {
  private final String pythonType;

  private CompileLimitException(String pythonType, String message) {
    super(message, null, false, false);
    this.pythonType = pythonType;
  }

  /** Expressions or statements nested past what the compiler accepts. */
  static CompileLimitException tooDeep() {
    return new CompileLimitException(
        "RecursionError", "maximum recursion depth exceeded during compilation");
  }

  /**
   * Rules of the parser nested past its limit. CPython 3.11 raises a bare MemoryError here; the
   * message is the one later CPython versions give it.
   */
  static CompileLimitException parserStack() {
    return new CompileLimitException(
        "MemoryError", "Parser stack overflowed - Python source too complex to parse");
  }

  /** The Python exception's name: "RecursionError" or "MemoryError". */
  public String pythonType() {
    return pythonType;
  }
}
