package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void embeddingExampleWorksAsTheReadmeSays() {
    // README-BEGIN
    StringWriter out = new StringWriter();
    Object total;
    Object huge;
    String error = "no error";
    try (Interpreter pygen = Interpreter.builder().out(out).build()) {
      pygen.set("limit", 5L);
      pygen.exec(
          """
          def countdown(n):
              while n > 0:
                  yield n
                  n -= 1

          print(list(countdown(limit)))
          """);
      total = pygen.eval("sum(countdown(limit))");
      huge = pygen.eval("2 ** 100");
      try {
        pygen.eval("undefined_name");
      } catch (PygenException e) {
        error = e.pythonType() + ": " + e.pythonMessage();
      }
    }
    System.out.print(out); // [5, 4, 3, 2, 1]
    System.out.println(total); // 15 (a Long)
    System.out.println(huge); // 1267650600228229401496703205376 (a BigInteger)
    System.out.println(error); // NameError: name 'undefined_name' is not defined
    // README-END

    assertEquals("[5, 4, 3, 2, 1]\n", out.toString());
    assertEquals(15L, total);
    assertEquals(BigInteger.TWO.pow(100), huge);
    assertEquals("NameError: name 'undefined_name' is not defined", error);
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
