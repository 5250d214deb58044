package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Hostile scripts against the CPU limits: each is stopped with its own Java exception, no
 * {@code except} clause can swallow the stop, and the interpreter answers the next call.
 * Timing is never asserted: waits are bounded only so that a failure cannot hang the build.
 */
class LimitsTest {
  private static final String SPIN = "while True:\n    pass\n";

  private static Interpreter withLimits(Limits limits) {
    return Interpreter.builder().out(new StringWriter()).limits(limits).build();
  }

  private static void assertStillUsable(Interpreter py) {
    assertEquals(2L, py.eval("1 + 1"));
  }

  @Test
  void anInfiniteLoopStopsAtTheStepLimit() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(10_000));
    assertThrows(StepLimitExceededException.class, () -> py.exec(SPIN));
    assertStillUsable(py);
  }

  @Test
  void theStepLimitIsDeterministic() {
    String counting = "n = 0\nwhile True:\n    n += 1\n";
    long[] reached = new long[2];
    for (int i = 0; i < 2; i++) {
      Interpreter py = withLimits(Limits.NONE.maxSteps(5_000));
      assertThrows(StepLimitExceededException.class, () -> py.exec(counting));
      reached[i] = (Long) py.get("n");
    }
    assertEquals(reached[0], reached[1]);
    assertTrue(reached[0] > 4_000 && reached[0] < 5_000, "n = " + reached[0]);
  }

  @Test
  void noExceptClauseCanCatchTheStop() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(50_000));
    String stubborn =
        "while True:\n"
            + "    try:\n"
            + "        while True:\n"
            + "            pass\n"
            + "    except BaseException:\n"
            + "        pass\n"
            + "    finally:\n"
            + "        pass\n";
    assertThrows(StepLimitExceededException.class, () -> py.exec(stubborn));
    assertStillUsable(py);
  }

  @Test
  void builtinsArePaidForByTheItemsTheyProduce() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(1_000_000));
    // Would take minutes and gigabytes without the limit.
    assertThrows(StepLimitExceededException.class, () -> py.exec("x = list(range(10**10))"));
    assertThrows(StepLimitExceededException.class, () -> py.exec("x = sum(range(10**12))"));
    // Building a big object costs a step per 64 estimated bytes, before it is built.
    assertThrows(StepLimitExceededException.class, () -> py.exec("x = 'x' * 10**9"));
    assertThrows(StepLimitExceededException.class, () -> py.exec("x = 10**10**9"));
    py.exec("x = 'x' * 10**6"); // 15,625 steps: affordable
    assertStillUsable(py);
  }

  @Test
  void eachCallHasItsOwnBudget() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(10_000));
    for (int i = 0; i < 5; i++) {
      // 3000 iterations and 3000 range items: 6000 steps, within each call's 10000.
      py.exec("for i in range(3000):\n    pass\n");
    }
    assertStillUsable(py);
  }

  @Test
  void aGeneratorPulledFromJavaIsLimitedToo() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(10_000));
    py.exec("def spin():\n    yield 0\n    while True:\n        pass\n    yield 1\n");
    java.util.Iterator<?> it = (java.util.Iterator<?>) py.eval("spin()");
    assertEquals(0L, it.next());
    RuntimeException e = assertThrows(RuntimeException.class, it::hasNext);
    assertInstanceOf(StepLimitExceededException.class, e);
    assertStillUsable(py);
  }

  @Test
  void scriptThreadsHaveTheSameLimitAndSayWhyTheyStopped() throws InterruptedException {
    StringWriter err = new StringWriter();
    Interpreter py =
        Interpreter.builder()
            .out(new StringWriter())
            .err(err)
            .threads(2)
            .limits(Limits.NONE.maxSteps(10_000))
            .build();
    py.exec(
        "import threading\n"
            + "def spin():\n"
            + "    while True:\n"
            + "        pass\n"
            + "threading.Thread(target=spin).start()\n");
    py.awaitThreads();
    assertEquals(
        "Thread Thread-1 (spin) stopped: the script exceeded its limit of 10000 steps\n",
        err.toString());
    assertStillUsable(py);
  }

  @Test
  void theTimeoutStopsABusyLoopAndASleep() {
    Interpreter py = withLimits(Limits.NONE.timeout(Duration.ofMillis(200)));
    assertThrows(ScriptTimeoutException.class, () -> runBounded(() -> py.exec(SPIN)));
    assertThrows(
        ScriptTimeoutException.class,
        () -> runBounded(() -> py.exec("import time\ntime.sleep(3600)\n")));
    assertStillUsable(py);
  }

  @Test
  void cancelStopsAScriptRunningOnAnotherThread() throws InterruptedException {
    for (String script : new String[] {SPIN, "import time\ntime.sleep(3600)\n"}) {
      java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
      Interpreter py =
          Interpreter.builder()
              .out(new StringWriter())
              .define("started", (Runnable) running::countDown)
              .build();
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t = new Thread(() -> {
        try {
          py.exec("started()\n" + script);
        } catch (Throwable e) {
          outcome.set(e);
        }
      });
      t.start();
      assertTrue(running.await(30, java.util.concurrent.TimeUnit.SECONDS));
      py.cancel();
      t.join(30_000);
      assertInstanceOf(ScriptCancelledException.class, outcome.get(), script);
      assertStillUsable(py);
    }
  }

  @Test
  void interruptingTheHostThreadStopsTheScript() throws InterruptedException {
    Interpreter py = withLimits(Limits.NONE);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        py.exec(SPIN);
      } catch (Throwable e) {
        outcome.set(e);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    });
    t.start();
    Thread.sleep(100);
    t.interrupt();
    t.join(30_000);
    assertInstanceOf(ScriptInterruptedException.class, outcome.get());
    assertEquals(Boolean.TRUE, stillInterrupted.get(), "the interrupt status is kept");
    assertStillUsable(py);
  }

  @Test
  void deepRecursionOnASmallHostStackIsARecursionError() throws InterruptedException {
    Interpreter py = withLimits(Limits.NONE);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    // 256 KB is far less than 1000 interpreted calls need: the JVM's StackOverflowError must
    // become a Python RecursionError with a traceback, never reach the host.
    Thread t = new Thread(null, () -> {
      try {
        py.exec("def down(n):\n    return down(n + 1)\n\ndown(0)\n", "deep.pyg");
      } catch (Throwable e) {
        outcome.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join(60_000);
    PygenException e = assertInstanceOf(PygenException.class, outcome.get());
    assertEquals("RecursionError", e.pythonType());
    assertNotNull(e.formatted());
    assertTrue(e.formatted().contains("File \"deep.pyg\""), e.formatted());
    assertStillUsable(py);
  }

  @Test
  void anEmbeddedInterpreterCapsObjectsByDefault() {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    PygenException e = assertThrows(PygenException.class, () -> py.exec("x = 'x' * 10**10"));
    assertEquals("MemoryError", e.pythonType());
    assertEquals(256L * 1024 * 1024, Limits.DEFAULT.maxObjectSize());
    assertStillUsable(py);
  }

  @Test
  void hugeObjectsAreRefusedBeforeTheyAreBuilt() {
    Interpreter py =
        Interpreter.builder()
            .out(new StringWriter())
            .limits(Limits.NONE.maxObjectSize(16L * 1024 * 1024))
            .build();
    for (String hostile :
        new String[] {
          "x = 'x' * 10**10",
          "x = [0] * 10**10",
          "x = 10**10**10",
          "x = 1 << 10**10",
          "s = 'ab'\nwhile True:\n    s = s + s\n",
          "s = 'ab'\nwhile True:\n    s += s\n",
          "l = []\nwhile True:\n    l.append(l)\n",
          "x = list(range(10**10))",
          "x = ','.join(['y' * 10**6] * 1000)",
          "x = 'y'.ljust(10**10)",
          "x = '7'.zfill(10**10)",
          "x = ('ab' * 1000).replace('a', 'a' * 100000)",
          "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
          "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
        }) {
      PygenException e = assertThrows(PygenException.class, () -> py.exec(hostile), hostile);
      assertEquals("MemoryError", e.pythonType(), hostile);
      assertStillUsable(py);
    }
  }

  @Test
  void aScriptCanCatchTheMemoryErrorAndGoOn() {
    StringWriter out = new StringWriter();
    Interpreter py =
        Interpreter.builder().out(out).limits(Limits.NONE.maxObjectSize(1_000_000)).build();
    py.exec(
        "try:\n"
            + "    big = 'x' * 2_000_000\n"
            + "except MemoryError as e:\n"
            + "    print('refused', repr(e))\n"
            + "print(len('x' * 500_000))\n");
    assertEquals("refused MemoryError()\n500000\n", out.toString());
  }

  @Test
  void cancelEndsAnInputThatIsWaitingForALine() throws Exception {
    java.io.PipedWriter feed = new java.io.PipedWriter();
    java.io.PipedReader source = new java.io.PipedReader(feed);
    java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
    StringWriter out = new StringWriter();
    Interpreter py =
        Interpreter.builder()
            .out(out)
            .in(source)
            .define("started", (Runnable) running::countDown)
            .build();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        py.exec("started()\nline = input()\n");
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    t.start();
    assertTrue(running.await(30, java.util.concurrent.TimeUnit.SECONDS));
    Thread.sleep(50);
    py.cancel();
    t.join(30_000);
    assertInstanceOf(ScriptCancelledException.class, outcome.get());
    // The abandoned read is not lost: the next input() gets the line once it arrives.
    feed.write("hello\n");
    feed.flush();
    py.exec("print(input())\n");
    assertEquals("hello\n", out.toString());
  }

  /** Runs {@code r} on another thread and waits at most a minute, rethrowing what it threw. */
  private static void runBounded(Runnable r) throws Throwable {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        r.run();
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    t.start();
    t.join(60_000);
    if (t.isAlive()) {
      throw new AssertionError("the script was not stopped within a minute");
    }
    if (outcome.get() != null) {
      throw outcome.get();
    }
  }
}
