package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Interpreter#interrupt()}, what Ctrl-C does in {@code pygen run}: KeyboardInterrupt is
 * raised in the script's main thread at its next step, so the script may catch it and its
 * finally blocks run (unlike {@link Interpreter#cancel()}).
 */
final class KeyboardInterruptTest {
  private final StringWriter out = new StringWriter();
  private final CountDownLatch started = new CountDownLatch(1);
  private final Interpreter py =
      Interpreter.builder()
          .out(out)
          .threads(2)
          .define("started", (Runnable) started::countDown)
          .build();

  /** Runs {@code script} on another thread, interrupts it once it called started(). */
  private Throwable runAndInterrupt(String script) throws InterruptedException {
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                py.exec(script, "main.pyg");
              } catch (Throwable e) {
                outcome.set(e);
              }
            });
    t.start();
    assertTrue(started.await(30, TimeUnit.SECONDS), "the script started");
    py.interrupt();
    t.join(30_000);
    assertFalse(t.isAlive(), "the script ended");
    return outcome.get();
  }

  @Test
  void anUncaughtInterruptRunsFinallyBlocksAndEndsAsKeyboardInterrupt() throws Exception {
    Throwable outcome =
        runAndInterrupt(
            "try:\n    started()\n    while True:\n        pass\nfinally:\n"
                + "    print('cleanup ran')\n");
    PygenException e = assertInstanceOf(PygenException.class, outcome);
    assertEquals("KeyboardInterrupt", e.pythonType());
    assertTrue(e.formatted().endsWith("\nKeyboardInterrupt\n"), e.formatted());
    assertEquals("cleanup ran\n", out.toString());
  }

  @Test
  void theScriptCanCatchItEvenWhileSleeping() throws Exception {
    Throwable outcome =
        runAndInterrupt(
            "import time\ntry:\n    started()\n    time.sleep(3600)\n"
                + "except KeyboardInterrupt as e:\n    print('caught', repr(e))\n"
                + "print('went on')\n");
    assertNull(outcome);
    assertEquals("caught KeyboardInterrupt()\nwent on\n", out.toString());
  }

  @Test
  void scriptThreadsAreNotInterruptedAndAStaleInterruptIsDropped() throws Exception {
    Throwable outcome =
        runAndInterrupt(
            "import threading, time\n"
                + "done = []\n"
                + "t = threading.Thread(target=lambda: (time.sleep(0.2), done.append(1)))\n"
                + "t.start()\n"
                + "try:\n    started()\n    t.join()\n    time.sleep(3600)\n"
                + "except KeyboardInterrupt:\n    t.join()\n    print('thread finished:', done)\n");
    assertNull(outcome);
    assertEquals("thread finished: [1]\n", out.toString());
    py.interrupt();
    py.exec("for i in range(100000):\n    pass\nprint('next run unaffected')\n");
    assertTrue(out.toString().endsWith("next run unaffected\n"));
  }
}
