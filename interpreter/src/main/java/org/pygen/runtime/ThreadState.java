package org.pygen.runtime;

/**
 * What one JVM thread needs while it runs interpreted code: the runtime it belongs to and its
 * call depth. Passed explicitly (never found through a ThreadLocal) so a call costs no lookup.
 * A ThreadState is used by one thread only.
 */
public final class ThreadState {
  private final PyRuntime runtime;
  private int depth;
  /**
   * The exception the innermost running except clause of this thread handles: what a bare
   * {@code raise} re-raises, {@code sys.exc_info()} reports and a new exception's
   * {@code __context__} becomes. A generator suspended inside an except clause takes its
   * exception out with it and puts it back when resumed.
   */
  private PyException handled;

  /** The {@code threading.Thread} object this thread runs, or null for the main thread. */
  private Object threadObject;

  public ThreadState(PyRuntime runtime) {
    this.runtime = runtime;
  }

  public PyRuntime runtime() {
    return runtime;
  }

  /** Counts one more nested call; raises RecursionError past the runtime's limit. */
  public void enterCall() {
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
