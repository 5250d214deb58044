package org.pygen.conformance;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.pygen.Interpreter;
import org.pygen.PygenException;

/** What a program printed, run in-process with its output captured. */
record CapturedRun(String stdout, String stderr) {

  /**
   * Runs {@code files} one after another in one fresh interpreter (so later files see the names
   * earlier ones defined), then waits for the threads they started, as {@code pygen run} does. An
   * uncaught error is appended to stderr as CPython prints it and stops the run.
   *
   * @param scratchDir set as the global {@code SCRATCH_DIR} before every file but the first: a
   *     folder a driver may write files in
   */
  static CapturedRun of(List<Path> files, Path scratchDir) throws InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The programs compare with CPython run from the command line: grant what the CLI grants.
    try (Interpreter interpreter =
        Interpreter.builder()
            .out(out)
            .err(err)
            .trusted()
            .build()) {
      try {
        for (int i = 0; i < files.size(); i++) {
          if (i > 0) {
            interpreter.set("SCRATCH_DIR", scratchDir.toString());
          }
          interpreter.exec(files.get(i));
        }
      } catch (PygenException e) {
        err.write(e.formatted());
      }
      interpreter.awaitThreads();
    }
    return new CapturedRun(out.toString(), err.toString());
  }
}
