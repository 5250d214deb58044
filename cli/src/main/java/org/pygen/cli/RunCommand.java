package org.pygen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pygen run FILE [ARGS...]}: runs one program file. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Runs FILE as a pygen program and exits with its status: 0 when it ran to its end,"
          + " 1 for an uncaught exception or a syntax error (printed as CPython prints it),"
          + " 2 when FILE cannot be opened.",
      "The program's output is written as UTF-8; pygen exits only after every non-daemon"
          + " thread the program started has finished.",
    })
final class RunCommand implements Callable<Integer> {
  private final ScriptRunner runner;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The program file: any name; .pyg by convention, .py works too.")
  private String file;

  @Parameters(
      index = "1..*",
      paramLabel = "ARGS",
      description = "The program's sys.argv[1:]: everything after FILE, unread by pygen.")
  private List<String> programArguments = new ArrayList<>();

  /** Creates the command; {@code runner} runs the program. */
  RunCommand(ScriptRunner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    return runner.run(file, programArguments);
  }
}
