package org.pygen.cli;

import java.io.IOException;

/**
 * Where the REPL reads its input from, one line at a time: a terminal (through JLine) or, in
 * tests, a script of lines. Keeps {@link Repl} free of terminal code.
 */
interface LineSource {
  /**
   * Shows {@code prompt} and returns the next line without its line break, or null at the end of
   * the input (Ctrl-D).
   *
   * @param indent text the line starts with, already typed for the user (auto-indentation); the
   *     returned line includes it unless the user erased it
   * @throws InputCancelledException when the user cancelled the line (Ctrl-C)
   */
  String readLine(String prompt, String indent) throws IOException;
}
