package org.pygen.conformance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pygen.Interpreter;
import org.pygen.PygenException;

/**
 * Runs one program file in a JVM of its own, as {@code pygen run FILE} does: UTF-8 output, errors
 * printed as CPython prints them, exit status 0 or 1, exit only after the program's threads. {@link
 * ExamplesTest} starts it so that an example runs in the folder a user would run it from (the
 * repository root), which an in-process test cannot choose.
 */
public final class ProgramProcess {
  private ProgramProcess() {}

  /** Runs the program file {@code args[0]}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    Writer err = new BufferedWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int status = 0;
    // Runs examples as `pygen run` would: grant what the CLI grants.
    try (Interpreter interpreter =
        Interpreter.builder()
            .out(out)
            .err(err)
            .trusted()
            .build()) {
      try {
        interpreter.exec(Path.of(args[0]));
      } catch (PygenException e) {
        out.flush();
        err.write(e.formatted());
        status = 1;
      }
      interpreter.awaitThreads();
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(status);
  }
}
