package org.pygen.modules;

import java.util.concurrent.atomic.AtomicInteger;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code threading} module: {@code Thread}, the synchronisation primitives ({@code Lock},
 * {@code RLock}, {@code Condition}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Event}),
 * {@code local} and the thread queries. Threads are real JVM threads running in parallel; there
 * is no global interpreter lock. Every blocking call stays stoppable by the interpreter's limits
 * and {@code cancel()}.
 */
public final class ThreadingModule {
  private ThreadingModule() {}

  /** Builds the module for one runtime; its thread counter belongs to that runtime alone. */
  public static PyModule create(PyRuntime runtime) {
    AtomicInteger counter = new AtomicInteger();
    PyModule m = new PyModule("threading");
    m.define("Thread", new ThreadType(runtime, counter));
    m.define("Lock", new PyBuiltinFunction("allocate_lock", PyLock::create));
    m.define("RLock", new PyBuiltinFunction("RLock", (ts, a, kw) -> new PyRLock()));
    m.define("Condition", PyCondition.TYPE);
    m.define("Semaphore", PySemaphore.TYPE);
    m.define("BoundedSemaphore", PySemaphore.BOUNDED_TYPE);
    m.define("Event", PyEvent.TYPE);
    m.define("local", PyThreadLocal.TYPE);
    m.define("TIMEOUT_MAX", Waits.TIMEOUT_MAX);
    // Code not started by threading.Thread (the program, or an embedding host's threads) runs
    // as the main thread, as CPython's main interpreter thread does.
    PyThread main = PyThread.mainThread(runtime);
    m.define("main_thread", (PyCallable) (ts, args, kw) -> main);
    m.define(
        "current_thread",
        (PyCallable) (ts, args, kw) -> ts.threadObject() != null ? ts.threadObject() : main);
    m.define("active_count", (PyCallable) (ts, args, kw) ->
        (long) (runtime.threads().liveCount() + 1));
    PyCallable ident = (ts, args, kw) -> {
      Params.none("get_ident", args, kw);
      return Thread.currentThread().getId();
    };
    m.define("get_ident", new PyBuiltinFunction("get_ident", ident));
    m.define("get_native_id", new PyBuiltinFunction("get_native_id", ident));
    return m;
  }
}
