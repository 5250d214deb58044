package org.pygen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code pygen} command itself; {@code pygen FILE [ARGS...]} is short for {@code run}. */
@Command(
    name = "pygen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs programs written in pygen, a Python-like language built around generators.",
      "",
      "pygen FILE [ARGS...] is short for pygen run FILE [ARGS...];"
          + " pygen -c CODE [ARGS...] runs CODE (sys.argv is ['-c', ARGS...]);"
          + " pygen - [ARGS...] runs the program read from standard input"
          + " (sys.argv is ['-', ARGS...]).",
      "Without arguments pygen opens the interactive prompt (REPL) when standard input is a"
          + " terminal: >>> and ... prompts, blocks end at a blank line, expression values are"
          + " echoed and kept in _, history in ~/.pygen_history, Tab completes names, Ctrl-C"
          + " cancels the line or the running statement, Ctrl-D exits. Otherwise it runs the"
          + " program read from standard input, as python3 does.",
    },
    footer = {
      "",
      "Exit status: 0 when the program ran to its end, 1 for an uncaught exception or a syntax"
          + " error, 2 for a misused command line (unknown option, missing or unreadable file),"
          + " n for sys.exit(n) (sys.exit('message') prints the message and gives 1), 130"
          + " when Ctrl-C's KeyboardInterrupt ended the program.",
      "Shell completion: source <(pygen generate-completion) in bash or zsh.",
      "JVM options such as the heap size go in the environment variable PYGEN_JAVA_OPTS, read"
          + " by scripts/pygen: PYGEN_JAVA_OPTS=-Xmx2g scripts/pygen big.pyg",
    })
final class PygenCommand implements Callable<Integer> {
  private final ScriptRunner runner;
  private final List<String> afterCode;
  private final ToIntFunction<List<String>> withoutFile;

  @Spec private CommandSpec spec;

  @Option(
      names = "-c",
      paramLabel = "CODE",
      description =
          "Runs CODE as the program, named <string> in tracebacks; the words after it are its"
              + " sys.argv[1:], even those that look like options.")
  private String code;

  /** Applies one {@code -X KEY=VALUE} option; throws a usage error for anything unknown. */
  @Option(
      names = "-X",
      paramLabel = "KEY=VALUE",
      description =
          "Interpreter setting. Known: recursionlimit=N (the initial sys.getrecursionlimit(),"
              + " N >= 1; default 1000), heap=SIZE (the JVM's maximum heap, e.g. 2g; applied"
              + " by scripts/pygen, which starts the JVM).")
  void setInterpreterOption(String option) {
    int equals = option.indexOf('=');
    String key = equals < 0 ? option : option.substring(0, equals);
    if (key.equals("heap")) {
      // The heap is fixed when the JVM starts: scripts/pygen turns -X heap=SIZE into -Xmx.
      throw new ParameterException(
          spec.commandLine(),
          "-X heap=SIZE must be given to scripts/pygen, which starts the JVM with it (with java"
              + " -jar, use java -Xmx" + (equals < 0 ? "2g" : option.substring(equals + 1))
              + " -jar ...)");
    }
    if (!key.equals("recursionlimit")) {
      throw new ParameterException(
          spec.commandLine(),
          "Unknown -X option: '"
              + option
              + "' (known: recursionlimit=N, heap=SIZE)");
    }
    String value = equals < 0 ? "" : option.substring(equals + 1);
    int limit;
    try {
      limit = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      limit = 0;
    }
    if (limit < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid -X recursionlimit: '" + value + "' (an integer >= 1 is expected)");
    }
    runner.setRecursionLimit(limit);
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The program file: any name; .pyg by convention, .py works too.")
  private String file;

  @Parameters(
      index = "1..*",
      paramLabel = "ARGS",
      description = "The program's sys.argv[1:]: everything after FILE, unread by pygen.")
  private List<String> programArguments = new ArrayList<>();

  /**
   * Creates the command; {@code runner} runs the program when a FILE or CODE is given, {@code
   * withoutFile} (the REPL or the program on standard input) runs with the program's {@code
   * sys.argv} when none is or FILE is {@code -}. {@code afterCode} are the words after {@code -c
   * CODE}, which are not parsed.
   */
  PygenCommand(
      ScriptRunner runner, List<String> afterCode, ToIntFunction<List<String>> withoutFile) {
    this.runner = runner;
    this.afterCode = afterCode;
    this.withoutFile = withoutFile;
  }

  @Override
  public Integer call() {
    if (code != null) {
      List<String> argv = new ArrayList<>();
      argv.add("-c");
      argv.addAll(afterCode);
      return runner.runSource(code, "<string>", argv);
    }
    if (file == null) {
      // As python3 does, a program read from standard input without arguments has argv [''].
      return withoutFile.applyAsInt(List.of(""));
    }
    if (file.equals("-")) {
      List<String> argv = new ArrayList<>();
      argv.add("-");
      argv.addAll(programArguments);
      return withoutFile.applyAsInt(argv);
    }
    return runner.run(file, programArguments);
  }
}
