package org.pygen.modules.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;

/**
 * How generators are shared: the module-level functions of one interpreter share one generator,
 * which several threads may draw from at once without corrupting it; two interpreters never share
 * one.
 */
class RandomSharingTest {
  private static final int THREADS = 4;
  private static final long DRAWS = 5000;

  @Test
  void concurrentDrawsFromTheModuleLoseNoStep() throws Exception {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(
        "import random\n"
            + "random.seed(2024)\n"
            + "def draw(n):\n"
            + "    for i in range(n):\n"
            + "        random.random()\n"
            + "        random.getrandbits(96)\n"
            + "        random.randrange(1000)\n");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(pool.submit(() -> py.call("draw", DRAWS)));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    // randrange draws a varying number of words, so the final position is not predictable; the
    // state must still be whole: drawing works and a saved state replays exactly.
    Object next = py.eval("random.random()");
    assertEquals(Double.class, next.getClass());
    py.exec(
        "state = random.getstate()\n"
            + "a = [random.random() for _ in range(5)]\n"
            + "random.setstate(state)\n"
            + "b = [random.random() for _ in range(5)]\n");
    assertEquals(py.get("a"), py.get("b"));
  }

  @Test
  void concurrentFloatDrawsEqualTheSequentialSequence() throws Exception {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(
        "import random\n"
            + "random.seed(99)\n"
            + "def draw(n):\n"
            + "    for i in range(n):\n"
            + "        random.random()\n"
            + "        random.getrandbits(70)\n");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(pool.submit(() -> py.call("draw", DRAWS)));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    // Every call draws a fixed number of 32-bit words (2 + 3), so after all threads the shared
    // generator is exactly where a single thread doing all the work would be.
    py.exec(
        "r = random.Random(99)\n"
            + "for i in range(" + THREADS * DRAWS + "):\n"
            + "    r.random()\n"
            + "    r.getrandbits(70)\n"
            + "expected = r.random()\n"
            + "actual = random.random()\n");
    assertEquals(py.get("expected"), py.get("actual"));
  }

  @Test
  void interpretersHaveTheirOwnGenerators() {
    Interpreter first = Interpreter.builder().out(new StringWriter()).build();
    Interpreter second = Interpreter.builder().out(new StringWriter()).build();
    first.exec("import random\nrandom.seed(1)\nx = random.random()\ny = random.random()");
    second.exec("import random\nrandom.seed(1)\n");
    first.exec("z = random.random()");
    second.exec("x = random.random()");
    assertEquals(first.get("x"), second.get("x"), "the first draw after seeding, unaffected");
    assertNotEquals(first.get("x"), first.get("y"));
  }

  @Test
  void unseededInterpretersDiffer() {
    Interpreter first = Interpreter.builder().out(new StringWriter()).build();
    Interpreter second = Interpreter.builder().out(new StringWriter()).build();
    first.exec("import random\nbits = random.getrandbits(128)");
    second.exec("import random\nbits = random.getrandbits(128)");
    assertNotEquals(first.get("bits"), second.get("bits"));
  }
}
