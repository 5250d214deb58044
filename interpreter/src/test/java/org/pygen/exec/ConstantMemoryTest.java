package org.pygen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;

/**
 * An infinite generator stepped ten million times by {@code next()} must run in constant memory:
 * the run happens in a child JVM whose heap is capped at 24 MB, so retaining even a few bytes per
 * step (10,000,000 steps) would end in OutOfMemoryError instead of the expected output.
 */
class ConstantMemoryTest {
  static final String PROGRAM =
      "def naturals():\n"
          + "    n = 0\n"
          + "    while True:\n"
          + "        yield n\n"
          + "        n += 1\n"
          + "\n"
          + "g = naturals()\n"
          + "total = 0\n"
          + "i = 0\n"
          + "while i < 10_000_000:\n"
          + "    total += next(g)\n"
          + "    i += 1\n"
          + "print(total)\n";

  /** Runs {@link #PROGRAM}; started by the test in a JVM with a small heap. */
  public static void main(String[] args) {
    StringWriter out = new StringWriter();
    try (Interpreter py = Interpreter.builder().out(out).build()) {
      py.exec(PROGRAM);
    }
    System.out.print(out);
  }

  @Test
  void tenMillionStepsInATwentyFourMegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx24m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ConstantMemoryTest.class.getName()))
            .redirectErrorStream(true)
            .start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly();
    }
    assertTrue(finished, "the child JVM did not finish");
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // sum(range(10_000_000)) as CPython computes it.
    assertEquals("49999995000000\n", output);
    assertEquals(0, p.exitValue());
  }
}
