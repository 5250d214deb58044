package org.pygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pygen.Interpreter;
import org.pygen.PygenException;

/**
 * Runs one program file the way {@code python3 FILE} does: the program's output goes to the given
 * writers, an uncaught Python error is printed as CPython prints it, and the run ends only when
 * every non-daemon thread the program started has finished.
 */
final class ScriptRunner {
  private final Writer out;
  private final PrintWriter err;
  private int recursionLimit;
  private boolean forwardInterrupts;

  /**
   * Creates a runner printing the program's output to {@code out} and errors to {@code err}. Both
   * are flushed when a run ends; neither is closed.
   */
  ScriptRunner(Writer out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Makes Ctrl-C (SIGINT) raise KeyboardInterrupt in the programs this runner runs; for the
   * real command line only, as signal handlers belong to the whole JVM.
   */
  void forwardInterrupts() {
    this.forwardInterrupts = true;
  }

  /** Sets the recursion limit programs start with ({@code -X recursionlimit=N}); must be > 0. */
  void setRecursionLimit(int limit) {
    this.recursionLimit = limit;
  }

  /**
   * Runs {@code fileArgument} (a path as the user typed it) with the program arguments {@code
   * programArguments}, and returns the process exit status.
   */
  int run(String fileArgument, List<String> programArguments) {
    Path file;
    try {
      file = Path.of(fileArgument);
    } catch (InvalidPathException e) {
      return cannotOpen(fileArgument, "[Errno 22] Invalid argument");
    }
    if (Files.isDirectory(file)) {
      return cannotOpen(fileArgument, "[Errno 21] Is a directory");
    }
    if (!Files.exists(file)) {
      return cannotOpen(fileArgument, "[Errno 2] No such file or directory");
    }
    if (!Files.isReadable(file)) {
      return cannotOpen(fileArgument, "[Errno 13] Permission denied");
    }
    // As in CPython, sys.argv[0] is the file as typed and the program's arguments follow.
    List<String> argv = new ArrayList<>();
    argv.add(fileArgument);
    argv.addAll(programArguments);
    // CPython names the main script by its absolute (not normalised) path in tracebacks.
    Path absolute = file.toAbsolutePath();
    try {
      return execute(argv, interpreter -> interpreter.exec(absolute));
    } catch (UncheckedIOException e) {
      // The file vanished or became unreadable between the checks above and the read.
      return cannotOpen(fileArgument, "[Errno 5] " + e.getCause().getMessage());
    }
  }

  /**
   * Runs a whole program read from {@code in} under the name {@code <stdin>}, as {@code python3}
   * does when its standard input is not a terminal or with {@code -}; {@code argv} is the
   * program's {@code sys.argv}. Returns the exit status.
   */
  int runStdin(Reader in, List<String> argv) {
    String source;
    try {
      source = readAll(in);
    } catch (IOException e) {
      err.println("pygen: can't read standard input: " + e.getMessage());
      err.flush();
      return ExitStatus.USAGE;
    }
    return runSource(source, Repl.FILE_NAME, argv);
  }

  /**
   * Runs {@code source} as a program named {@code fileName} (as {@code <string>} for {@code -c})
   * with {@code argv} as its {@code sys.argv}; returns the exit status.
   */
  int runSource(String source, String fileName, List<String> argv) {
    return execute(argv, interpreter -> interpreter.exec(source, fileName));
  }

  /** Builds an interpreter for {@code argv}, applies the settings, runs {@code program}. */
  private int execute(List<String> argv, Consumer<Interpreter> program) {
    int status = ExitStatus.SUCCESS;
    // A program run from the command line has the user's own rights, as with CPython.
    Interpreter interpreter =
        Interpreter.builder().argv(argv).out(out).err(err).trusted().build();
    try (InterruptSignal ctrlC = forwardInterrupts ? InterruptSignal.forward(interpreter) : null) {
      try {
        if (recursionLimit > 0) {
          interpreter.exec(
              "import sys as _pygen_sys\n"
                  + "_pygen_sys.setrecursionlimit("
                  + recursionLimit
                  + ")\n"
                  + "del _pygen_sys\n",
              "<pygen -X>");
        }
        program.accept(interpreter);
      } catch (PygenException e) {
        // Program output printed before the error comes first, as on a terminal with CPython.
        flush(out);
        status = SystemExits.isSystemExit(e) ? SystemExits.status(e, err) : printed(e);
      }
      // As in CPython, threads the program started run to their end even after an uncaught error.
      interpreter.awaitThreads();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("pygen: interrupted while waiting for the program's threads");
      status = ExitStatus.PROGRAM_ERROR;
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Any other Java exception reaching here is an interpreter bug; a user never sees a Java
      // stack trace, only what went wrong in one line.
      flush(out);
      err.println("pygen: internal error: " + e);
      status = ExitStatus.PROGRAM_ERROR;
    } finally {
      interpreter.close();
      flush(out);
      err.flush();
    }
    return status;
  }

  private int printed(PygenException e) {
    err.print(e.formatted());
    return e.pythonType().equals("KeyboardInterrupt")
        ? ExitStatus.INTERRUPTED
        : ExitStatus.PROGRAM_ERROR;
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  private int cannotOpen(String fileArgument, String reason) {
    String shown = fileArgument;
    try {
      // CPython names the file by its absolute path in this message.
      shown = Path.of(fileArgument).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      // Keep the path as typed.
    }
    err.println("pygen: can't open file '" + shown + "': " + reason);
    err.flush();
    return ExitStatus.USAGE;
  }

  private static void flush(Writer writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      // Output that cannot be written (a closed pipe) is dropped, as CPython does at exit.
    }
  }
}
