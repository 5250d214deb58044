package org.pygen;

import org.pygen.exec.Code;

/**
 * Source compiled once by {@link Interpreter#compile(String, String)}, to run many times without
 * parsing again. Each run executes the code afresh in the interpreter's globals, exactly as
 * {@link Interpreter#exec(String, String)} would; a script may be run from several threads.
 */
public final class Script {
  private final Interpreter interpreter;
  private final Code code;
  private final String fileName;
  /** The local slot holding the value of a lone expression, or -1 when the source is not one. */
  private final int resultSlot;

  Script(Interpreter interpreter, Code code, String fileName, int resultSlot) {
    this.interpreter = interpreter;
    this.code = code;
    this.fileName = fileName;
    this.resultSlot = resultSlot;
  }

  /**
   * Runs the script. When the source is a single expression (such as {@code price * quantity}),
   * returns its value converted to Java; otherwise returns null.
   *
   * @throws PygenException when the script raises an exception it does not catch
   */
  public Object run() {
    return interpreter.runCompiled(code, resultSlot);
  }

  /** Whether the source is a single expression, whose value {@link #run()} returns. */
  public boolean isExpression() {
    return resultSlot >= 0;
  }

  /** The file name given at compile time, as it appears in tracebacks. */
  public String fileName() {
    return fileName;
  }

  /** The interpreter this script runs in. */
  public Interpreter interpreter() {
    return interpreter;
  }
}
