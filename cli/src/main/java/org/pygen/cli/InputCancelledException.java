package org.pygen.cli;

/** The user cancelled the line being typed (Ctrl-C at a prompt). */
final class InputCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; it carries no message. */
  InputCancelledException() {
    super(null, null, false, false);
  }
}
