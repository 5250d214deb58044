package org.pygen.modules;

import java.util.concurrent.atomic.AtomicInteger;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code threading} module: {@code Thread}, {@code Lock} and {@code current_thread}. Threads are
 * real JVM threads running in parallel; there is no global interpreter lock.
 */
public final class ThreadingModule {
  private ThreadingModule() {}

  /** Builds the module for one runtime; its thread counter belongs to that runtime alone. */
  public static PyModule create(PyRuntime runtime) {
    AtomicInteger counter = new AtomicInteger();
    PyModule m = new PyModule("threading");
    m.define("Thread", new ThreadType(runtime, counter));
    m.define("Lock", (PyCallable) (ts, args, kw) -> {
      if (args.length != 0) {
        throw PyException.typeError("Lock() takes no arguments");
      }
      return new PyLock();
    });
    // Code not started by threading.Thread (the program, or an embedding host's threads) runs
    // as the main thread, as CPython's main interpreter thread does.
    PyThread main = PyThread.mainThread(runtime);
    m.define("main_thread", (PyCallable) (ts, args, kw) -> main);
    m.define(
        "current_thread",
        (PyCallable) (ts, args, kw) -> ts.threadObject() != null ? ts.threadObject() : main);
    m.define("active_count", (PyCallable) (ts, args, kw) ->
        (long) (runtime.threads().liveCount() + 1));
    return m;
  }
}
