package org.pygen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;

/**
 * Suspended generators that are never finished still run their cleanup: when they become
 * unreachable (best effort, after a garbage collection) and at the latest when the interpreter
 * closes, as CPython closes the generators alive at exit.
 */
class GeneratorFinalizationTest {
  private static final String GENERATORS =
      "log = []\n"
          + "def guarded(name):\n"
          + "    try:\n"
          + "        yield 1\n"
          + "        yield 2\n"
          + "    finally:\n"
          + "        log.append(name)\n";

  @Test
  void anUnreachableSuspendedGeneratorRunsItsFinallyBlock() throws InterruptedException {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(GENERATORS + "g = guarded('dropped')\nnext(g)\ng = None\n");
    // The generator's handle is unreachable now; the Cleaner closes it after a collection.
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!List.of("dropped").equals(py.get("log")) && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(List.of("dropped"), py.get("log"));
  }

  @Test
  void closingTheInterpreterClosesSuspendedGenerators() {
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(new StringWriter()).err(err).build();
    py.exec(
        GENERATORS
            + "kept = guarded('kept')\n"
            + "next(kept)\n"
            + "finished = guarded('finished')\n"
            + "list(finished)\n"
            + "fresh = guarded('never started')\n");
    assertEquals(List.of("finished"), py.get("log"));
    py.close();
    // Only the suspended one had cleanup left to run; a never-started generator has none.
    assertEquals(List.of("finished", "kept"), py.get("log"));
    assertEquals("", err.toString());
  }

  @Test
  void anErrorDuringCleanupIsReportedNotThrown() {
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(new StringWriter()).err(err).build();
    py.exec("def stubborn():\n    try:\n        yield 1\n    finally:\n        yield 2\n"
        + "s = stubborn()\nnext(s)\n");
    py.close();
    String text = err.toString();
    assertTrue(text.startsWith("Exception ignored in: <generator object stubborn at 0x"), text);
    assertTrue(text.endsWith("RuntimeError: generator ignored GeneratorExit\n"), text);
  }
}
