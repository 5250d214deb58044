package org.pygen.modules;

import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ScriptStop;
import org.pygen.runtime.ThreadState;

/**
 * A {@code threading.Thread} object. {@code start()} runs the target on a new JVM thread with its
 * own {@link ThreadState}; the thread is registered with the runtime so the program can wait for
 * it at exit. An exception escaping the target is printed as CPython prints it, and the program
 * carries on.
 */
final class PyThread implements HasAttributes, PyObjectTyped {
  /** Interpreted code recurses on the Java stack; give threads room for the recursion limit. */
  private static final long STACK_SIZE = 256L * 1024 * 1024;

  private final PyRuntime runtime;
  private final Object target;
  private final Object args;
  private final PyDict kwargs;
  private volatile String name;
  private volatile Boolean daemon;
  private volatile Thread thread;
  private boolean isMain;
  /**
   * The instance of a user's Thread subclass this thread works for, or null: the thread then
   * runs {@code owner.run()} and {@code current_thread()} gives the owner.
   */
  private volatile Object owner;
  /** For the main thread: the id of the JVM thread that made the threading module. */
  private long mainIdent;

  private static final Params JOIN = Params.method("Thread.join", 0, "timeout");

  PyThread(
      PyRuntime runtime, Object target, Object args, PyDict kwargs, String name, Boolean daemon) {
    this.runtime = runtime;
    this.target = target;
    this.args = args;
    this.kwargs = kwargs;
    this.name = name;
    this.daemon = daemon;
  }

  void setOwner(Object owner) {
    this.owner = owner;
  }

  /** What {@code current_thread()} gives while this thread runs. */
  Object pythonObject() {
    Object o = owner;
    return o != null ? o : this;
  }

  /** The object standing for the main thread, named {@code MainThread} as in CPython. */
  static PyThread mainThread(PyRuntime runtime) {
    PyThread p = new PyThread(runtime, PyNone.NONE, PyTuple.EMPTY, new PyDict(), "MainThread", false);
    p.isMain = true;
    p.mainIdent = Thread.currentThread().getId();
    return p;
  }

  private synchronized void start() {
    if (thread != null || isMain) {
      throw PyException.runtimeError("threads can only be started once");
    }
    Thread t = new Thread(null, this::run, name, STACK_SIZE);
    t.setDaemon(daemon != null && daemon);
    if (!runtime.threads().tryStart(t)) {
      throw cannotStart();
    }
    thread = t;
    try {
      t.start();
    } catch (OutOfMemoryError e) {
      // The JVM or the OS has no thread to give: the script sees what CPython raises then, and
      // may try again later, as the object was never started.
      thread = null;
      runtime.threads().finished(t);
      throw cannotStart();
    }
  }

  /** The default {@code run()}: calls the target with the arguments, if there is a target. */
  void runTarget(ThreadState ts) {
    if (target == PyNone.NONE) {
      return;
    }
    Object[] positional = Ops.toArray(ts, args);
    Object[] keys = kwargs.keysArray();
    Object[] all = new Object[positional.length + keys.length];
    String[] names = keys.length == 0 ? null : new String[keys.length];
    System.arraycopy(positional, 0, all, 0, positional.length);
    for (int i = 0; i < keys.length; i++) {
      names[i] = (String) keys[i];
      all[positional.length + i] = kwargs.getOrNull(keys[i]);
    }
    Ops.call(ts, target, all, names);
  }

  /** CPython's error when a thread cannot be started; here also when the limit is reached. */
  private static PyException cannotStart() {
    return PyException.runtimeError("can't start new thread");
  }

  private void run() {
    ThreadState ts = new ThreadState(runtime);
    ts.setThreadObject(pythonObject());
    ts.activate(); // this JVM thread runs nothing else: no previous state to restore
    try {
      Object o = owner;
      if (o != null) {
        Ops.callMethod(ts, o, "run", new Object[0], null);
      } else {
        runTarget(ts);
      }
    } catch (PyException e) {
      if (!e.isInstance(PyExceptionType.SYSTEM_EXIT)) {
        PyRuntime.writeAtomically(
            runtime.err(), "Exception in thread " + name + ":\n" + e.formatTraceback(), true);
      }
    } catch (ScriptStop e) {
      // Stopped from outside (a limit, cancel()): say so in one line, as there is no traceback.
      PyRuntime.writeAtomically(
          runtime.err(), "Thread " + name + " stopped: " + e.getMessage() + "\n", true);
    } catch (OutOfMemoryError e) {
      // The thread's objects went with its frames; the program goes on, as after MemoryError
      // in CPython (no traceback: the frames were not recorded on the way out).
      PyRuntime.writeAtomically(
          runtime.err(), "Exception in thread " + name + ":\nMemoryError\n", true);
    } catch (RuntimeException | StackOverflowError e) {
      PyRuntime.writeAtomically(
          runtime.err(),
          "Exception in thread " + name + ":\nSystemError: pygen internal error: " + e + "\n",
          true);
    } finally {
      runtime.flush();
      runtime.threads().finished(Thread.currentThread());
    }
  }

  private void join(ThreadState ts, Object timeout) {
    if (isMain) {
      throw PyException.runtimeError("cannot join current thread");
    }
    Thread t = thread;
    if (t == null) {
      throw PyException.runtimeError("cannot join thread before it is started");
    }
    if (t == Thread.currentThread()) {
      throw PyException.runtimeError("cannot join current thread");
    }
    // In slices, so that limits and Interpreter.cancel() also end a join.
    Waits.join(ts, t, Waits.pythonTimeout(timeout, Waits.TimeoutUse.MAX_WITH_ZERO));
  }

  /** {@code ident}: the JVM thread's id once started, as {@code threading.get_ident()} gives. */
  private Object ident() {
    if (isMain) {
      return mainIdent;
    }
    Thread t = thread;
    return t == null ? PyNone.NONE : (Object) t.getId();
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "start":
        return (PyCallable) (t, a, kw) -> {
          start();
          return PyNone.NONE;
        };
      case "join":
        return (PyCallable) (t, a, kw) -> {
          join(t, JOIN.bind(a, kw)[0]);
          return PyNone.NONE;
        };
      case "is_alive":
        return (PyCallable) (t, a, kw) -> isMain || (thread != null && thread.isAlive());
      case "name":
        return name;
      case "daemon":
        return daemon != null ? daemon : isDaemonThread(ts.threadObject());
      case "ident":
      case "native_id":
        // The JVM offers no portable native thread id; the JVM id is unique all the same.
        return ident();
      default:
        return null;
    }
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    switch (attr) {
      case "name":
        name = Ops.str(value);
        return;
      case "daemon":
        if (thread != null) {
          throw PyException.runtimeError("cannot set daemon status of active thread");
        }
        daemon = Ops.isTrue(value);
        return;
      default:
        HasAttributes.super.setAttribute(ts, attr, value);
    }
  }

  /** Whether the thread a ThreadState runs for (a PyThread or a Thread subclass instance) is a daemon. */
  private static boolean isDaemonThread(Object threadObject) {
    if (threadObject instanceof PyThread p) {
      return p.isDaemon();
    }
    return threadObject instanceof org.pygen.runtime.PyInstance i
        && i.nativeState() instanceof PyThread p
        && p.isDaemon();
  }

  private boolean isDaemon() {
    return daemon != null && daemon;
  }

  @Override
  public String typeName() {
    return "Thread";
  }

  @Override
  public String toString() {
    String status =
        isMain ? "started" : thread == null ? "initial" : thread.isAlive() ? "started" : "stopped";
    return "<Thread(" + name + ", " + status + (daemon != null && daemon ? " daemon" : "") + ")>";
  }
}
