package org.pygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;

/**
 * Drives {@link Repl} with scripted lines. The expected transcripts are what {@code printf ... |
 * python3 -i 2>&1} printed for the same lines (banner removed): prompts and output interleaved,
 * typed lines not echoed.
 */
final class ReplTest {
  private final List<String> indents = new ArrayList<>();

  private String session(String... lines) throws IOException {
    StringWriter transcript = new StringWriter();
    PrintWriter writer = new PrintWriter(transcript);
    Deque<String> pending = new ArrayDeque<>(List.of(lines));
    LineSource input =
        (prompt, indent) -> {
          writer.print(prompt);
          indents.add(indent);
          return pending.poll();
        };
    Interpreter interpreter = Interpreter.builder().out(writer).err(writer).trusted().build();
    assertEquals(0, new Repl(interpreter, input, writer, writer).run());
    return transcript.toString();
  }

  @Test
  void echoesExpressionsAndKeepsThemInUnderscore() throws IOException {
    assertEquals(">>> >>> 42\n>>> 42\n>>> >>> (1, 2)\n>>> ", session("x = 2", "x * 21", "_", "None", "1, 2"));
  }

  @Test
  void underscoreLivesInTheBuiltinsAndASyntaxErrorInsideBracketsIsReportedAtOnce()
      throws IOException {
    assertEquals(
        ">>>   File \"<stdin>\", line 1\n    def g(:\n          ^\nSyntaxError: invalid syntax\n"
            + ">>> ... >>> (1, 2)\n>>> (1, 2)\n>>> >>> (1, 2)\n>>> >>> 'mine'\n>>> 1\n"
            + ">>> 'mine'\n>>> 'mine'\n"
            + ">>>   File \"<stdin>\", line 1\n    y = [1 2\n         ^^^\n"
            + "SyntaxError: invalid syntax. Perhaps you forgot a comma?\n>>> ",
        session(
            "def g(:", "x = (1,", "  2)", "x", "_", "import builtins", "builtins._",
            "_ = \"mine\"", "_", "1", "_", "builtins._", "y = [1 2"));
  }

  @Test
  void noneIsNotEchoedAndLeavesUnderscoreAlone() throws IOException {
    assertEquals(">>> >>> >>> 5\n>>> >>> 5\n>>> ", session("x = None", "x", "5", "x", "_"));
  }

  @Test
  void multiLineDefThenCall() throws IOException {
    assertEquals(
        ">>> >>> ... ... >>> 4\n>>> ",
        session("x = 2", "def f(n):", "    return n * 2", "", "f(x)"));
    // Auto-indentation: one level after the ':', the same depth after that.
    assertEquals(List.of("", "", "    ", "    ", "", ""), indents);
  }

  @Test
  void errorThenTheSessionGoesOnWithItsState() throws IOException {
    assertEquals(
        ">>> >>> Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 1, in <module>\n"
            + "NameError: name 'undefined' is not defined\n"
            + ">>> 2\n>>> ",
        session("x = 2", "y = undefined", "x"));
  }

  @Test
  void errorInAnEchoedExpressionShowsTheLineAsTyped() throws IOException {
    assertEquals(
        ">>> Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 1, in <module>\n"
            + "ZeroDivisionError: division by zero\n"
            + ">>> ",
        session("1/0"));
  }

  @Test
  void syntaxErrorAsPython() throws IOException {
    assertEquals(
        ">>>   File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>> ",
        session("x = = 1"));
  }

  @Test
  void blankLinesAndOpenBrackets() throws IOException {
    assertEquals(">>> >>> ... ... (1, 2)\n>>> ", session("", "(1,", "", " 2)"));
  }

  @Test
  void cancelledLinePrintsKeyboardInterruptAndContinues() throws IOException {
    StringWriter transcript = new StringWriter();
    PrintWriter writer = new PrintWriter(transcript);
    Deque<String> pending = new ArrayDeque<>(List.of("x = 1", "def f():", "CANCEL", "x"));
    LineSource input =
        (prompt, indent) -> {
          writer.print(prompt);
          String line = pending.poll();
          if ("CANCEL".equals(line)) {
            throw new InputCancelledException();
          }
          return line;
        };
    Interpreter interpreter = Interpreter.builder().out(writer).err(writer).build();
    assertEquals(0, new Repl(interpreter, input, writer, writer).run());
    assertEquals(">>> >>> ... KeyboardInterrupt\n>>> 1\n>>> ", transcript.toString());
  }

  @Test
  void pipedStdinRunsAsAProgram() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    byte[] program = "x = 2\nx * 21\nprint(x * 21)\n1/0\n".getBytes(StandardCharsets.UTF_8);
    int status =
        new Main(new ByteArrayInputStream(program), false, stdout, stderr, false).run();
    assertEquals(1, status);
    assertEquals("42\n", stdout.toString(StandardCharsets.UTF_8));
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 4, in <module>\n"
            + "ZeroDivisionError: division by zero\n",
        stderr.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
