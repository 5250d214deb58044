package org.pygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.pygen.Interpreter;
import org.pygen.PygenException;
import org.pygen.Script;
import org.pygen.ScriptStoppedException;

/**
 * The read-eval-print loop of {@code pygen} without arguments, as python3's: reads a statement
 * (several lines for a block), runs it, echoes the {@code repr} of an expression's value and keeps
 * it in {@code _}, and prints errors without ending the session. Input comes from a {@link
 * LineSource}, so tests drive it without a terminal.
 */
final class Repl {
  /** File name of the typed code in tracebacks, as python3 names it. */
  static final String FILE_NAME = "<stdin>";

  /** Hidden global that carries an expression's value from the code to its echo. */
  static final String VALUE = "__pygen_repl_value__";

  private static final String ASSIGN_VALUE = VALUE + " = (";

  /** Hidden global naming the builtins module while {@code _} is set in it. */
  private static final String BUILTINS = "__pygen_repl_builtins__";

  /**
   * Echoes the value in Python, so that {@code repr} sees the value itself (the Java API would
   * hand back converted values: a tuple as a list), and binds {@code _} in the builtins only for
   * a value that is not None, as CPython's {@code sys.displayhook} does (so a global {@code _}
   * the user assigns hides it, as in python3).
   */
  private static final String DISPLAY =
      "try:\n"
          + "    if " + VALUE + " is not None:\n"
          + "        print(repr(" + VALUE + "))\n"
          + "        import builtins as " + BUILTINS + "\n"
          + "        " + BUILTINS + "._ = " + VALUE + "\n"
          + "        del " + BUILTINS + "\n"
          + "finally:\n"
          + "    del " + VALUE + "\n";

  private static final String PROMPT = ">>> ";
  private static final String CONTINUATION_PROMPT = "... ";

  private final Interpreter interpreter;
  private final LineSource input;
  private final Writer out;
  private final PrintWriter err;

  /**
   * Creates a loop running what {@code input} gives in {@code interpreter}, whose output should
   * go to {@code out} and {@code err} too (they are flushed before each prompt).
   */
  Repl(Interpreter interpreter, LineSource input, Writer out, PrintWriter err) {
    this.interpreter = interpreter;
    this.input = input;
    this.out = out;
    this.err = err;
  }

  /** Runs statements until the input ends; returns the exit status, 0. */
  int run() throws IOException {
    while (true) {
      String source;
      try {
        source = readStatement();
      } catch (InputCancelledException e) {
        // As python3: the typed lines are dropped and the prompt comes back.
        err.println("KeyboardInterrupt");
        continue;
      }
      if (source == null) {
        flush();
        return ExitStatus.SUCCESS;
      }
      if (!source.isBlank()) {
        execute(source);
      }
    }
  }

  /**
   * Reads one statement: one line, or for a block (a line ending with {@code :}, or a decorator)
   * lines up to a blank one, and always past open brackets, triple-quoted strings and trailing
   * backslashes. Returns null at the end of the input when nothing was typed.
   */
  private String readStatement() throws IOException {
    StringBuilder source = new StringBuilder();
    boolean block = false;
    String indent = "";
    while (true) {
      flush();
      String line = input.readLine(source.length() == 0 ? PROMPT : CONTINUATION_PROMPT, indent);
      if (line == null) {
        // End of input in the middle of a statement runs what was typed, as python3 does.
        return source.length() == 0 ? null : source.toString();
      }
      boolean first = source.length() == 0;
      source.append(line).append('\n');
      if (first && line.isBlank()) {
        return "";
      }
      InputState state = InputState.of(source.toString());
      if (state.unfinished()) {
        if (hasErrorBeforeItsEnd(source.toString())) {
          return source.toString();
        }
        indent = leadingWhitespace(line);
        continue;
      }
      if (!block) {
        if (!state.opensBlock() && !(first && line.strip().startsWith("@"))) {
          return source.toString();
        }
        block = true;
      } else if (line.isBlank()) {
        return source.toString();
      }
      // Auto-indentation: as deep as the line before, one level deeper after a ':'.
      indent = leadingWhitespace(line) + (InputState.of(line + "\n").opensBlock() ? "    " : "");
    }
  }

  /**
   * Whether source that looks unfinished (an open bracket, a trailing backslash) already has a
   * syntax error that more lines cannot mend, such as {@code def g(:}: python3 reports it at
   * once instead of asking for more.
   */
  private boolean hasErrorBeforeItsEnd(String source) {
    String closers = InputState.of(source).closers();
    if (closers.isEmpty()) {
      return false; // a backslash or an open triple-quoted string: more lines are needed
    }
    // Close the brackets where the typing stopped: an error found before that point is one
    // more lines cannot mend; one at the closers is just the statement being unfinished.
    String typed = source.stripTrailing();
    int lastLine = (int) typed.lines().count();
    int endColumn = typed.length() - (typed.lastIndexOf('\n') + 1);
    try {
      interpreter.compile(typed + closers + "\n", FILE_NAME);
      return false;
    } catch (PygenException e) {
      if (!e.isSyntaxError() || e.problems().isEmpty()) {
        return false;
      }
      PygenException.Problem p = e.problems().get(0);
      return p.line() < lastLine || (p.line() == lastLine && p.column() - 1 < endColumn);
    }
  }

  private void execute(String source) {
    try {
      Script script = interpreter.compile(source, FILE_NAME);
      if (!script.isExpression()) {
        script.run();
        return;
      }
      try {
        // The closing bracket goes on a line of its own so that a trailing comment is harmless.
        interpreter.exec(ASSIGN_VALUE + source.stripTrailing() + "\n)", FILE_NAME);
      } catch (PygenException e) {
        // Tracebacks show the statement's first line: show it as the user typed it.
        printError(e.formatted().replace(ASSIGN_VALUE, ""));
        return;
      }
      interpreter.exec(DISPLAY, FILE_NAME);
    } catch (PygenException e) {
      printError(e.formatted());
    } catch (ScriptStoppedException e) {
      // Interpreter.cancel() after Ctrl-C: the statement stops, the session goes on.
      printError("KeyboardInterrupt\n");
    } catch (RuntimeException | StackOverflowError e) {
      // An interpreter bug: say so in one line and keep the session, never a Java stack trace.
      printError("pygen: internal error: " + e + "\n");
    } finally {
      flush();
    }
  }

  private void printError(String text) {
    // Output printed before the error comes first, as on a terminal with CPython.
    flush();
    err.print(text);
    err.flush();
  }

  private void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      // Output that cannot be written (a closed pipe) is dropped.
    }
    err.flush();
  }

  private static String leadingWhitespace(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}
