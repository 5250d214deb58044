package org.pygen.cli;

import java.io.BufferedWriter;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pygen.grammar.PygenLexer;
import org.pygen.grammar.PygenParser;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The {@code pygen} command line. {@link #main} is the only place that exits the JVM; everything
 * else returns an exit status, so tests run the command in-process through {@link #run}.
 */
public final class Main {
  /** Stack size of the thread that runs the program (reserved address space, touched lazily). */
  private static final long MAIN_STACK_BYTES = 512L * 1024 * 1024;
  static final String RUN = "run";
  static final String CHECK = "check";
  static final String GENERATE_COMPLETION = "generate-completion";
  /** The subcommands' names: a first word naming one is not a program file. */
  static final Set<String> SUBCOMMANDS = Set.of(RUN, CHECK, GENERATE_COMPLETION);

  private final Writer out;
  private final PrintWriter err;
  private final InputStream stdin;
  private final boolean stdinIsTerminal;
  /** Whether this is the process's command line, whose Ctrl-C reaches the program. */
  private boolean forwardInterrupts;

  /**
   * Creates a command line whose program output goes to {@code stdout} and whose messages and
   * tracebacks go to {@code stderr}, both as UTF-8.
   *
   * @param interactive whether stdout is a terminal: then each printed line is shown at once;
   *     otherwise output is buffered and written when the program ends or the buffer fills
   */
  public Main(OutputStream stdout, OutputStream stderr, boolean interactive) {
    this(InputStream.nullInputStream(), false, stdout, stderr, interactive);
  }

  /**
   * Like {@link #Main(OutputStream, OutputStream, boolean)}, reading standard input from {@code
   * stdin}: {@code pygen} without a file opens the REPL when {@code stdinIsTerminal}, and runs the
   * program read from {@code stdin} otherwise.
   */
  public Main(
      InputStream stdin,
      boolean stdinIsTerminal,
      OutputStream stdout,
      OutputStream stderr,
      boolean interactive) {
    this.stdin = stdin;
    this.stdinIsTerminal = stdinIsTerminal;
    Writer bufferedOut =
        new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
    this.out = interactive ? new LineFlushingWriter(bufferedOut) : bufferedOut;
    // Errors are line-flushed always, as CPython's stderr is, so they are never lost or late.
    this.err =
        new PrintWriter(
            new LineFlushingWriter(
                new BufferedWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8))));
  }

  /** Runs {@code pygen} with the process's standard streams and exits with its status. */
  public static void main(String[] args) {
    boolean terminal = stdoutIsTerminal();
    Main main =
        new Main(
            new FileInputStream(FileDescriptor.in),
            // Java 17 tells only whether both stdin and stdout are terminals: that opens the REPL.
            terminal,
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err),
            terminal);
    main.forwardInterrupts = true;
    // Interpreted calls recurse on the Java stack: run on a thread whose stack is large enough
    // that the recursion limit (sys.setrecursionlimit), not the JVM, decides how deep code goes.
    int[] status = {ExitStatus.PROGRAM_ERROR};
    Thread runner = new Thread(null, () -> status[0] = main.run(args), "main", MAIN_STACK_BYTES);
    runner.start();
    preloadParser();
    try {
      runner.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.exit(status[0]);
  }

  /**
   * Initialises the parser's classes on this otherwise idle thread while the runner thread sets
   * up the interpreter: ANTLR builds its tables (deserialises the ATN) when they initialise, work
   * a second core takes off a hello world's start-up. The runner waits for the initialisation
   * if it needs the classes first; a failure here is left for the runner to meet and report.
   */
  private static void preloadParser() {
    ClassLoader loader = Main.class.getClassLoader();
    try {
      Class.forName(PygenLexer.class.getName(), true, loader);
      Class.forName(PygenParser.class.getName(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // The runner meets the same problem and reports it.
    }
  }

  /**
   * Parses {@code args} and does what they ask: run a program, print help or the version. Returns
   * the exit status; output is flushed before returning.
   */
  public int run(String... args) {
    List<String> direct = directRun(args);
    if (direct != null) {
      return flushed(newRunner().run(direct.get(0), direct.subList(1, direct.size())));
    }
    return runParsed(args);
  }

  /** {@link #run} with every command line parsed by picocli, the direct path not taken. */
  int runParsed(String... args) {
    // As with python3, the words after -c CODE are the program's, even those that look like
    // options: picocli parses only what comes before them.
    int end = optionsEnd(args);
    CommandLine commandLine = commandModel(newRunner(), List.of(args).subList(end, args.length));
    return flushed(commandLine.execute(Arrays.copyOf(args, end)));
  }

  private ScriptRunner newRunner() {
    ScriptRunner runner = new ScriptRunner(out, err);
    if (forwardInterrupts) {
      runner.forwardInterrupts();
    }
    return runner;
  }

  /** The picocli model of the pygen command and its subcommands. */
  CommandLine commandModel(ScriptRunner runner, List<String> afterCode) {
    PygenCommand pygenCommand =
        new PygenCommand(runner, afterCode, argv -> withoutFile(runner, argv));
    CommandLine commandLine = new CommandLine(pygenCommand);
    commandLine.addSubcommand(RUN, new CommandLine(new RunCommand(runner)));
    commandLine.addSubcommand(CHECK, new CommandLine(new CheckCommand(out, err)));
    // `source <(pygen generate-completion)` gives bash and zsh completion of the commands,
    // options and file names; picocli writes the script from the command model above.
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(false);
    commandLine.addSubcommand(GENERATE_COMPLETION, completion);
    // Everything after FILE belongs to the program, even words that look like pygen options.
    commandLine.setStopAtPositional(true);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          // One line saying what is wrong, as python3 does, rather than the whole usage text.
          String command = exception.getCommandLine().getCommandSpec().qualifiedName();
          err.println(command + ": " + exception.getMessage());
          err.println("Try '" + command + " --help' for more information.");
          return ExitStatus.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, failedCommand, parseResult) -> {
          // Never show a Java stack trace to a user.
          err.println("pygen: internal error: " + exception);
          return ExitStatus.PROGRAM_ERROR;
        });
    return commandLine;
  }

  /** Flushes both streams, then returns {@code status}. */
  private int flushed(int status) {
    try {
      out.flush();
    } catch (IOException e) {
      // A closed stdout (e.g. a pipe whose reader quit) cannot be helped at this point.
    }
    err.flush();
    return status;
  }

  /**
   * For the two commonest command lines, {@code pygen run FILE [ARGS...]} and {@code pygen FILE
   * [ARGS...]}, the file and the program's arguments; null for anything else. These are run
   * without building picocli's command model: picocli's classes are Java 5 bytecode, which the
   * class-data-sharing archive cannot hold, and loading and verifying them was about half of a
   * hello world's start-up. The picocli model would parse these lines the same way (see
   * MainTest): FILE is not an option, an @argument-file or a subcommand name, and everything
   * after FILE is the program's.
   */
  static List<String> directRun(String[] args) {
    int file = args.length > 0 && args[0].equals(RUN) ? 1 : 0;
    if (file >= args.length) {
      return null;
    }
    String name = args[file];
    if (name.isEmpty()
        || name.startsWith("-")
        || name.startsWith("@")
        || (file == 0 && SUBCOMMANDS.contains(name))) {
      return null;
    }
    return List.of(args).subList(file, args.length);
  }

  /**
   * Where pygen's own options end when they include {@code -c CODE}: just after CODE; otherwise
   * {@code args.length} (picocli then stops at the first positional word itself).
   */
  private static int optionsEnd(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-c")) {
        return Math.min(i + 2, args.length);
      }
      if (arg.startsWith("-c")) {
        return i + 1;
      }
      if (arg.equals("-X")) {
        i++;
      } else if (arg.equals("--") || !arg.startsWith("-") || arg.equals("-")) {
        break;
      }
    }
    return args.length;
  }

  /**
   * Runs the program on standard input with {@code argv} as its {@code sys.argv}, or opens the
   * REPL when {@code argv} is {@code [""]} (no arguments) and standard input is a terminal.
   */
  private int withoutFile(ScriptRunner runner, List<String> argv) {
    if (!stdinIsTerminal || !argv.equals(List.of(""))) {
      return runner.runStdin(new InputStreamReader(stdin, StandardCharsets.UTF_8), argv);
    }
    try {
      return TerminalRepl.run(out, err, VersionProvider.version());
    } catch (IOException e) {
      err.println("pygen: cannot open the terminal: " + e.getMessage());
      return ExitStatus.USAGE;
    }
  }

  /**
   * Whether standard output is a terminal. Java 17 tells only through {@link System#console()},
   * which is non-null for a terminal; from Java 22 it is non-null more often and {@code
   * Console.isTerminal()} says it exactly, so that is used when present.
   */
  private static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
