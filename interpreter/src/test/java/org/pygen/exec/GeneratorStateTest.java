package org.pygen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;
import org.pygen.PygenException;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyNone;

/**
 * Generator states as DESIGN.md fixes them: CREATED, SUSPENDED, RUNNING, DONE, with the change to
 * RUNNING atomic so two threads can never run one generator's frame at once.
 */
class GeneratorStateTest {

  @Test
  void aSecondThreadGetsGeneratorAlreadyExecuting() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.set(
        "block",
        (PyCallable)
            (ts, args, kw) -> {
              inside.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return PyNone.NONE;
            });
    py.exec("def gen():\n    block()\n    yield 1\n    yield 2\n");
    Iterator<?> it = (Iterator<?>) py.eval("gen()");
    AtomicReference<Object> first = new AtomicReference<>();
    Thread stepper = new Thread(() -> first.set(it.next()));
    stepper.start();
    assertTrue(inside.await(10, TimeUnit.SECONDS));

    PygenException e = assertThrows(PygenException.class, it::hasNext);
    assertEquals("ValueError", e.pythonType());
    assertEquals("generator already executing", e.pythonMessage());

    release.countDown();
    stepper.join(10_000);
    assertEquals(1L, first.get(), "the first thread's step completes normally");
    assertEquals(2L, it.next(), "the frame is intact after the refused step");
  }

  @Test
  void statesThroughALifetime() {
    StringWriter out = new StringWriter();
    Interpreter py = Interpreter.builder().out(out).build();
    py.exec(
        "def gen():\n"
            + "    print('running:', g.gi_running)\n"
            + "    yield 1\n"
            + "g = gen()\n"
            + "print('created:', g.gi_running)\n"
            + "next(g)\n"
            + "print('suspended:', g.gi_running)\n"
            + "print(next(g, 'done'))\n"
            + "print(next(g, 'still done'))\n");
    // CPython 3.11 prints the same five lines.
    assertEquals(
        "created: False\nrunning: True\nsuspended: False\ndone\nstill done\n", out.toString());
  }
}
