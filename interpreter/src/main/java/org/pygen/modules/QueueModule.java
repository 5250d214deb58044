package org.pygen.modules;

import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code queue} module: {@code Queue}, {@code LifoQueue}, {@code PriorityQueue}, {@code
 * SimpleQueue} and the exceptions {@code Empty} and {@code Full}. The queues are safe to share
 * between threads, and a blocked {@code put} or {@code get} still ends when the interpreter's
 * limits are reached or it is cancelled.
 */
public final class QueueModule {
  private QueueModule() {}

  /** Builds the module; it holds no state of its own. */
  public static PyModule create(PyRuntime runtime) {
    PyModule m = new PyModule("queue");
    for (PyQueue.Kind kind : PyQueue.Kind.values()) {
      m.define(kind.className, PyQueue.classOf(kind));
    }
    m.define("Empty", PyExceptionType.QUEUE_EMPTY);
    m.define("Full", PyExceptionType.QUEUE_FULL);
    return m;
  }
}
