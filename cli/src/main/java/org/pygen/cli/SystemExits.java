package org.pygen.cli;

import java.io.PrintWriter;
import org.pygen.PygenException;

/**
 * Turns an uncaught {@code SystemExit} into the exit status, as CPython does: {@code sys.exit()}
 * and {@code sys.exit(None)} give 0, {@code sys.exit(n)} gives {@code n}, and any other argument
 * is printed to stderr and gives 1. No traceback is printed.
 *
 * <p>Only {@code str(arg)} reaches Java, so a string argument that looks like an integer, a bool or
 * {@code "None"} is taken for that value.
 */
final class SystemExits {
  private SystemExits() {}

  /** Whether {@code e} is an uncaught {@code SystemExit}. */
  static boolean isSystemExit(PygenException e) {
    return "SystemExit".equals(e.pythonType());
  }

  /** The exit status for the {@code SystemExit} {@code e}; prints its message when it has one. */
  static int status(PygenException e, PrintWriter err) {
    String message = e.pythonMessage() == null ? "" : e.pythonMessage();
    if (message.isEmpty() || message.equals("None") || message.equals("False")) {
      return ExitStatus.SUCCESS;
    }
    if (message.equals("True")) {
      return ExitStatus.PROGRAM_ERROR;
    }
    if (message.matches("-?[0-9]{1,18}")) {
      // The operating system keeps the low 8 bits, as with CPython.
      return (int) Long.parseLong(message);
    }
    err.println(message);
    return ExitStatus.PROGRAM_ERROR;
  }
}
