package org.pygen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real terminal, as a person uses it: pygen runs in a tmux session, keys are sent
 * with {@code tmux send-keys} and the screen read back with {@code capture-pane}. Checks the
 * prompts, auto-indented blocks, echo and {@code _}, Tab completion of an attribute, a traceback
 * after which the session goes on, Ctrl-C stopping a running loop with KeyboardInterrupt, and
 * Ctrl-D leaving. Skipped where tmux is not installed.
 */
final class TerminalReplTest {
  private static final long WAIT_MILLIS = 20_000;

  @TempDir Path home;
  private final String session = "pygen-repl-test-" + ProcessHandle.current().pid();

  @AfterEach
  void killSession() throws Exception {
    run("tmux", "kill-session", "-t", session);
  }

  @Test
  void aSessionInTmux() throws Exception {
    Assumptions.assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "HOME='" + home + "' '" + java + "' -cp '" + System.getProperty("java.class.path")
            + "' org.pygen.cli.Main";
    assertTrue(
        run("tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "50", command) == 0);
    run("tmux", "set-option", "-t", session, "remain-on-exit", "on");
    waitFor(">>>"); // capture-pane drops trailing spaces
    send("def gen(n):", "Enter", "for i in range(n):", "Enter", "yield i * i", "Enter", "Enter");
    send("list(gen(5))", "Enter");
    waitFor("[0, 1, 4, 9, 16]");
    send("sum(_)", "Enter");
    waitFor("\n30\n");
    send("import os", "Enter", "os.path.jo", "Tab");
    waitFor(">>> os.path.join");
    send("(\"a\", \"b\")", "Enter");
    waitFor("'a/b'");
    send("undefined_name", "Enter");
    waitFor("NameError: name 'undefined_name' is not defined");
    send("while True: pass", "Enter", "Enter");
    Thread.sleep(1000);
    send("C-c");
    waitFor("KeyboardInterrupt");
    send("1 + 1", "Enter");
    String screen = waitFor("\n2\n");
    assertTrue(
        screen.indexOf("    for i in range(n):") < screen.indexOf("        yield i * i"),
        "continuation lines come indented:\n" + screen);
    assertTrue(screen.contains("File \"<stdin>\", line 1, in <module>"), screen);
    send("C-d");
    // The pane stays (remain-on-exit) so that the screen can be read; its process must end.
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!capture("display-message", "-p", "-t", session, "#{pane_dead}").strip().equals("1")) {
      assertTrue(System.currentTimeMillis() < deadline, "Ctrl-D did not end pygen");
      Thread.sleep(100);
    }
  }

  /** The output of a tmux command. */
  private static String capture(String... tmuxArguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(List.of(tmuxArguments));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(5, TimeUnit.SECONDS);
    return out;
  }

  /** Sends keys: text is typed as it is; names such as Enter, Tab, C-c are keys. */
  private void send(String... keys) throws Exception {
    for (String key : keys) {
      List<String> command = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
      if (!key.matches("Enter|Tab|C-[a-z]")) {
        command.add("-l");
      }
      command.add(key);
      assertTrue(run(command.toArray(new String[0])) == 0, "send-keys " + key);
      Thread.sleep(150);
    }
  }

  /** Waits until the screen shows {@code text}; returns the screen. */
  private String waitFor(String text) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    String screen = "";
    while (System.currentTimeMillis() < deadline) {
      screen = capture("capture-pane", "-p", "-t", session);
      if (screen.contains(text)) {
        return screen;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the screen never showed " + text + ":\n" + screen);
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return -1; // not installed
    }
    p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
