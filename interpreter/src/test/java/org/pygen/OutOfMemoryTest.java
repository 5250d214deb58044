package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A script that fills the heap, though each object is far below the interpreter's size limit,
 * makes the JVM throw OutOfMemoryError. It must reach the host as CPython's MemoryError (never
 * as a Java Error), end only the run that caused it, and leave the interpreter, its other
 * objects and its threads working. Run in a child JVM with a 64 MB heap
 * ({@link OutOfMemoryProbe}), so the test JVM's own heap is never at risk.
 */
final class OutOfMemoryTest {
  @Test
  void exhaustingTheHeapIsAMemoryErrorAndTheInterpreterGoesOn() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                OutOfMemoryProbe.class.getName())
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe ended");
    assertEquals("", err, "nothing on the probe's standard error");
    assertEquals(0, p.exitValue());
    String traceback = "Traceback (most recent call last):|  File \"<string>\", line 1, in <module>|";
    assertEquals(
        String.join(
            "\n",
            List.of(
                "exec: " + traceback + "MemoryError|",
                "after exec: 45",
                "generator: " + traceback + "MemoryError|",
                "after generator: [false, finished]",
                "call: MemoryError|",
                "iteration: MemoryError|",
                "thread: Exception in thread Thread-1 (hog):|MemoryError|",
                "after all: [1, 1000, true] 1000000",
                "")),
        out);
  }
}
