package org.pygen.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pygen.Interpreter;
import org.opentest4j.AssertionFailedError;
import org.pygen.PygenException;

/**
 * Runs every program in {@code src/test/resources/programs} and compares what it prints with
 * what CPython 3.11 printed for the same file ({@code NAME.out}, and {@code NAME.err} for a
 * program that fails). Regenerate them with {@code scripts/regen-expected}.
 *
 * <p>In the error text, {@code <dir>/} stands for the programs folder (CPython prints absolute
 * paths), and the caret lines CPython 3.11 adds under source lines (PEP 657) are left out of the
 * comparison: pygen does not print them yet.
 *
 * <p>Programs in {@code programs/pending/} need a feature a later issue brings; their first line
 * says which ({@code # pending: ...}). They run too: while they fail they are reported as
 * skipped, with that reason; once one passes, the test fails until it is moved up to {@code
 * programs/}, so a pending program cannot be forgotten.
 */
class ProgramsTest {
  private static final long PROGRAM_STACK_BYTES = 512L * 1024 * 1024;

  @TestFactory
  Stream<DynamicTest> programsPrintWhatCPythonPrints() throws IOException, URISyntaxException {
    return programs("/programs")
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  @TestFactory
  Stream<DynamicTest> pendingProgramsStillFail() throws IOException, URISyntaxException {
    return programs("/programs/pending")
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkPending(p)));
  }

  private static Stream<Path> programs(String resource) throws IOException, URISyntaxException {
    java.net.URL url = ProgramsTest.class.getResource(resource);
    if (url == null) {
      return Stream.empty(); // no pending programs at the moment
    }
    Path dir = Path.of(url.toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
    }
  }

  private static void checkPending(Path program) throws IOException, InterruptedException {
    String reason = Files.readAllLines(program, StandardCharsets.UTF_8).get(0);
    assertTrue(reason.startsWith("# pending: "), program + " must say why it is pending");
    try {
      check(program);
    } catch (AssertionFailedError stillFailing) {
      Assumptions.abort(reason.substring(2));
    }
    fail(program.getFileName() + " passes now: move it from programs/pending/ to programs/");
  }

  private static void check(Path program) throws IOException, InterruptedException {
    String name = program.getFileName().toString();
    String stem = name.substring(0, name.length() - 3);
    Path dir = program.getParent();
    String expectedOut = Files.readString(dir.resolve(stem + ".out"), StandardCharsets.UTF_8);
    Path errFile = dir.resolve(stem + ".err");
    String expectedErr =
        Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String source = Files.readString(program, StandardCharsets.UTF_8);
    // As `pygen run` does, run on a thread with a large stack, so that the recursion limit and
    // not the test JVM's default stack size decides how deep a program may recurse.
    Thread runner =
        new Thread(
            null,
            () -> {
              // As `pygen run` does, grant full file access and unlimited threads.
              try (Interpreter py =
                  Interpreter.builder()
                      .out(out)
                      .err(err)
                      .trusted()
                      .build()) {
                try {
                  py.exec(source, "<dir>/" + name);
                } catch (PygenException e) {
                  err.write(e.formatted());
                }
                py.awaitThreads();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "program",
            PROGRAM_STACK_BYTES);
    runner.start();
    runner.join();
    assertEquals(expectedOut, out.toString(), "stdout of " + name);
    assertEquals(withoutCaretLines(expectedErr), withoutCaretLines(err.toString()), name);
  }

  static String withoutCaretLines(String text) {
    return text.lines()
        .filter(line -> !line.matches("\\s*[~^]+\\s*"))
        .collect(Collectors.joining("\n"));
  }
}
