package org.pygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pygen.Interpreter;
import org.pygen.PygenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pygen check FILE...}: parses and resolves files without running them. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Parses and resolves every FILE without running it and prints every syntax error found"
          + " in every file, each as CPython prints a SyntaxError. Prints nothing when all are"
          + " correct.",
      "Exit status: 0 when every file is correct, 1 when any has an error, 2 when a file"
          + " cannot be opened (the others are still checked).",
    })
final class CheckCommand implements Callable<Integer> {
  private final Writer out;
  private final PrintWriter err;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The program files to check.")
  private List<String> files = new ArrayList<>();

  /** Creates the command; errors are printed to {@code err}, {@code out} is flushed first. */
  CheckCommand(Writer out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try {
      out.flush();
    } catch (IOException e) {
      // Nothing was written to stdout; a closed stdout does not stop the check.
    }
    int status = ExitStatus.SUCCESS;
    try (Interpreter interpreter = Interpreter.builder().build()) {
      for (String file : files) {
        status = Math.max(status, check(interpreter, file));
      }
    }
    err.flush();
    return status;
  }

  private int check(Interpreter interpreter, String file) {
    String source;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (IOException | InvalidPathException e) {
      err.println("pygen check: can't open file '" + file + "': " + reason(file, e));
      return ExitStatus.USAGE;
    }
    try {
      source = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: the interpreter reads the file again to report it as CPython does.
      source = null;
    }
    try {
      if (source == null) {
        interpreter.compile(Path.of(file));
      } else {
        interpreter.compile(source, file);
      }
      return ExitStatus.SUCCESS;
    } catch (PygenException e) {
      List<PygenException.Problem> problems = e.problems();
      if (problems.isEmpty()) {
        err.print(e.formatted());
        return ExitStatus.PROGRAM_ERROR;
      }
      // The first problem as the interpreter formats it (with CPython's caret range), the rest
      // with a caret under their column.
      err.print(e.formatted());
      String[] lines = source == null ? new String[0] : source.split("\r\n|\r|\n", -1);
      for (PygenException.Problem problem : problems.subList(1, problems.size())) {
        err.print(format(problem, lines));
      }
      return ExitStatus.PROGRAM_ERROR;
    }
  }

  /** A problem as CPython prints a SyntaxError, with one caret under its column. */
  static String format(PygenException.Problem problem, String[] lines) {
    StringBuilder text = new StringBuilder();
    text.append("  File \"")
        .append(problem.fileName())
        .append("\", line ")
        .append(problem.line())
        .append('\n');
    int index = problem.line() - 1;
    if (index >= 0 && index < lines.length) {
      String line = lines[index];
      int strip = 0;
      while (strip < line.length() && " \t\f".indexOf(line.charAt(strip)) >= 0) {
        strip++;
      }
      String shown = line.substring(strip);
      text.append("    ").append(shown).append('\n');
      int caret = problem.column() - 1 - strip;
      if (problem.column() > 0 && caret >= 0) {
        text.append("    ")
            .append(" ".repeat(Math.min(caret, shown.length())))
            .append("^\n");
      }
    }
    text.append(problem.type()).append(": ").append(problem.message()).append('\n');
    return text.toString();
  }

  private static String reason(String file, Exception e) {
    if (e instanceof InvalidPathException) {
      return "[Errno 22] Invalid argument";
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      return "[Errno 21] Is a directory";
    }
    if (!Files.exists(path)) {
      return "[Errno 2] No such file or directory";
    }
    return "[Errno 13] Permission denied";
  }
}
