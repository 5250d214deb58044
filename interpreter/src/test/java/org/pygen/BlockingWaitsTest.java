package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Every blocking call of the {@code queue} and {@code threading} modules must end when the
 * interpreter is cancelled, when the script's time limit passes or when its host thread is
 * interrupted, exactly as {@code time.sleep} does, on the main script and on script threads
 * alike. No timing is asserted; every wait in the test is bounded so that a wait that never
 * ends fails the test instead of hanging the build.
 */
class BlockingWaitsTest {
  private static final long BOUND_SECONDS = 30;

  /** Scripts that block forever once they have called {@code started()}. */
  private static final String[] BLOCKED_FOREVER = {
    "import queue\nq = queue.Queue()\nstarted()\nq.get()\n",
    "import queue\nq = queue.Queue(1)\nq.put(1)\nstarted()\nq.put(2)\n",
    "import queue\nq = queue.Queue()\nq.put(1)\nstarted()\nq.join()\n",
    "import queue\nq = queue.SimpleQueue()\nstarted()\nq.get()\n",
    "import queue\nq = queue.PriorityQueue()\nstarted()\nq.get(timeout=3600)\n",
    "import threading\nl = threading.Lock()\nl.acquire()\nstarted()\nl.acquire()\n",
    "import threading\nl = threading.Lock()\nl.acquire()\nstarted()\nl.acquire(timeout=3600)\n",
    "import threading\n"
        + "r = threading.RLock()\n"
        + "t = threading.Thread(target=r.acquire)\n" // the thread ends, still owning it
        + "t.start()\n"
        + "t.join()\n"
        + "started()\n"
        + "r.acquire()\n",
    "import threading\ne = threading.Event()\nstarted()\ne.wait()\n",
    "import threading\nc = threading.Condition()\nc.acquire()\nstarted()\nc.wait()\n",
    "import threading\nc = threading.Condition()\nc.acquire()\nstarted()\n"
        + "c.wait_for(lambda: False)\n",
    "import threading\ns = threading.Semaphore(0)\nstarted()\ns.acquire()\n",
    "import threading\ns = threading.BoundedSemaphore(1)\ns.acquire()\nstarted()\n"
        + "with s:\n    pass\n",
    "import threading\n"
        + "e = threading.Event()\n"
        + "t = threading.Thread(target=e.wait, daemon=True)\n"
        + "t.start()\n"
        + "started()\n"
        + "t.join()\n",
  };

  private static Interpreter interpreter(CountDownLatch started, Limits limits, StringWriter err) {
    return Interpreter.builder()
        .out(new StringWriter())
        .err(err)
        .threads(4)
        .limits(limits)
        .define("started", (Runnable) started::countDown)
        .build();
  }

  /** Runs {@code script} on a new host thread; returns the thread and where its outcome goes. */
  private static Thread runAsync(
      Interpreter py, String script, AtomicReference<Throwable> outcome) {
    Thread t = new Thread(() -> {
      try {
        py.exec(script);
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    t.start();
    return t;
  }

  private static void assertEnds(Thread t, String script) throws InterruptedException {
    t.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    assertFalse(t.isAlive(), "still blocked:\n" + script);
  }

  @Test
  void cancelEndsEveryBlockingCallOfTheMainScript() throws InterruptedException {
    for (String script : BLOCKED_FOREVER) {
      CountDownLatch started = new CountDownLatch(1);
      Interpreter py = interpreter(started, Limits.NONE, new StringWriter());
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t = runAsync(py, script, outcome);
      assertTrue(started.await(BOUND_SECONDS, TimeUnit.SECONDS), script);
      Thread.sleep(30); // let it reach the blocking call (a cancel before it works as well)
      py.cancel();
      assertEnds(t, script);
      assertInstanceOf(ScriptCancelledException.class, outcome.get(), script);
      assertEquals(2L, py.eval("1 + 1"), "the interpreter answers after:\n" + script);
    }
  }

  @Test
  void theTimeLimitEndsEveryBlockingCall() throws InterruptedException {
    for (String script : BLOCKED_FOREVER) {
      CountDownLatch started = new CountDownLatch(1);
      Interpreter py =
          interpreter(started, Limits.NONE.timeout(Duration.ofMillis(150)), new StringWriter());
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t = runAsync(py, script, outcome);
      assertEnds(t, script);
      assertInstanceOf(ScriptTimeoutException.class, outcome.get(), script);
    }
  }

  @Test
  void anInterruptEndsABlockedGet() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    Interpreter py = interpreter(started, Limits.NONE, new StringWriter());
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    String script = BLOCKED_FOREVER[0];
    Thread t = runAsync(py, script, outcome);
    assertTrue(started.await(BOUND_SECONDS, TimeUnit.SECONDS));
    Thread.sleep(30);
    t.interrupt();
    assertEnds(t, script);
    assertInstanceOf(ScriptInterruptedException.class, outcome.get());
  }

  @Test
  void cancelEndsAQueueGetBlockedInAScriptThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    StringWriter err = new StringWriter();
    Interpreter py = interpreter(started, Limits.NONE, err);
    py.exec(
        "import queue, threading\n"
            + "q = queue.Queue()\n"
            + "got = []\n"
            + "def consumer():\n"
            + "    started()\n"
            + "    got.append(q.get())\n"
            + "threading.Thread(target=consumer).start()\n");
    assertTrue(started.await(BOUND_SECONDS, TimeUnit.SECONDS));
    Thread.sleep(30);
    py.cancel();
    Thread waiter = new Thread(() -> {
      try {
        py.awaitThreads();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    assertEnds(waiter, "awaitThreads after cancel()");
    assertEquals("Thread Thread-1 (consumer) stopped: the script was cancelled\n", err.toString());
    assertEquals(0L, py.eval("len(got)"));
    // The queue itself is intact: a later run can use it.
    py.exec("q.put('later')\n");
    assertEquals("later", py.eval("q.get(timeout=5)"));
  }

  @Test
  void aProducerThreadWakesAConsumerBlockedInTheMainScript() {
    Interpreter py =
        Interpreter.builder().out(new StringWriter()).threads(2).limits(Limits.NONE).build();
    py.exec(
        "import queue, threading, time\n"
            + "q = queue.Queue()\n"
            + "def producer():\n"
            + "    time.sleep(0.05)\n"
            + "    for i in range(3):\n"
            + "        q.put(i)\n"
            + "threading.Thread(target=producer).start()\n"
            + "got = [q.get(timeout=30) for _ in range(3)]\n");
    assertEquals(java.util.List.of(0L, 1L, 2L), py.get("got"));
  }
}
