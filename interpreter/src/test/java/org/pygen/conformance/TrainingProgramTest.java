package org.pygen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pygen.Interpreter;

/**
 * {@code scripts/training.pyg}, the program scripts/pygen runs to train the JVM's ahead-of-time
 * cache, must keep running: the launcher hides its output, so a program broken by a change would
 * silently leave pygen without the cache. The expected line is CPython 3.11's output for one round.
 */
final class TrainingProgramTest {
  @TempDir Path scratch;

  @Test
  void oneRoundPrintsWhatCpythonPrints() throws Exception {
    Path program = RepoLayout.root().resolve("scripts").resolve("training.pyg");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (Interpreter interpreter =
        Interpreter.builder()
            .out(out)
            .err(err)
            .trusted()
            .argv(List.of(program.toString(), "1", scratch.toString()))
            .build()) {
      interpreter.exec(program);
    }
    assertEquals("", err.toString());
    assertEquals("63733837 20000\n", out.toString());
  }
}
