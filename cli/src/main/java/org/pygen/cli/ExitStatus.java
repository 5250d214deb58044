package org.pygen.cli;

/** The process exit statuses of {@code pygen}, chosen to match CPython's. */
final class ExitStatus {
  /** The program ran to its end. */
  static final int SUCCESS = 0;

  /** The program raised an uncaught exception or had a syntax error. */
  static final int PROGRAM_ERROR = 1;

  /** The command line was misused: unknown option, missing or unreadable file. */
  static final int USAGE = 2;

  /** The program ended with an uncaught KeyboardInterrupt (Ctrl-C): 128 + SIGINT, as a shell shows python3's. */
  static final int INTERRUPTED = 130;

  private ExitStatus() {}
}
