package org.pygen.runtime;

/**
 * What one JVM thread needs while it runs interpreted code: the runtime it belongs to and its
 * call depth. Passed explicitly so a call costs no lookup. A ThreadState is used by one thread
 * only.
 *
 * <p>The one exception: operators such as {@code ==}, {@code hash()} or {@code repr()} are
 * reached from places that carry no ThreadState (a dict comparing keys, a list printing its
 * items), and on an instance of a user's class they must run Python code. Those slow paths find
 * the state of the run in progress with {@link #current}, which {@link #activate} publishes for
 * the thread.
 */
public final class ThreadState {
  /** The state of the run in progress on each JVM thread; see the class comment. */
  private static final ThreadLocal<ThreadState> ACTIVE = new ThreadLocal<>();

  /** Steps between checks of the clock, the cancel flag and the thread's interrupt status. */
  private static final long CHECK_INTERVAL = 1024;

  private final PyRuntime runtime;
  private int depth;
  /** Steps taken by this run; see {@link ExecutionLimits}. */
  private long steps;
  /** The step count at which {@link #checkpoint} runs next. */
  private long nextCheck;
  private final long maxSteps;
  private final long deadline;
  private final long cancelEpoch;
  private final long maxObjectBytes;
  /**
   * The exception the innermost running except clause of this thread handles: what a bare
   * {@code raise} re-raises, {@code sys.exc_info()} reports and a new exception's
   * {@code __context__} becomes. A generator suspended inside an except clause takes its
   * exception out with it and puts it back when resumed.
   */
  private PyException handled;

  /** Whether this runs the program's main thread, where KeyboardInterrupt is raised. */
  private boolean mainThread;

  /** The {@code threading.Thread} object this thread runs, or null for the main thread. */
  private Object threadObject;

  /** A thread state for one run (a top-level exec or eval, a script thread, a cleanup). */
  public ThreadState(PyRuntime runtime) {
    this.runtime = runtime;
    ExecutionLimits limits = runtime.limits();
    this.maxSteps = limits.maxSteps() > 0 ? limits.maxSteps() : Long.MAX_VALUE;
    this.deadline = limits.timeoutNanos() > 0 ? System.nanoTime() + limits.timeoutNanos() : 0;
    this.cancelEpoch = runtime.cancelEpoch();
    this.maxObjectBytes = limits.maxObjectBytes();
    this.nextCheck = Math.min(CHECK_INTERVAL, maxSteps);
  }

  /**
   * Refuses, with MemoryError and before anything is allocated, an object whose estimated size
   * exceeds the interpreter's per-object limit. Sizes are estimates: a character or a byte counts
   * 1, a list or tuple item 8, an int its bits / 8.
   */
  public boolean hasSizeLimit() {
    return maxObjectBytes > 0;
  }

  /** Whether big operations must be sized first: a size cap or a step budget is set. */
  public boolean guardsOperations() {
    return maxObjectBytes > 0 || maxSteps != Long.MAX_VALUE;
  }

  public void checkSize(long estimatedBytes) {
    long max = maxObjectBytes;
    // A negative estimate is an overflow: far too big.
    if (max > 0 && (estimatedBytes > max || estimatedBytes < 0)) {
      throw new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
    }
  }

  /** Counts one step (a loop iteration, a call); stops the script when a limit is reached. */
  public void step() {
    if (++steps >= nextCheck) {
      checkpoint();
    }
  }

  /** Counts {@code n} steps of work a builtin does at once. */
  public void charge(long n) {
    steps += n;
    if (steps >= nextCheck) {
      checkpoint();
    }
  }

  /** Checks every limit now; called every few steps and while sleeping. */
  public void checkpoint() {
    if (mainThread && runtime.takeKeyboardInterrupt()) {
      nextCheck = Math.min(steps + CHECK_INTERVAL, maxSteps);
      throw new PyException(new PyBaseException(PyExceptionType.KEYBOARD_INTERRUPT));
    }
    if (steps >= maxSteps) {
      throw new ScriptStop(
          ScriptStop.Reason.STEP_LIMIT, "the script exceeded its limit of " + maxSteps + " steps");
    }
    if (deadline != 0 && System.nanoTime() - deadline >= 0) {
      throw new ScriptStop(ScriptStop.Reason.TIMEOUT, "the script exceeded its time limit");
    }
    if (runtime.cancelEpoch() != cancelEpoch) {
      throw new ScriptStop(ScriptStop.Reason.CANCELLED, "the script was cancelled");
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new ScriptStop(ScriptStop.Reason.INTERRUPTED, "the script's thread was interrupted");
    }
    nextCheck = Math.min(steps + CHECK_INTERVAL, maxSteps);
  }

  /**
   * {@code time.sleep}: sleeps in short slices so that a timeout, a cancellation or an interrupt
   * ends the sleep promptly.
   */
  public void sleep(long nanos) {
    long end = System.nanoTime() + nanos;
    while (true) {
      checkpoint();
      long left = end - System.nanoTime();
      if (left <= 0) {
        return;
      }
      if (deadline != 0) {
        left = Math.min(left, Math.max(0, deadline - System.nanoTime()) + 1);
      }
      long slice = Math.min(left, 20_000_000L);
      try {
        Thread.sleep(slice / 1_000_000L, (int) (slice % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public PyRuntime runtime() {
    return runtime;
  }

  /** Marks this as the state of a run on the program's main thread (see checkpoint). */
  public void setMainThread() {
    this.mainThread = true;
  }

  /**
   * Makes this the state {@link #current} finds on the calling thread; returns the one it
   * replaces, to be given back to {@link #restore} when the run ends.
   */
  public ThreadState activate() {
    ThreadState previous = ACTIVE.get();
    ACTIVE.set(this);
    return previous;
  }

  /** Ends what {@link #activate} began, giving the thread back its previous state. */
  public static void restore(ThreadState previous) {
    if (previous == null) {
      ACTIVE.remove();
    } else {
      ACTIVE.set(previous);
    }
  }

  /**
   * The state of the run of {@code runtime} in progress on this thread, or a fresh one when
   * there is none (a Java caller asking for the repr of a value outside any run).
   */
  public static ThreadState current(PyRuntime runtime) {
    ThreadState ts = ACTIVE.get();
    return ts != null && ts.runtime == runtime ? ts : new ThreadState(runtime);
  }

  /**
   * The state {@link #activate} published on this thread, or null outside any run: for slow
   * paths that carry no ThreadState and hold no object of a user's class to find the runtime by
   * (a dict view's set operators iterating a generator, the int digit limit of {@code str()}).
   */
  static ThreadState active() {
    return ACTIVE.get();
  }

  /** Counts one more nested call; raises RecursionError past the runtime's limit. */
  public void enterCall() {
    step();
    if (++depth > runtime.recursionLimit()) {
      depth--;
      throw PyException.of(
          PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
  }

  public void exitCall() {
    depth--;
  }

  public PyException handled() {
    return handled;
  }

  public void setHandled(PyException handled) {
    this.handled = handled;
  }

  public Object threadObject() {
    return threadObject;
  }

  public void setThreadObject(Object threadObject) {
    this.threadObject = threadObject;
  }

  public int depth() {
    return depth;
  }
}
