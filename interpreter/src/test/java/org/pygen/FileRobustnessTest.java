package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files under stress from the host's side: what a script wrote is on disk at the moment its
 * {@code with} block ends (seen by Java while the script still runs), a host interrupt never
 * closes a file the script keeps, and permission problems give CPython's PermissionError.
 * Exits of the {@code pygen} process are in the CLI's FileExitProcessTest; growing, truncated and
 * missing files in the programs {@code file_grow_truncate} and {@code file_open_errors}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class FileRobustnessTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();

  private Interpreter interpreter() {
    Function<String, String> onDisk =
        name -> {
          try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return Interpreter.builder()
        .out(out)
        .fileAccess(FileAccess.readWrite(dir))
        .threads(4)
        .define("on_disk", onDisk)
        .build();
  }

  /** 600,000 characters written each way; Java reads the file back right after the block. */
  @Test
  void everyWayOutOfAWithBlockLeavesTheWholeFileOnDisk() throws Exception {
    Interpreter py = interpreter();
    py.exec(
        """
        import threading
        data = "".join(f"{i:05d}\\n" for i in range(100000))
        with open("plain.txt", "w") as f:
            f.write(data)
        print("normal exit", on_disk("plain.txt") == data)

        try:
            with open("raised.txt", "w") as f:
                f.write(data)
                raise ValueError("boom")
        except ValueError:
            print("exception", on_disk("raised.txt") == data)

        def save(name):
            with open(name, "w") as f:
                f.write(data)
                return len(data)
        save("returned.txt")
        print("return", on_disk("returned.txt") == data)

        for attempt in range(3):
            with open("broken.txt", "w") as f:
                f.write(data)
                break
        print("break", on_disk("broken.txt") == data)

        def writer(name):
            with open(name, "w") as f:
                while True:
                    f.write((yield))
        w = writer("generator.txt")
        next(w)
        for line in data.splitlines(keepends=True):
            w.send(line)
        w.close()
        print("generator closed", on_disk("generator.txt") == data)

        def from_thread():
            with open("thread.txt", "w") as f:
                f.writelines(data.splitlines(keepends=True))
        t = threading.Thread(target=from_thread)
        t.start()
        t.join()
        print("thread", on_disk("thread.txt") == data)

        with open("binary.bin", "wb") as f:
            f.write(data.encode())
        print("binary", on_disk("binary.bin") == data)

        kept = open("flushed.txt", "w")
        kept.write(data)
        kept.flush()
        print("flush", on_disk("flushed.txt") == data)
        kept.write("more\\n")
        """);
    assertEquals(
        "normal exit True\nexception True\nreturn True\nbreak True\ngenerator closed True\n"
            + "thread True\nbinary True\nflush True\n",
        out.toString());
    // A file left open is flushed when the run returns to the host, and again at close().
    String expected = py.eval("data + 'more\\n'").toString();
    assertEquals(expected, Files.readString(dir.resolve("flushed.txt")));
    py.close();
    assertEquals(expected, Files.readString(dir.resolve("flushed.txt")));
  }

  /**
   * The host interrupts the thread running a script that writes and reads files the interpreter
   * keeps in globals, 20 times at different moments: each run ends with
   * ScriptInterruptedException, and afterwards the files are still open and hold every write.
   * (An NIO channel would have been closed by the interrupt: "OSError" on every later use.)
   */
  @Test
  void hostInterruptsNeverCloseAScriptsFiles() throws Exception {
    Interpreter py = interpreter();
    py.exec(
        """
        log = open("log.txt", "w")
        blog = open("log.bin", "wb")
        with open("source.txt", "w") as f:
            f.write("".join(f"{i:05d}\\n" for i in range(20000)))
        writes = 0
        def busy():
            global writes
            while True:
                with open("source.txt") as src:
                    for line in src:
                        log.write(line)
                        blog.write(line.encode())
                        writes += 1
                log.flush()
        """);
    for (int i = 0; i < 20; i++) {
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  py.exec("busy()");
                } catch (Throwable e) {
                  outcome.set(e);
                }
              });
      t.start();
      Thread.sleep(2 + i);
      t.interrupt();
      t.join(TimeUnit.SECONDS.toMillis(30));
      assertTrue(!t.isAlive(), "the interrupted run ended");
      assertInstanceOf(ScriptInterruptedException.class, outcome.get());
    }
    py.exec(
        """
        log.write("end\\n")
        log.close()
        blog.write(b"end\\n")
        blog.close()
        text = open("log.txt").read()
        binary = open("log.bin", "rb").read().decode()
        """);
    long writes = (Long) py.get("writes");
    assertWholeLinesInOrder((String) py.get("text"), writes);
    assertWholeLinesInOrder((String) py.get("binary"), writes);
  }

  /**
   * {@code text} is whole source lines in the source's order (each run starts again at 00000),
   * then "end": a write lost in the middle would break the order. {@code writes} counts the
   * lines the script wrote (maybe one fewer, if an interrupt fell between write and count).
   */
  private static void assertWholeLinesInOrder(String text, long writes) {
    List<String> lines = text.lines().toList();
    assertEquals("end", lines.get(lines.size() - 1));
    for (int i = 1; i < lines.size() - 1; i++) {
      int previous = Integer.parseInt(lines.get(i - 1));
      int next = Integer.parseInt(lines.get(i));
      assertTrue(next == (previous + 1) % 20000 || next == 0, "line " + i + ": " + next);
    }
    long written = lines.size() - 1;
    assertTrue(written == writes || written == writes + 1, written + " lines, " + writes);
  }

  /**
   * Permission problems: CPython's PermissionError, errno 13, for reading, writing and creating.
   * Root may open anything, so the test is skipped when running as root.
   */
  @Test
  void permissionProblemsGiveCPythonsPermissionError() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "x\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    try {
      Assumptions.assumeFalse(
          Files.isReadable(secret),
          "running as root (or with CAP_DAC_OVERRIDE): permissions are not enforced");
      Interpreter py = interpreter();
      py.exec(
          """
          for name, mode in [("secret.txt", "r"), ("secret.txt", "w"), ("secret.txt", "a"),
                             ("secret.txt", "rb"), ("locked/new.txt", "w"),
                             ("locked/new.txt", "xb")]:
              try:
                  open(name, mode)
              except PermissionError as e:
                  print(mode, e.errno, e.strerror, e.filename, "|", e)
          """);
      assertEquals(
          "r 13 Permission denied secret.txt | [Errno 13] Permission denied: 'secret.txt'\n"
              + "w 13 Permission denied secret.txt | [Errno 13] Permission denied: 'secret.txt'\n"
              + "a 13 Permission denied secret.txt | [Errno 13] Permission denied: 'secret.txt'\n"
              + "rb 13 Permission denied secret.txt | [Errno 13] Permission denied: 'secret.txt'\n"
              + "w 13 Permission denied locked/new.txt"
              + " | [Errno 13] Permission denied: 'locked/new.txt'\n"
              + "xb 13 Permission denied locked/new.txt"
              + " | [Errno 13] Permission denied: 'locked/new.txt'\n",
          out.toString());
    } finally {
      // Let @TempDir clean up.
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
