package org.pygen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code examples/*.pyg} from the repository root, as the README tells users to, and
 * compares its output with {@code examples/NAME.out}, CPython 3.11's output for the same program
 * (made by {@code scripts/regen-expected}). Each example runs in a JVM of its own, started through
 * {@link ProgramProcess}, because examples may open files by paths relative to the root.
 */
final class ExamplesTest {
  private static final long TIME_LIMIT_SECONDS = 60;

  @TestFactory
  Stream<DynamicTest> everyExamplePrintsWhatCpythonPrints() throws IOException {
    Path root = RepoLayout.root();
    List<Path> programs;
    try (Stream<Path> files = Files.list(root.resolve("examples"))) {
      programs = files.filter(file -> file.toString().endsWith(".pyg")).sorted().toList();
    }
    assertFalse(programs.isEmpty(), "no examples/*.pyg");
    return programs.stream()
        .map(program -> dynamicTest(program.getFileName().toString(), () -> check(root, program)));
  }

  private static void check(Path root, Path program) throws IOException, InterruptedException {
    String name = program.getFileName().toString();
    Path expectedFile = program.resolveSibling(name.replaceFirst("\\.pyg$", ".out"));
    assertTrue(
        Files.isRegularFile(expectedFile),
        "no " + root.relativize(expectedFile) + ": run scripts/regen-expected and commit it");
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);

    Path stdout = Files.createTempFile("pygen-example-", ".out");
    Path stderr = Files.createTempFile("pygen-example-", ".err");
    try {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ProgramProcess.class.getName(),
                  root.relativize(program).toString())
              .directory(root.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      // Examples read no input: end of file at once.
      process.getOutputStream().close();
      if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail(name + " did not finish within " + TIME_LIMIT_SECONDS + " s");
      }
      String errors = Files.readString(stderr, StandardCharsets.UTF_8);
      assertEquals("", errors, "stderr of " + name);
      assertEquals(expected, Files.readString(stdout, StandardCharsets.UTF_8), "stdout of " + name);
      assertEquals(0, process.exitValue(), "exit status of " + name);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
