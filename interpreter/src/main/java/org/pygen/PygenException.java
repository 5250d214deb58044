package org.pygen;

import java.util.List;

/**
 * A Python error that reached Java: an uncaught exception raised by a script, or a syntax error in
 * its source. Carries the Python exception type name ({@code "ValueError"}, {@code
 * "SyntaxError"}), its message, the traceback as {@linkplain #frames() frames}, the text CPython
 * would print for it and, for a syntax error, {@linkplain #problems() every problem found}.
 *
 * <p>When the Python exception translates a Java exception thrown by a Java function the script
 * called (see {@link JavaFunction}), {@link #getCause()} is that original Java exception.
 */
public final class PygenException extends RuntimeException {
  private final String pythonType;
  private final String pythonMessage;
  private final String formatted;
  private final List<Frame> frames;
  private final List<Problem> problems;
  private int exitStatus = 1;
  private String exitMessage;

  /**
   * One frame of a traceback, outermost first. {@code line} is 1-based; {@code column} is the
   * 1-based column where the frame's statement starts on that line, or -1 when unknown (pygen
   * records lines, not the column of the failing sub-expression that CPython's carets show).
   */
  public record Frame(String fileName, int line, int column, String functionName) {
    /** A frame whose column is unknown. */
    public Frame(String fileName, int line, String functionName) {
      this(fileName, line, -1, functionName);
    }
  }

  /**
   * One syntax error found in a source: its Python type ({@code "SyntaxError"}, {@code
   * "IndentationError"}, {@code "TabError"}), message, file, 1-based line and 1-based column (where
   * CPython puts the caret; CPython's {@code SyntaxError.offset}).
   */
  public record Problem(String type, String message, String fileName, int line, int column) {}

  PygenException(
      String pythonType, String pythonMessage, String formatted, List<Frame> frames) {
    this(pythonType, pythonMessage, formatted, frames, List.of());
  }

  PygenException(
      String pythonType,
      String pythonMessage,
      String formatted,
      List<Frame> frames,
      List<Problem> problems) {
    super(formatted.strip());
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
    this.formatted = formatted;
    this.frames = List.copyOf(frames);
    this.problems = List.copyOf(problems);
  }

  /** The Python exception class name, e.g. {@code "NameError"}. */
  /**
   * For an uncaught {@code SystemExit}: the process exit status CPython would use ({@code
   * sys.exit()} or {@code sys.exit(None)} 0, {@code sys.exit(n)} n, anything else 1); 1 for any
   * other error.
   */
  public int exitStatus() {
    return exitStatus;
  }

  /**
   * For an uncaught {@code SystemExit} whose argument is not an int or None: the text CPython
   * prints to stderr ({@code str(arg)}); otherwise null.
   */
  public String exitMessage() {
    return exitMessage;
  }

  /** Records what a {@code SystemExit} asks of the process; see {@link #exitStatus()}. */
  PygenException withExit(int status, String message) {
    this.exitStatus = status;
    this.exitMessage = message;
    return this;
  }

  public String pythonType() {
    return pythonType;
  }

  /** The exception's message, {@code str(e)} in Python. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /**
   * The error exactly as CPython prints it to stderr: a traceback ending in {@code Type: message},
   * or for a syntax error the file, line, source line, caret and message. Ends with a newline.
   */
  public String formatted() {
    return formatted;
  }

  /** The traceback frames, outermost first (empty for a syntax error). */
  public List<Frame> frames() {
    return frames;
  }

  /**
   * Every syntax error found in the source, in source order; the first one is what {@link
   * #pythonType()} and {@link #pythonMessage()} describe. Empty for errors raised while running.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether this is a syntax error (then {@link #problems()} is not empty). */
  public boolean isSyntaxError() {
    return !problems.isEmpty();
  }

  /**
   * The file the error points at: the first syntax problem's, else the innermost frame's; null
   * when unknown.
   */
  public String fileName() {
    if (!problems.isEmpty()) {
      return problems.get(0).fileName();
    }
    return frames.isEmpty() ? null : frames.get(frames.size() - 1).fileName();
  }

  /** The 1-based line the error points at (see {@link #fileName()}), or -1 when unknown. */
  public int line() {
    if (!problems.isEmpty()) {
      return problems.get(0).line();
    }
    return frames.isEmpty() ? -1 : frames.get(frames.size() - 1).line();
  }

  /** The 1-based column the error points at (see {@link #fileName()}), or -1 when unknown. */
  public int column() {
    if (!problems.isEmpty()) {
      return problems.get(0).column();
    }
    return frames.isEmpty() ? -1 : frames.get(frames.size() - 1).column();
  }
}
