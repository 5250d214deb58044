package org.pygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pygen -c}, {@code pygen -}, {@code pygen check}, {@code -X} and {@code sys.exit}, run
 * in-process. Expected output and statuses are what python3 (CPython 3.11) gives for the same
 * command line, checked when these tests were written.
 */
final class CommandLineOptionsTest {
  @TempDir Path dir;

  /** What one run of the command produced. */
  private record Outcome(int status, String stdout, String stderr) {}

  private static Outcome pygenWithStdin(String stdin, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status =
        new Main(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                false,
                stdout,
                stderr,
                false)
            .run(args);
    return new Outcome(
        status,
        stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  private static Outcome pygen(String... args) {
    return pygenWithStdin("", args);
  }

  private Path program(String name, String source) throws IOException {
    return Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
  }

  @Test
  void dashCRunsCodeWithTheWordsAfterItInArgv() {
    Outcome outcome = pygen("-c", "import sys; print(sys.argv)", "a", "-x", "--help");
    assertEquals("['-c', 'a', '-x', '--help']\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void dashCWithCodeAttached() {
    Outcome outcome = pygen("-cprint(7)");
    assertEquals("7\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void dashCErrorIsReportedInStringWithStatus1() {
    Outcome outcome = pygen("-c", "print(1)\nx");
    assertEquals("1\n", outcome.stdout());
    // As CPython 3.11 prints it: no source line for code named <string>.
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 2, in <module>\n"
            + "NameError: name 'x' is not defined\n",
        outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void dashCSyntaxErrorExitsWith1() {
    Outcome outcome = pygen("-c", "def f()");
    assertTrue(outcome.stderr().startsWith("  File \"<string>\", line 1\n"), outcome.stderr());
    assertTrue(outcome.stderr().endsWith("SyntaxError: expected ':'\n"), outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void dashCWithoutCodeIsMisuse() {
    Outcome outcome = pygen("-c");
    assertEquals(2, outcome.status());
    assertTrue(outcome.stderr().contains("'-c'"), outcome.stderr());
  }

  @Test
  void dashReadsTheProgramFromStdin() {
    Outcome outcome = pygenWithStdin("import sys\nprint(sys.argv)\n", "-", "a", "-b");
    assertEquals("['-', 'a', '-b']\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void stdinProgramWithoutArgumentsHasEmptyArgv0AndIsNamedStdin() {
    Outcome outcome = pygenWithStdin("import sys\nprint(sys.argv)\n1/0\n");
    assertEquals("['']\n", outcome.stdout());
    // As CPython 3.11 prints it: no source line for code named <stdin>.
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 3, in <module>\n"
            + "ZeroDivisionError: division by zero\n",
        outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void sysExitWithAnIntegerIsTheExitStatus() {
    Outcome outcome = pygen("-c", "import sys\ntry:\n    sys.exit(3)\nfinally:\n    print('f')");
    assertEquals("f\n", outcome.stdout());
    assertEquals("", outcome.stderr());
    assertEquals(3, outcome.status());
  }

  @Test
  void sysExitWithoutArgumentOrNoneIsZero() {
    assertEquals(0, pygen("-c", "import sys; sys.exit()").status());
    assertEquals(0, pygen("-c", "import sys; sys.exit(None)").status());
    assertEquals(0, pygen("-c", "raise SystemExit").status());
    assertEquals("", pygen("-c", "import sys; sys.exit(0)").stderr());
  }

  @Test
  void sysExitWithAMessagePrintsItAndExitsWith1() {
    Outcome outcome = pygen("-c", "import sys; sys.exit('bye')");
    assertEquals("bye\n", outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void sysExitWithAStringThatLooksLikeANumberPrintsIt() {
    // CPython: only an int argument is an exit status; the string "3" is printed, status 1.
    Outcome outcome = pygen("-c", "import sys; sys.exit('3')");
    assertEquals(1, outcome.status());
    assertEquals("3\n", outcome.stderr());
    Outcome tuple = pygen("-c", "import sys; raise SystemExit(2, 'x')");
    assertEquals(1, tuple.status());
    assertEquals("(2, 'x')\n", tuple.stderr());
  }

  @Test
  void sysExitIsNotCaughtByExceptException() {
    Outcome outcome =
        pygen("-c", "import sys\ntry:\n    sys.exit(5)\nexcept Exception:\n    print('no')");
    assertEquals("", outcome.stdout());
    assertEquals(5, outcome.status());
  }

  @Test
  void sysExitWithTwoArgumentsIsATypeError() {
    Outcome outcome = pygen("-c", "import sys; sys.exit(1, 2)");
    assertTrue(
        outcome.stderr().endsWith("TypeError: exit expected at most 1 argument, got 2\n"),
        outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void sysExitInAFileGivesItsStatus() throws IOException {
    Path file = program("exit.pyg", "import sys\nprint('before')\nsys.exit(7)\nprint('after')\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals("before\n", outcome.stdout());
    assertEquals("", outcome.stderr());
    assertEquals(7, outcome.status());
  }

  @Test
  void recursionLimitOptionSetsTheLimitWithoutLeavingNames() {
    Outcome outcome =
        pygen(
            "-X",
            "recursionlimit=50",
            "-c",
            "import sys\nprint(sys.getrecursionlimit())\nprint(_pygen_sys)");
    assertEquals("50\n", outcome.stdout());
    assertTrue(outcome.stderr().contains("NameError"), outcome.stderr());
  }

  @Test
  void recursionLimitOptionAppliesToRunToo() throws IOException {
    Path file =
        program("deep.pyg", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
    Outcome outcome = pygen("-Xrecursionlimit=60", "run", file.toString());
    assertTrue(
        outcome.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"),
        outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void unknownOrInvalidDashXIsMisuse() {
    Outcome unknown = pygen("-X", "frobnicate", "-c", "print(1)");
    assertEquals(2, unknown.status());
    assertEquals("", unknown.stdout());
    assertTrue(unknown.stderr().startsWith("pygen: Unknown -X option: 'frobnicate'"));
    Outcome invalid = pygen("-X", "recursionlimit=zero", "-c", "print(1)");
    assertEquals(2, invalid.status());
    assertTrue(invalid.stderr().startsWith("pygen: Invalid -X recursionlimit: 'zero'"));
    // The heap is the launcher's to set: the jar itself says where the option belongs.
    Outcome heap = pygen("-X", "heap=2g", "-c", "print(1)");
    assertEquals(2, heap.status());
    assertEquals("", heap.stdout());
    assertTrue(heap.stderr().contains("-X heap=SIZE must be given to scripts/pygen"), heap.stderr());
  }

  @Test
  void checkPrintsNothingForCorrectFiles() throws IOException {
    Path good = program("good.pyg", "def f(x):\n    return x\n\nprint(f(1))\n");
    Outcome outcome = pygen("check", good.toString());
    assertEquals("", outcome.stdout());
    assertEquals("", outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void checkReportsEveryErrorInEveryFileWithoutRunning() throws IOException {
    Path good = program("good.pyg", "print('ran')\n");
    Path bad = program("bad.pyg", "print('ran')\nreturn 1\nbreak\n");
    Path worse = program("worse.pyg", "def f()\n    pass\n");
    Outcome outcome = pygen("check", good.toString(), bad.toString(), worse.toString());
    assertEquals("", outcome.stdout());
    assertEquals(
        "  File \""
            + bad
            + "\", line 2\n"
            + "    return 1\n"
            + "    ^^^^^^^^\n"
            + "SyntaxError: 'return' outside function\n"
            + "  File \""
            + bad
            + "\", line 3\n"
            + "    break\n"
            + "    ^\n"
            + "SyntaxError: 'break' outside loop\n"
            + "  File \""
            + worse
            + "\", line 1\n"
            + "    def f()\n"
            + "           ^\n"
            + "SyntaxError: expected ':'\n",
        outcome.stderr());
    assertEquals(1, outcome.status());
  }

  @Test
  void checkOfAMissingFileIsMisuseButChecksTheOthers() throws IOException {
    Path bad = program("bad.pyg", "break\n");
    Outcome outcome = pygen("check", dir.resolve("nowhere.pyg").toString(), bad.toString());
    assertEquals(2, outcome.status());
    assertTrue(outcome.stderr().contains("[Errno 2] No such file or directory"));
    assertTrue(outcome.stderr().contains("SyntaxError: 'break' outside loop"));
  }

  @Test
  void checkWithoutFilesIsMisuse() {
    assertEquals(2, pygen("check").status());
  }

  @Test
  void helpMentionsTheNewOptions() {
    String help = pygen("--help").stdout();
    assertTrue(help.contains("-c=CODE") || help.contains("-c CODE"), help);
    assertTrue(help.contains("recursionlimit"), help);
    assertTrue(help.contains("PYGEN_JAVA_OPTS"), help);
    assertTrue(help.contains("check"), help);
  }
}
