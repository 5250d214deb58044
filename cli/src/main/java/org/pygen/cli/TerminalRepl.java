package org.pygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.pygen.Interpreter;
import org.pygen.PygenException;

/**
 * The REPL on the user's terminal: the thin JLine part (line editing, history in {@code
 * ~/.pygen_history}, tab completion of names, Ctrl-C) around {@link Repl}.
 */
final class TerminalRepl {
  private static final List<String> KEYWORDS =
      List.of(
          "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
          "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
          "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
          "return", "try", "while", "with", "yield");

  private TerminalRepl() {}

  /** Runs the REPL on the process's terminal with output to {@code out} and {@code err}. */
  static int run(Writer out, PrintWriter err, String version) throws IOException {
    // Like `pygen run`, what a person types runs with their own rights.
    Interpreter interpreter = Interpreter.builder().out(out).err(err).trusted().build();
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      // Outside readLine JLine leaves SIGINT to this handler: Ctrl-C raises KeyboardInterrupt in
      // the running statement, whose finally blocks run, as in python3.
      terminal.handle(Terminal.Signal.INT, signal -> interpreter.interrupt());
      DefaultParser parser = new DefaultParser();
      // Repl decides when a statement is complete; JLine must not ask for more lines itself.
      parser.setEofOnUnclosedQuote(false);
      parser.setEofOnEscapedNewLine(false);
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("pygen")
              .parser(parser)
              .history(new DefaultHistory())
              .variable(
                  LineReader.HISTORY_FILE,
                  Path.of(System.getProperty("user.home"), ".pygen_history"))
              .completer(new NameCompleter(interpreter))
              // '!' is Python's '!=', not history expansion; Tab on an empty line indents.
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .option(LineReader.Option.INSERT_TAB, true)
              .build();
      err.println(
          "pygen "
              + version
              + " (CPython 3.11 semantics) on Java "
              + System.getProperty("java.version"));
      err.flush();
      LineSource input =
          (prompt, indent) -> {
            try {
              return reader.readLine(prompt, null, (org.jline.reader.MaskingCallback) null, indent);
            } catch (UserInterruptException e) {
              throw new InputCancelledException();
            } catch (EndOfFileException e) {
              return null;
            }
          };
      try {
        return new Repl(interpreter, input, out, err).run();
      } finally {
        reader.getHistory().save();
        // Leave the shell's prompt on a line of its own after Ctrl-D, as python3 does.
        terminal.writer().println();
        terminal.flush();
        interpreter.close();
      }
    }
  }

  /**
   * Completes global names, builtins and keywords, and after a dot the attributes of the object
   * a dotted name ({@code os.path.jo}) refers to, as python3's rlcompleter does.
   */
  private static final class NameCompleter implements Completer {
    private static final java.util.regex.Pattern DOTTED_NAME =
        java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z_0-9]*(\\.[A-Za-z_][A-Za-z_0-9]*)*");

    private final Interpreter interpreter;

    NameCompleter(Interpreter interpreter) {
      this.interpreter = interpreter;
    }

    @Override
    public void complete(
        LineReader reader, org.jline.reader.ParsedLine line, List<Candidate> candidates) {
      // JLine's word is split at spaces only: keep what comes before the name being typed (as
      // in "print(pri") so that candidates match the word.
      String word = line.word().substring(0, line.wordCursor());
      int start = word.length();
      while (start > 0
          && (Character.isJavaIdentifierPart(word.charAt(start - 1))
              || word.charAt(start - 1) == '.')) {
        start--;
      }
      String before = word.substring(0, start);
      String typed = word.substring(start);
      int dot = typed.lastIndexOf('.');
      if (dot >= 0) {
        String object = typed.substring(0, dot);
        String partial = typed.substring(dot + 1);
        for (String name : attributes(object)) {
          if (!name.startsWith("_") || partial.startsWith("_")) {
            String full = before + object + "." + name;
            candidates.add(new Candidate(full, name, null, null, null, null, false));
          }
        }
        return;
      }
      Set<String> names = new TreeSet<>(names("dir(" + BUILTINS_ALIAS + ")"));
      names.addAll(KEYWORDS);
      names.addAll(interpreter.globals().keySet());
      names.remove(Repl.VALUE);
      for (String name : names) {
        candidates.add(new Candidate(before + name, name, null, null, null, null, false));
      }
    }

    /** Hidden global bound to the builtins module while their names are listed. */
    private static final String BUILTINS_ALIAS = "__pygen_complete_builtins__";

    /** The attribute names of what the dotted name refers to; none if it is not one. */
    private Set<String> attributes(String dottedName) {
      if (!DOTTED_NAME.matcher(dottedName).matches()) {
        return Set.of();
      }
      return names("dir(" + dottedName + ")");
    }

    /** The names a dir() expression lists, evaluated with the builtins module in reach. */
    private Set<String> names(String dirExpression) {
      Set<String> names = new TreeSet<>();
      try {
        interpreter.exec("import builtins as " + BUILTINS_ALIAS, "<completion>");
        if (interpreter.eval(dirExpression) instanceof List<?> list) {
          list.forEach(name -> names.add(String.valueOf(name)));
        }
      } catch (PygenException | org.pygen.ScriptStoppedException e) {
        // Nothing to offer for this word (an unknown name, a failing property).
      } finally {
        try {
          interpreter.exec("del " + BUILTINS_ALIAS, "<completion>");
        } catch (PygenException e) {
          // Already gone.
        }
      }
      return names;
    }
  }
}
