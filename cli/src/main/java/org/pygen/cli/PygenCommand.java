package org.pygen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
      "pygen FILE [ARGS...] is short for pygen run FILE [ARGS...].",
      "Without arguments pygen opens the interactive prompt (REPL) when standard input is a"
          + " terminal: >>> and ... prompts, blocks end at a blank line, expression values are"
          + " echoed and kept in _, history in ~/.pygen_history, Tab completes names, Ctrl-C"
          + " cancels the line or the running statement, Ctrl-D exits. Otherwise it runs the"
          + " program read from standard input, as python3 does.",
    },
    footer = {
      "",
      "Exit status: 0 when the program ran to its end, 1 for an uncaught exception or a syntax"
          + " error, 2 for a misused command line (unknown option, missing or unreadable file).",
    })
final class PygenCommand implements Callable<Integer> {
  private final ScriptRunner runner;

  @Spec private CommandSpec spec;

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

  private final IntSupplier withoutFile;

  /**
   * Creates the command; {@code runner} runs the program when a FILE is given, {@code
   * withoutFile} (the REPL or the program on standard input) when none is.
   */
  PygenCommand(ScriptRunner runner, IntSupplier withoutFile) {
    this.runner = runner;
    this.withoutFile = withoutFile;
  }

  @Override
  public Integer call() {
    if (file == null) {
      return withoutFile.getAsInt();
    }
    return runner.run(file, programArguments);
  }
}
