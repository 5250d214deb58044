package org.pygen.cli;

import java.io.PrintWriter;
import org.pygen.PygenException;

/**
 * Turns an uncaught {@code SystemExit} into the exit status, as CPython does: {@code sys.exit()}
 * and {@code sys.exit(None)} give 0, {@code sys.exit(n)} gives {@code n}, and any other argument
 * is printed to stderr and gives 1 (the interpreter works this out: {@link
 * PygenException#exitStatus()}). No traceback is printed.
 */
final class SystemExits {
  private SystemExits() {}

  /** Whether {@code e} is an uncaught {@code SystemExit}. */
  static boolean isSystemExit(PygenException e) {
    return "SystemExit".equals(e.pythonType());
  }

  /** The exit status for the {@code SystemExit} {@code e}; prints its message when it has one. */
  static int status(PygenException e, PrintWriter err) {
    if (e.exitMessage() != null) {
      err.println(e.exitMessage());
    }
    return e.exitStatus();
  }
}
