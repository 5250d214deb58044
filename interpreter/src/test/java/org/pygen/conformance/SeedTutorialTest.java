package org.pygen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.pygen.conformance.TutorialBlocks.CodeBlock;

/**
 * Runs every Python code block of the seed tutorials in {@code ../shared/seeds}, read at test time
 * and written to a file verbatim, and compares what it prints with CPython 3.11's output stored
 * under {@code src/test/resources/seeds/expected} (made by {@code scripts/regen-expected}).
 *
 * <p>A block that only defines functions is followed, in the same interpreter, by its driver {@code
 * src/test/resources/seeds/drivers/<hash>.py}, which calls them. A block that uses threads is
 * compared as a multiset of characters, since its lines interleave differently on each run.
 *
 * <p>Without {@code ../shared/seeds} (a user's own clone) the test is skipped; with {@code CI=true}
 * it fails instead, because CI always has the seeds.
 */
final class SeedTutorialTest {
  private static final String RESOURCES = "/seeds/";

  /** Stands for the run's temporary folder in expected output: see scripts/regen-expected. */
  private static final String TEMP_DIR_PLACEHOLDER = "<tmp>";

  private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  @TestFactory
  Stream<DynamicNode> everyTutorialBlockPrintsWhatCpythonPrints() throws IOException {
    Path seeds = RepoLayout.seedsDir();
    if (!Files.isDirectory(seeds)) {
      String message = "the seed tutorials are not at " + seeds;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + ", and CI=true: CI runs must have them");
      }
      // One skipped test, rather than an aborted factory, so the skip shows in the test counts.
      String skipped = message + " (not part of a user's clone): tutorial conformance skipped";
      System.err.println(skipped);
      return Stream.of(dynamicTest("seed tutorials present", () -> Assumptions.abort(skipped)));
    }
    List<Path> documents;
    try (Stream<Path> files = Files.list(seeds)) {
      documents =
          files
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(Path::toString))
              .toList();
    }
    assertFalse(documents.isEmpty(), "no tutorial documents in " + seeds);
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path document : documents) {
      String name = document.getFileName().toString();
      List<CodeBlock> blocks =
          TutorialBlocks.extract(name, Files.readString(document, StandardCharsets.UTF_8));
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(
          dynamicTest(
              "has Python code blocks",
              () -> assertFalse(blocks.isEmpty(), name + " has no ```python blocks")));
      for (CodeBlock block : blocks) {
        tests.add(
            dynamicTest(
                block.id() + " (" + block.firstLine() + ")",
                () -> assertTimeoutPreemptively(TIME_LIMIT, () -> check(block))));
      }
      nodes.add(dynamicContainer(name, tests));
    }
    return nodes.stream();
  }

  private static void check(CodeBlock block) throws IOException, InterruptedException {
    String expectedOut = resource("expected/" + block.id() + ".out");
    String expectedErr = resource("expected/" + block.id() + ".err");
    String driver = resource("drivers/" + block.hash() + ".py");
    if (block.definesOnly() && driver == null) {
      fail(
          "block "
              + block.id()
              + " ("
              + block.firstLine()
              + ") only defines functions, so alone it prints nothing: write a driver"
              + " interpreter/src/test/resources/seeds/drivers/"
              + block.hash()
              + ".py that calls them, then run scripts/regen-expected");
    }
    if (expectedOut == null || expectedErr == null) {
      fail(
          "no CPython expectation for block "
              + block.id()
              + " ("
              + block.firstLine()
              + "): run scripts/regen-expected and commit"
              + " interpreter/src/test/resources/seeds/expected/");
    }
    Path dir = Files.createTempDirectory("pygen-seed-").toRealPath();
    try {
      List<Path> files = new ArrayList<>();
      files.add(Files.writeString(dir.resolve("block.py"), block.text(), StandardCharsets.UTF_8));
      if (driver != null) {
        files.add(Files.writeString(dir.resolve("driver.py"), driver, StandardCharsets.UTF_8));
      }
      Path scratch = Files.createDirectory(dir.resolve("scratch"));
      CapturedRun run = CapturedRun.of(files, scratch);
      String stdout = run.stdout().replace(dir.toString(), TEMP_DIR_PLACEHOLDER);
      String stderr = run.stderr().replace(dir.toString(), TEMP_DIR_PLACEHOLDER);
      assertEquals(expectedErr, stderr, "stderr of " + block.id());
      if (block.usesThreads()) {
        assertEquals(
            sortedCharacters(expectedOut),
            sortedCharacters(stdout),
            "stdout of " + block.id() + " as a multiset of characters; it was:\n" + stdout);
      } else {
        assertEquals(expectedOut, stdout, "stdout of " + block.id());
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** The text of a test resource under /seeds/, or null when there is none. */
  private static String resource(String path) throws IOException {
    try (InputStream in = SeedTutorialTest.class.getResourceAsStream(RESOURCES + path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sortedCharacters(String text) {
    int[] codePoints = text.codePoints().sorted().toArray();
    return new String(codePoints, 0, codePoints.length);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
