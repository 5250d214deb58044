package org.pygen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
      "Without arguments pygen prints this help and exits with status 2: the interactive"
          + " prompt (REPL) is not available yet.",
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

  /** Creates the command; {@code runner} runs the program when a FILE is given. */
  PygenCommand(ScriptRunner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    if (file == null) {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitStatus.USAGE;
    }
    return runner.run(file, programArguments);
  }
}
