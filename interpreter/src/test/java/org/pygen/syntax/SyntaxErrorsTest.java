package org.pygen.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code syntax_errors.txt}: each bad program must fail with exactly the text CPython 3.11
 * prints for it (regenerate the expectations with {@code regen_syntax_errors.py}).
 */
class SyntaxErrorsTest {

  /** One program and CPython's stderr for it. */
  record Case(String escapedSource, String source, String expected) {}

  static List<Case> cases() throws IOException {
    String data;
    try (InputStream in = SyntaxErrorsTest.class.getResourceAsStream("syntax_errors.txt")) {
      data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    String escaped = null;
    StringBuilder expected = new StringBuilder();
    for (String line : data.split("\n", -1)) {
      if (line.startsWith("== ")) {
        if (escaped != null) {
          cases.add(new Case(escaped, unescape(escaped), expected.toString()));
        }
        escaped = line.substring(3);
        expected.setLength(0);
      } else if (escaped != null && !line.isEmpty()) {
        expected.append(line).append('\n');
      }
    }
    if (escaped != null) {
      cases.add(new Case(escaped, unescape(escaped), expected.toString()));
    }
    return cases;
  }

  /** Decodes the backslash escapes (n, t, backslash, xNN, uNNNN) the data file uses for sources. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'x':
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
          break;
        case 'u':
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default:
          out.append(e);
      }
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> eachProgramFailsAsInCpython() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() > 100, "test data missing");
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.escapedSource(),
                    () -> {
                      SyntaxErrorException e =
                          assertThrows(
                              SyntaxErrorException.class,
                              () -> SourceParser.parse(c.source(), "x.pyg"));
                      assertEquals(c.expected(), e.getMessage());
                    }));
  }
}
