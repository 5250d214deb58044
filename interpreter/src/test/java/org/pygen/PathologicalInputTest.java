package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break the front end: huge, deeply nested or malformed sources. Each must run
 * or fail with the error CPython 3.11 gives (its type, message and line, checked against python3
 * by hand), never with a StackOverflowError, an OutOfMemoryError or a Java exception. The big
 * inputs are generated here, never committed. Times are not asserted: {@code bench/parse_scaling}
 * measures them.
 */
class PathologicalInputTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final Interpreter py = Interpreter.builder().out(out).err(out).trusted().build();

  private PygenException failure(String source) {
    return assertThrows(PygenException.class, () -> py.exec(source, "big.py"));
  }

  private static void assertError(
      String type, String message, int line, PygenException e) {
    assertEquals(type + ": " + message, e.pythonType() + ": " + e.pythonMessage());
    assertEquals(line, e.line());
  }

  @Test
  void hundredThousandNestedParenthesesAreTooMany() {
    String source = "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n";
    PygenException e = failure(source);
    assertError("SyntaxError", "too many nested parentheses", 1, e);
    assertEquals(205, e.column()); // the 201st bracket, as CPython's offset says
  }

  @Test
  void hundredThousandOpenBracketsAndBracesAreTooMany() {
    assertError(
        "SyntaxError", "too many nested parentheses", 1, failure("x = " + "[".repeat(100_000)));
    assertError(
        "SyntaxError",
        "too many nested parentheses",
        2,
        failure("x = 1\ny = " + "{1: ".repeat(50_000) + "\n"));
  }

  @Test
  void twoHundredNestedBracketsStillParse() {
    py.exec("x = " + "(".repeat(99) + "[".repeat(101) + "1" + "]".repeat(101) + ")".repeat(99));
    assertEquals(1L, ((java.util.List<?>) py.eval("x" + "[0]".repeat(100))).get(0));
  }

  @Test
  void fiveThousandNestedBlocksAreTooManyLevelsOfIndentation() {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      source.append(" ".repeat(i)).append("if True:\n");
    }
    source.append(" ".repeat(5_000)).append("pass\n");
    assertError(
        "IndentationError", "too many levels of indentation", 101, failure(source.toString()));
  }

  @Test
  void ninetyNineLevelsOfIndentationRun() {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 99; i++) {
      source.append(" ".repeat(i)).append("if True:\n");
    }
    source.append(" ".repeat(99)).append("x = 'deep'\n");
    py.exec(source.toString());
    assertEquals("deep", py.get("x"));
  }

  @Test
  void twentyOneNestedLoopsAreTooManyStaticallyNestedBlocks() {
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      source.append(" ".repeat(i)).append(i % 2 == 0 ? "while x:\n" : "for a in b:\n");
    }
    source.append(" ".repeat(21)).append("pass\n");
    PygenException e = failure(source.toString());
    assertError("SyntaxError", "too many statically nested blocks", 21, e);
    assertTrue(e.formatted().endsWith("    while x:\n    ^^^^^^^^\n"
        + "SyntaxError: too many statically nested blocks\n"), e.formatted());
    // Twenty compile; a def starts counting afresh.
    String twenty = source.toString().replaceFirst("while x:\n", "if x:\n");
    py.compile(twenty);
  }

  @Test
  void blocksOfTryStatementsCountAsCPythonCountsThem() {
    // Each handler body sits two blocks deep: the 11th nested handler is one too many.
    StringBuilder handlers = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      String indent = " ".repeat(i);
      handlers.append(indent).append("try: pass\n").append(indent).append("except E:\n");
    }
    handlers.append(" ".repeat(11)).append("pass\n");
    assertError(
        "SyntaxError", "too many statically nested blocks", 21, failure(handlers.toString()));
    assertEquals(
        "too many statically nested blocks",
        failure("with a, b:\n" + nestedWith(11)).pythonMessage());
  }

  private static String nestedWith(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(" ".repeat(i + 1)).append("with a, b:\n");
    }
    return s.append(" ".repeat(n + 1)).append("pass\n").toString();
  }

  @Test
  void deepPrefixOperatorsAreTooDeepToCompile() {
    // CPython's compiler stops at a depth of 3000 nodes; its parser's stack before that for
    // much deeper nesting (a bare MemoryError in 3.11).
    py.compile("x = " + "-".repeat(2998) + "1");
    py.exec("x = " + "-".repeat(501) + "1");
    assertEquals(-1L, py.get("x"));
    assertError(
        "RecursionError",
        "maximum recursion depth exceeded during compilation",
        -1,
        failure("x = " + "-".repeat(2999) + "1"));
    PygenException e = failure("x = " + "not ".repeat(100_000) + "1");
    assertEquals("MemoryError", e.pythonType());
    assertEquals(
        "MemoryError: Parser stack overflowed - Python source too complex to parse\n",
        e.formatted());
  }

  @Test
  void longChainsAreTooDeepToCompile() {
    String message = "maximum recursion depth exceeded during compilation";
    assertError("RecursionError", message, -1, failure("x = a" + ".b".repeat(100_000)));
    assertError("RecursionError", message, -1, failure("x = f" + "()".repeat(100_000)));
    assertError(
        "RecursionError",
        message,
        -1,
        failure("if x: pass\n" + "elif x: pass\n".repeat(5_000)));
    // A megabyte-long line of '1+1+...' nests 500,000 deep: CPython's compiler refuses it too.
    assertError("RecursionError", message, -1, failure("x = " + "1+".repeat(1 << 19) + "1"));
  }

  @Test
  void deepSourcesCompileOnASmallHostStack() throws InterruptedException {
    // 2900 nested lambdas overflow a 256 KiB stack in the parser; compiling moves to a thread
    // with a large stack, so the nesting limits, not the host's stack, decide.
    String source = "f = " + "lambda: ".repeat(2_900) + "7";
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                py.compile(source);
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();
    assertEquals(null, failure.get());
  }

  @Test
  void aTenMegabyteSourceRuns() {
    // A module as people write them: code, docstrings, comments and blank lines.
    String unit =
        """
        # ---------------------------------------------------------------------------
        # Fibonacci numbers, iteratively: the loop keeps the last two numbers only.
        # ---------------------------------------------------------------------------

        def fib(n):
            \"""Returns the n-th Fibonacci number (fib(0) is 0, fib(1) is 1).

            Runs in O(n) steps and constant space; the numbers grow without bound.
            \"""
            a, b = 0, 1
            for _ in range(n):
                a, b = b, a + b  # shift the window one step along the sequence
            return a


        class Point:
            \"""A point in the plane, with the distance to the origin.\"""

            def __init__(self, x, y):
                self.x = x
                self.y = y

            def norm(self):
                \"""The Euclidean norm, sqrt(x**2 + y**2).\"""
                return (self.x ** 2 + self.y ** 2) ** 0.5


        total = total + fib(10) + int(Point(3, 4).norm())  # 55 + 5
        """;
    int copies = 10 * 1024 * 1024 / unit.length() + 1;
    py.exec("total = 0\n" + unit.repeat(copies));
    assertEquals(60L * copies, py.get("total"));
  }

  @Test
  void aMillionLinesRun() {
    py.exec("n = 0\n" + "n += 1\n".repeat(999_999));
    assertEquals(999_999L, py.get("n"));
  }

  @Test
  void anUnterminatedStringAtTheEndOfAHugeFile() {
    PygenException e = failure("x = 1\n".repeat(1_000_000) + "y = 'abc\n");
    assertError(
        "SyntaxError", "unterminated string literal (detected at line 1000001)", 1_000_001, e);
    assertEquals(5, e.column());
    assertError(
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 10003)",
        10_001,
        failure("x = 1\n".repeat(10_000) + "y = '''abc\n\ndef\n"));
  }

  @Test
  void aMegabyteLineRuns() {
    py.exec("s = '" + "a".repeat(1 << 20) + "'\nitems = [" + "1, ".repeat(1 << 18) + "]");
    assertEquals((long) (1 << 20), py.eval("len(s)"));
    assertEquals((long) (1 << 18), py.eval("len(items)"));
  }

  @Test
  void nulBytesInSource() {
    PygenException e = failure("a = 1\nb = 'x\0y'\n");
    assertError("SyntaxError", "source code cannot contain null bytes", 2, e);
    assertEquals(
        "  File \"big.py\", line 2\n    b = 'x\nSyntaxError: source code cannot contain null bytes\n",
        e.formatted());
    // Wherever it is: after a parse error, in a comment, alone.
    assertError("SyntaxError", "source code cannot contain null bytes", 2, failure("a = = 1\n\0\n"));
    assertError("SyntaxError", "source code cannot contain null bytes", 1, failure("# c\0"));
    assertError("SyntaxError", "source code cannot contain null bytes", 1, failure("\0"));
    // A tokenizer error before it comes first.
    assertError(
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        failure("a = 'abc\n\0\n"));
  }

  @Test
  void invalidUtf8InASourceFile() throws IOException {
    Path file = dir.resolve("bad.py");
    Files.write(file, "x = 1\ny = '\u00e9'\nz = '\u00ff\u00fe'\n".getBytes(StandardCharsets.ISO_8859_1));
    PygenException e = assertThrows(PygenException.class, () -> py.exec(file));
    String message =
        "Non-UTF-8 code starting with '\\xe9' in file "
            + file
            + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for"
            + " details";
    assertEquals("SyntaxError", e.pythonType());
    assertEquals(message, e.pythonMessage());
    assertEquals("SyntaxError: " + message + "\n", e.formatted());
  }

  @Test
  void nulBytesAndInvalidUtf8InFilesRead() throws IOException {
    Files.write(dir.resolve("nul.txt"), new byte[] {'a', 0, 'b', '\n', 0});
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', 'c', (byte) 0xff, 'd'});
    py.set("d", dir.toString());
    py.exec(
        "print(repr(open(d + '/nul.txt').read()), list(open(d + '/nul.txt')))\n"
            + "print(open(d + '/bad.txt', 'rb').read())\n"
            + "try:\n"
            + "    open(d + '/bad.txt').read()\n"
            + "except UnicodeDecodeError as e:\n"
            + "    print(type(e).__name__, e)\n");
    assertEquals(
        "'a\\x00b\\n\\x00' ['a\\x00b\\n', '\\x00']\nb'abc\\xffd'\n"
            + "UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 3: invalid start"
            + " byte\n",
        out.toString());
  }

  @Test
  void mixedTabsAndSpaces() {
    String message = "inconsistent use of tabs and spaces in indentation";
    assertError("TabError", message, 3, failure("if 1:\n\tx = 1\n        y = 2\n"));
    assertError("TabError", message, 3, failure("if 1:\n        x = 1\n\ty = 2\n"));
    // Consistent either way: runs.
    py.exec("if 1:\n\tx = 1\n\tif 2:\n\t    y = 2\n");
    assertEquals(2L, py.get("y"));
  }
}
