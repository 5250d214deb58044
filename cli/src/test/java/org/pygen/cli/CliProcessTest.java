package org.pygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pygen} command as a separate process, as a shell runs it: exit statuses, the two
 * output streams, and Ctrl-C (SIGINT) raising KeyboardInterrupt. Expected texts are python3's.
 */
final class CliProcessTest {
  @TempDir Path dir;

  private record Result(int status, String stdout, String stderr) {}

  private ProcessBuilder pygen(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  private Result run(String... args) throws Exception {
    Process p = pygen(args).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pygen ended");
    return new Result(p.exitValue(), out, err);
  }

  private void program(String name, String source) throws IOException {
    Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
  }

  @Test
  void exitStatusesAndStreams() throws Exception {
    program("ok.pyg", "import sys\nprint(sys.argv)\n");
    assertEquals(new Result(0, "['ok.pyg', 'a', 'b']\n", ""), run("run", "ok.pyg", "a", "b"));
    program("boom.pyg", "print('before')\n1 / 0\n");
    Result boom = run("boom.pyg");
    assertEquals(1, boom.status());
    assertEquals("before\n", boom.stdout());
    assertTrue(boom.stderr().endsWith("ZeroDivisionError: division by zero\n"), boom.stderr());
    program("exit.pyg", "import sys\nsys.exit(3)\n");
    assertEquals(new Result(3, "", ""), run("exit.pyg"));
    Result usage = run("--frobnicate");
    assertEquals(2, usage.status());
  }

  @Test
  void ctrlCRaisesKeyboardInterruptRunsFinallyAndExits130() throws Exception {
    program(
        "loop.pyg",
        "import time\nprint('ready', flush=True)\ntry:\n    while True:\n        time.sleep(0.05)\n"
            + "finally:\n    print('cleanup ran')\n");
    Process p = pygen("run", "loop.pyg").start();
    p.getOutputStream().close();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    try {
      assertEquals("ready", out.readLine());
      Assumptions.assumeFalse(
          SigintCheck.ignoresSigint(p.pid()),
          "SIGINT is ignored here (a background job): nothing to test");
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertEquals(0, kill.waitFor());
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "pygen ended after SIGINT");
      assertEquals("cleanup ran", out.readLine());
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
      assertTrue(err.endsWith("\nKeyboardInterrupt\n"), err);
      assertEquals(130, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }
}
