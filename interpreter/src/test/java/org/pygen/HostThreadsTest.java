package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One interpreter used from several host threads at once: each call runs on its caller's thread
 * over the shared globals; single operations on shared containers are atomic, so nothing is lost.
 */
class HostThreadsTest {
  private static final int THREADS = 8;
  private static final int CALLS = 500;

  @Test
  void concurrentCallsShareGlobalsWithoutLosingUpdates() throws Exception {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(
        "seen = []\n"
            + "counts = {}\n"
            + "def record(worker, i):\n"
            + "    seen.append((worker, i))\n"
            + "    counts[worker] = counts.get(worker, 0) + 1\n"
            + "    return sum(x * x for x in range(i % 10))\n");
    Script square = py.compile("sum(n * n for n in range(20))");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < THREADS; w++) {
      long worker = w;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < CALLS; i++) {
                  py.call("record", worker, i);
                  assertEquals(2470L, square.run());
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));

    List<?> seen = (List<?>) py.get("seen");
    assertEquals(THREADS * CALLS, seen.size(), "no append is lost");
    Set<Object> distinct = new HashSet<>(seen);
    assertEquals(THREADS * CALLS, distinct.size(), "no append is duplicated");
    // Each worker writes only its own key, so even the read-modify-write is exact per key.
    for (long w = 0; w < THREADS; w++) {
      assertEquals((long) CALLS, py.eval("counts[" + w + "]"));
    }
  }
}
