package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pygen.conformance.RepoLayout;

/**
 * The embedding example of README.md, run as a test. The code between the README-BEGIN and
 * README-END markers below must be the README's snippet, character for character (after removing
 * the indentation this method adds), so the README never shows code that does not work.
 */
final class ReadmeExampleTest {
  private static final String TEST_BEGIN = "// README-BEGIN";
  private static final String TEST_END = "// README-END";
  private static final String README_BEGIN = "<!-- embedding-example:begin -->";
  private static final String README_END = "<!-- embedding-example:end -->";

  @Test
  void embeddingExampleWorksAsTheReadmeSays() throws Exception {
    // README-BEGIN
    StringWriter out = new StringWriter();
    List<Object> firstThree = new ArrayList<>();
    Object sum;
    String error = "no error";
    try (Interpreter pygen = Interpreter.builder().out(out).build()) {
      // A Java function scripts can call; its exceptions become Python exceptions.
      pygen.set("price", (Function<String, Double>) Double::parseDouble);
      // A user's script, compiled once (it could be run again without parsing).
      Script script =
          pygen.compile(
              """
              def countdown(n):
                  while n > 0:
                      yield n
                      n -= 1

              total = price("2.5") * 4
              print(total, list(countdown(3)))
              """,
              "user.pyg");
      script.run();
      // A generator pulled lazily into a Java loop: each next() runs it to its next yield.
      Iterator<?> numbers = (Iterator<?>) pygen.call("countdown", 1_000_000);
      for (int i = 0; i < 3 && numbers.hasNext(); i++) {
        firstThree.add(numbers.next());
      }
      ((AutoCloseable) numbers).close();
      // Or as a Stream, closed (and the generator with it) by try-with-resources.
      try (Stream<Object> s = PygenStreams.of(pygen.call("countdown", 4))) {
        sum = s.mapToLong(n -> (Long) n).sum();
      }
      try {
        pygen.eval("price('free')");
      } catch (PygenException e) {
        error = e.pythonType() + ": " + e.pythonMessage(); // e.getCause(): NumberFormatException
      }
    }
    System.out.print(out); // 10.0 [3, 2, 1]
    System.out.println(firstThree); // [1000000, 999999, 999998]
    System.out.println(sum); // 10
    System.out.println(error); // ValueError: For input string: "free"
    // README-END

    assertEquals("10.0 [3, 2, 1]\n", out.toString());
    assertEquals(List.of(1_000_000L, 999_999L, 999_998L), firstThree);
    assertEquals(10L, sum);
    assertEquals("ValueError: For input string: \"free\"", error);
  }

  @Test
  void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
    Path root = RepoLayout.root();
    String thisTest =
        Files.readString(
            root.resolve("interpreter/src/test/java/org/pygen/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);

    List<String> testedCode = dedent(between(thisTest, TEST_BEGIN, TEST_END));
    List<String> readmeRegion = between(readme, README_BEGIN, README_END);
    assertEquals("```java", readmeRegion.get(0), "the README region opens a java fence");
    assertEquals("```", readmeRegion.get(readmeRegion.size() - 1), "and closes it");
    List<String> readmeCode = readmeRegion.subList(1, readmeRegion.size() - 1);

    assertEquals(String.join("\n", testedCode), String.join("\n", readmeCode));
  }

  /** The lines strictly between the line holding {@code begin} and the one holding {@code end}. */
  private static List<String> between(String text, String begin, String end) {
    List<String> lines = text.lines().toList();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (first < 0 && line.equals(begin)) {
        first = i + 1;
      } else if (first >= 0 && line.equals(end)) {
        return lines.subList(first, i);
      }
    }
    throw new AssertionError("no region between '" + begin + "' and '" + end + "'");
  }

  /** Removes the indentation common to all non-blank lines. */
  private static List<String> dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.isBlank() ? "" : line.substring(indent));
    }
    return result;
  }
}
