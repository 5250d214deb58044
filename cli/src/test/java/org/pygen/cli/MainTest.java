package org.pygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code pygen} command in-process with captured streams. Expected program output and
 * error text are what CPython 3.11 prints for the same program (checked with python3 when these
 * tests were written).
 */
final class MainTest {
  @TempDir Path dir;

  /** What one run of the command produced. */
  private record Outcome(int status, byte[] stdoutBytes, String stdout, String stderr) {}

  private static Outcome pygen(String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status = new Main(stdout, stderr, false).run(args);
    return new Outcome(
        status,
        stdout.toByteArray(),
        stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8));
  }

  private Path program(String name, String source) throws IOException {
    return Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
  }

  private static void assertNoJavaStackTrace(Outcome outcome) {
    assertFalse(outcome.stderr().contains("\tat "), outcome.stderr());
    assertFalse(outcome.stderr().contains("Exception in thread"), outcome.stderr());
  }

  @Test
  void anUncaughtKeyboardInterruptExitsWith130AsPython3Does() throws IOException {
    Path file =
        program("stop.pyg", "try:\n    raise KeyboardInterrupt\nfinally:\n    print('cleanup')\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals(130, outcome.status());
    assertEquals("cleanup\n", outcome.stdout());
    assertTrue(outcome.stderr().endsWith("\nKeyboardInterrupt\n"), outcome.stderr());
    assertNoJavaStackTrace(outcome);
  }

  @Test
  void generateCompletionPrintsABashCompletionScriptForTheCommands() {
    Outcome outcome = pygen("generate-completion");
    assertEquals(0, outcome.status(), outcome.stderr());
    assertTrue(outcome.stdout().contains("complete -F"), outcome.stdout());
    for (String word : new String[] {"run", "check", "--version", "--help"}) {
      assertTrue(outcome.stdout().contains(word), word);
    }
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Outcome outcome = pygen("--version");
    assertEquals(0, outcome.status());
    assertTrue(outcome.stdout().matches("pygen \\d+\\.\\d+\\.\\d+\\S*\\R"), outcome.stdout());
  }

  @Test
  void helpDescribesRunAndTheRepl() {
    Outcome outcome = pygen("--help");
    assertEquals(0, outcome.status());
    assertTrue(outcome.stdout().startsWith("Usage: pygen"), outcome.stdout());
    assertTrue(outcome.stdout().contains("run"), outcome.stdout());
    assertTrue(outcome.stdout().contains("REPL"), outcome.stdout());
    assertEquals("", outcome.stderr());
  }

  @Test
  void noArgumentsWithoutATerminalRunsEmptyStdin() {
    Outcome outcome = pygen();
    assertEquals(0, outcome.status());
    assertEquals("", outcome.stderr());
    assertEquals("", outcome.stdout());
  }

  @Test
  void unknownOptionExitsWith2() {
    Outcome outcome = pygen("--bogus");
    assertEquals(2, outcome.status());
    assertEquals(
        "pygen: Unknown option: '--bogus'\nTry 'pygen --help' for more information.\n",
        outcome.stderr().replace(System.lineSeparator(), "\n"));
    assertEquals("", outcome.stdout());
  }

  @Test
  void runWithoutFileExitsWith2() {
    Outcome outcome = pygen("run");
    assertEquals(2, outcome.status());
    assertTrue(outcome.stderr().startsWith("pygen run: Missing required parameter"));
  }

  @Test
  void missingFileExitsWith2AndSaysSoLikePython() {
    Path missing = dir.resolve("nowhere.pyg");
    Outcome outcome = pygen("run", missing.toString());
    assertEquals(2, outcome.status());
    assertEquals(
        "pygen: can't open file '"
            + missing.toAbsolutePath()
            + "': [Errno 2] No such file or directory\n",
        outcome.stderr().replace(System.lineSeparator(), "\n"));
    assertEquals("", outcome.stdout());
  }

  @Test
  void missingFileInShorthandExitsWith2() {
    Outcome outcome = pygen(dir.resolve("nowhere.py").toString(), "--flag");
    assertEquals(2, outcome.status());
    assertTrue(outcome.stderr().contains("[Errno 2] No such file or directory"));
  }

  @Test
  void directoryExitsWith2() {
    Outcome outcome = pygen("run", dir.toString());
    assertEquals(2, outcome.status());
    assertTrue(outcome.stderr().contains("[Errno 21] Is a directory"), outcome.stderr());
  }

  @Test
  void runsAPygFile() throws IOException {
    Path file =
        program(
            "hello.pyg",
            "def greet(name):\n    return 'hello ' + name\n\nprint(greet('pygen'), 42)\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals("", outcome.stderr());
    assertEquals("hello pygen 42\n", outcome.stdout());
    assertEquals(0, outcome.status());
  }

  @Test
  void runsAPyFileAndAFileWithoutExtension() throws IOException {
    Path py = program("plain.py", "print('ok')\n");
    Path bare = program("script", "print(1 + 1)\n");
    Outcome pyOutcome = pygen("run", py.toString());
    Outcome bareOutcome = pygen("run", bare.toString());
    assertEquals("ok\n", pyOutcome.stdout(), pyOutcome.stderr());
    assertEquals("2\n", bareOutcome.stdout(), bareOutcome.stderr());
    assertEquals(0, pyOutcome.status());
    assertEquals(0, bareOutcome.status());
  }

  @Test
  void shorthandRunsTheFile() throws IOException {
    Path file = program("short.pyg", "print('short')\n");
    Outcome outcome = pygen(file.toString());
    assertEquals("short\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void wordsAfterTheFileGoToTheProgramAsSysArgv() throws IOException {
    Path file = program("args.pyg", "import sys\nprint(sys.argv)\n");
    Outcome outcome = pygen("run", file.toString(), "--help", "-x", "run");
    assertEquals("['" + file + "', '--help', '-x', 'run']\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void shorthandPassesArgumentsToo() throws IOException {
    Path file = program("args.py", "import sys\nprint(sys.argv[1:])\n");
    Outcome outcome = pygen(file.toString(), "one", "--two");
    assertEquals("['one', '--two']\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void outputIsUtf8() throws IOException {
    Path file = program("unicode.pyg", "print('h\u00e9llo \u2713 \u65e5\u672c')\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals(0, outcome.status(), outcome.stderr());
    assertArrayEquals(
        "h\u00e9llo \u2713 \u65e5\u672c\n".getBytes(StandardCharsets.UTF_8), outcome.stdoutBytes());
  }

  @Test
  void uncaughtExceptionPrintsCpythonTracebackAndExitsWith1() throws IOException {
    Path file = program("error.pyg", "print(\"a\")\nx\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals(1, outcome.status());
    assertEquals("a\n", outcome.stdout());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \""
            + file
            + "\", line 2, in <module>\n"
            + "    x\n"
            + "NameError: name 'x' is not defined\n",
        outcome.stderr());
    assertNoJavaStackTrace(outcome);
  }

  @Test
  void syntaxErrorPrintsCpythonMessageAndExitsWith1() throws IOException {
    Path file = program("syntax.pyg", "def f()\n    pass\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals(1, outcome.status());
    assertEquals("", outcome.stdout());
    assertEquals(
        "  File \""
            + file
            + "\", line 1\n"
            + "    def f()\n"
            + "           ^\n"
            + "SyntaxError: expected ':'\n",
        outcome.stderr());
    assertNoJavaStackTrace(outcome);
  }

  @Test
  void exitsOnlyAfterNonDaemonThreadsFinish() throws IOException {
    Path file =
        program(
            "thread.pyg",
            "from threading import Thread\n"
                + "import time\n"
                + "\n"
                + "def late():\n"
                + "    time.sleep(0.2)\n"
                + "    print(\"late\")\n"
                + "\n"
                + "Thread(target=late).start()\n"
                + "print(\"started\")\n");
    Outcome outcome = pygen("run", file.toString());
    assertEquals("started\nlate\n", outcome.stdout(), outcome.stderr());
    assertEquals(0, outcome.status());
  }

  @Test
  void theDirectPathKnowsEverySubcommandPicocliHas() {
    Main main = new Main(new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
    Set<String> names = main.commandModel(null, List.of()).getSubcommands().keySet();
    assertEquals(names, Main.SUBCOMMANDS);
  }

  @Test
  void theDirectPathTakesOnlyPlainFileCommandLines() {
    assertEquals(
        List.of("a.pyg", "x", "-c"), Main.directRun(new String[] {"run", "a.pyg", "x", "-c"}));
    assertEquals(List.of("a.pyg", "--help"), Main.directRun(new String[] {"a.pyg", "--help"}));
    assertEquals(List.of("check"), Main.directRun(new String[] {"run", "check"}));
    for (String[] args :
        new String[][] {
          {}, {"run"}, {"check", "a.pyg"}, {"generate-completion"}, {"-c", "print(1)"},
          {"-X", "recursionlimit=50", "a.pyg"}, {"run", "--help"}, {"run", "-"}, {"-"},
          {"@args.txt"}, {"run", "@args.txt"}, {""}, {"--version"}
        }) {
      assertEquals(null, Main.directRun(args), List.of(args).toString());
    }
  }

  @Test
  void theDirectPathRunsAProgramAsPicocliDoes() throws IOException {
    Path file =
        program(
            "argv.pyg",
            "import sys\nprint(sys.argv[1:])\nraise SystemExit(len(sys.argv))\n");
    for (String[] args :
        new String[][] {
          {"run", file.toString(), "a", "--b", "-c"}, {file.toString(), "-X", "x"},
          {"run", dir.resolve("missing.pyg").toString()}
        }) {
      ByteArrayOutputStream directOut = new ByteArrayOutputStream();
      ByteArrayOutputStream directErr = new ByteArrayOutputStream();
      int direct = new Main(directOut, directErr, false).run(args);
      ByteArrayOutputStream parsedOut = new ByteArrayOutputStream();
      ByteArrayOutputStream parsedErr = new ByteArrayOutputStream();
      int parsed = new Main(parsedOut, parsedErr, false).runParsed(args);
      assertEquals(parsed, direct, List.of(args).toString());
      assertEquals(
          parsedOut.toString(StandardCharsets.UTF_8), directOut.toString(StandardCharsets.UTF_8));
      assertEquals(
          parsedErr.toString(StandardCharsets.UTF_8), directErr.toString(StandardCharsets.UTF_8));
    }
  }
  @Test
  void aSourceFileThatIsNotUtf8IsASyntaxErrorAsInPython3() throws IOException {
    Path file = dir.resolve("latin1.py");
    Files.write(file, "print(1)\ns = '\u00e9t\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    String expected =
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file "
            + file.toAbsolutePath()
            + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for"
            + " details\n";
    Outcome run = pygen("run", file.toString());
    assertEquals(1, run.status());
    assertEquals("", run.stdout());
    assertEquals(expected, run.stderr());
    Outcome check = pygen("check", file.toAbsolutePath().toString());
    assertEquals(1, check.status());
    assertEquals(expected, check.stderr());
  }

  @Test
  void aNulByteInASourceFileIsASyntaxErrorAsInPython3() throws IOException {
    Path file = program("nul.py", "print(1)\nx = 1 # \0\n");
    Outcome run = pygen("run", file.toString());
    assertEquals(1, run.status());
    assertEquals(
        "  File \"" + file.toAbsolutePath() + "\", line 2\n    x = 1 # \n"
            + "SyntaxError: source code cannot contain null bytes\n",
        run.stderr());
  }
}
