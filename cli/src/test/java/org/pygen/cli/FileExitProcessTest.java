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
 * Files a program leaves open are complete on disk once {@code pygen} has exited, however the
 * program ends: at its end, by an uncaught exception, by {@code sys.exit} (also inside a {@code
 * with} block), or by Ctrl-C. The program writes the same 210,000 characters through an unclosed
 * text file, an unclosed binary file, a generator suspended inside {@code with open(...)} and a
 * thread still writing when the main program ends. Statuses and messages are python3's for the
 * same program (checked by hand with python3 3.11).
 */
final class FileExitProcessTest {
  private static final String PROGRAM =
      """
      import sys, threading, time
      how = sys.argv[1]
      data = "".join(f"{i:06d}\\n" for i in range(30000))
      text = open("unclosed.txt", "w")
      text.write(data)
      binary = open("unclosed.bin", "wb")
      binary.write(data.encode())
      def writer(path):
          with open(path, "w") as f:
              while True:
                  line = yield
                  f.write(line)
      w = writer("generator.txt")
      next(w)
      for i in range(30000):
          w.send(f"{i:06d}\\n")
      def late():
          with open("thread.txt", "w") as f:
              for i in range(30000):
                  f.write(f"{i:06d}\\n")
      threading.Thread(target=late).start()
      print("written", flush=True)
      if how == "raise":
          raise RuntimeError("boom")
      if how == "exit":
          sys.exit(3)
      if how == "exit-in-with":
          with open("with.txt", "w") as f:
              f.write(data)
              sys.exit("bye")
      if how == "interrupt":
          while True:
              time.sleep(0.05)
      """;

  private static final String[] FILES = {
    "unclosed.txt", "unclosed.bin", "generator.txt", "thread.txt"
  };

  @TempDir Path dir;

  private record Result(int status, String stdout, String stderr) {}

  private Process start(String how) throws IOException {
    Files.writeString(dir.resolve("prog.pyg"), PROGRAM, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("prog.pyg");
    command.add(how);
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    return p;
  }

  private Result run(String how) throws Exception {
    Process p = start(how);
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pygen ended");
      return new Result(p.exitValue(), out, err);
    } finally {
      p.destroyForcibly();
    }
  }

  private void assertComplete(String... names) throws IOException {
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 30000; i++) {
      expected.append(String.format("%06d%n", i));
    }
    for (String name : names) {
      assertEquals(
          expected.toString(),
          Files.readString(dir.resolve(name), StandardCharsets.UTF_8),
          name + " is complete");
    }
  }

  @Test
  void atTheProgramsEnd() throws Exception {
    assertEquals(new Result(0, "written\n", ""), run("end"));
    assertComplete(FILES);
  }

  @Test
  void afterAnUncaughtException() throws Exception {
    Result r = run("raise");
    assertEquals(1, r.status());
    assertEquals("written\n", r.stdout());
    assertTrue(
        r.stderr().startsWith("Traceback (most recent call last):\n")
            && r.stderr().endsWith("\nRuntimeError: boom\n"),
        r.stderr());
    assertComplete(FILES);
  }

  @Test
  void afterSysExit() throws Exception {
    assertEquals(new Result(3, "written\n", ""), run("exit"));
    assertComplete(FILES);
  }

  @Test
  void afterSysExitInsideAWithBlock() throws Exception {
    assertEquals(new Result(1, "written\n", "bye\n"), run("exit-in-with"));
    assertComplete(FILES);
    assertComplete("with.txt");
  }

  @Test
  void afterCtrlC() throws Exception {
    Process p = start("interrupt");
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("written", out.readLine());
      Assumptions.assumeFalse(
          SigintCheck.ignoresSigint(p.pid()),
          "SIGINT is ignored here (a background job): nothing to test");
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertEquals(0, kill.waitFor());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pygen ended after SIGINT");
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(err.endsWith("\nKeyboardInterrupt\n"), err);
      assertEquals(130, p.exitValue());
      assertComplete(FILES);
    } finally {
      p.destroyForcibly();
    }
  }
}
