package org.pygen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.pygen.Interpreter;
import org.pygen.Limits;
import org.pygen.PygenException;
import org.pygen.ScriptStoppedException;

/**
 * Fuzzes the whole interpreter: each input runs as a program in a fresh sandboxed interpreter
 * (no files, no threads, empty stdin) under step, time and object-size limits. It may finish,
 * raise a Python exception or a SyntaxError, or be stopped by a limit; nothing else.
 *
 * <p>{@code mvn verify} replays the inputs in {@code InterpreterFuzzTestInputs/run/}; {@code
 * JAZZER_FUZZ=1} fuzzes, see {@code docs/fuzzing.md}.
 */
class InterpreterFuzzTest {
  private static final Limits LIMITS =
      Limits.NONE.maxSteps(200_000).timeout(Duration.ofSeconds(1)).maxObjectSize(1 << 20);

  @FuzzTest(maxDuration = "5m")
  void run(byte[] input) {
    String source = new String(input, StandardCharsets.UTF_8);
    BoundedWriter out = new BoundedWriter(16 * 1024);
    FuzzOutcomes.Start start = FuzzOutcomes.start();
    try (Interpreter py =
        Interpreter.builder().out(out).err(out).in(new StringReader("")).limits(LIMITS).build()) {
      py.exec(source, "<fuzz>");
    } catch (PygenException e) {
      FuzzOutcomes.requirePythonError(e);
    } catch (ScriptStoppedException e) {
      // A limit stopped it: what limits are for.
    }
    FuzzOutcomes.requireNoHang(start);
  }
}
