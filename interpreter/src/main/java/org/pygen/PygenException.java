package org.pygen;

import java.util.List;

/**
 * A Python error that reached Java: an uncaught exception raised by a script, or a syntax error in
 * its source. Carries the Python exception type name ({@code "ValueError"}, {@code
 * "SyntaxError"}), its message, and the text CPython would print for it.
 */
public final class PygenException extends RuntimeException {
  private final String pythonType;
  private final String pythonMessage;
  private final String formatted;
  private final List<Frame> frames;

  /** One frame of a traceback, outermost first. */
  public record Frame(String fileName, int line, String functionName) {}

  PygenException(
      String pythonType, String pythonMessage, String formatted, List<Frame> frames) {
    super(formatted.strip());
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
    this.formatted = formatted;
    this.frames = List.copyOf(frames);
  }

  /** The Python exception class name, e.g. {@code "NameError"}. */
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
}
