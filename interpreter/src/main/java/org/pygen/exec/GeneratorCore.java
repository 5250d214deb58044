package org.pygen.exec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.pygen.nodes.Bodies;
import org.pygen.nodes.Completion;
import org.pygen.runtime.PendingCleanup;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ThreadState;
import org.pygen.runtime.TracebackFormatter;

/**
 * The state and stepping of one generator: its heap frame, its compiled body and its lifecycle
 * state (CREATED, SUSPENDED, RUNNING, DONE). It is kept apart from the {@link PyGenerator} handle
 * that scripts see so that, once the handle is unreachable, a {@link java.lang.ref.Cleaner} can
 * still close the generator (running its finally blocks) without the core keeping it alive.
 */
final class GeneratorCore implements PendingCleanup {
  static final int CREATED = 0;
  static final int SUSPENDED = 1;
  static final int RUNNING = 2;
  static final int DONE = 3;

  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(GeneratorCore.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final Code code;
  /** Changed only through {@link #STATE}, so entering RUNNING is one atomic step. */
  private volatile int state = CREATED;
  /** The suspended frame; dropped when the generator finishes so its locals can be collected. */
  private Frame frame;
  /** The value of {@code return v} until reported by the StopIteration of the finishing step. */
  private Object returnValue = PyNone.NONE;
  /** What the handle printed as, for "Exception ignored in: ..." once the handle is gone. */
  private String handleRepr;
  private boolean registeredForCleanup;

  GeneratorCore(Code code, Frame frame) {
    this.code = code;
    this.frame = frame;
  }

  int state() {
    return state;
  }

  /** The frame while the generator has not finished, else null. */
  Frame frame() {
    return frame;
  }

  Object takeReturnValue() {
    Object v = returnValue;
    returnValue = PyNone.NONE;
    return v;
  }

  void discardReturnValue() {
    returnValue = PyNone.NONE;
  }

  /**
   * One step: delivers {@code sent} (or raises {@code thrown}) at the suspension point and runs to
   * the next yield. Returns the yielded value, or DONE once the body has finished.
   */
  Object resume(ThreadState ts, Object sent, PyException thrown, PyGenerator handle) {
    int s = state;
    if (s == DONE) {
      // Not claimed with RUNNING: an exhausted generator is never "already executing" for a
      // thread stepping it at the same time.
      if (thrown != null) {
        throw thrown;
      }
      return PyIterator.DONE;
    }
    if (s == RUNNING || !STATE.compareAndSet(this, s, RUNNING)) {
      throw PyException.valueError("generator already executing");
    }
    Frame f = frame;
    if (s == CREATED && thrown != null) {
      finish(f);
      throw thrown;
    }
    f.ts = ts;
    f.sent = sent;
    f.thrown = thrown;
    try {
      ts.enterCall();
    } catch (RuntimeException e) {
      // RecursionError, Ctrl-C or a stop at the resumption: it ends the generator, as CPython
      // clears a generator frame it could not enter, instead of leaving it RUNNING for ever.
      finish(f);
      throw e;
    }
    try {
      if (thrown == null && f.delegate instanceof PyGenerator sub) {
        // Suspended in `yield from` a generator: step it directly, instead of descending through
        // the body's resumable statements to the YieldFromNode only for it to do the same. A
        // value it yields passes straight out; a deep chain of `yield from` (a recursive walk)
        // so costs one call per level. When the sub-generator returns or raises, the body
        // resumes as usual: YieldFromNode steps the finished generator once more, which reports
        // the end again (or, handed the exception, raises it inside the body's handlers).
        try {
          Object v = sub.step(ts, sent, null);
          if (v != PyIterator.DONE) {
            STATE.setRelease(this, SUSPENDED);
            return v;
          }
        } catch (PyException e) {
          f.thrown = e;
        }
        f.sent = PyNone.NONE;
      }
      int c = Bodies.run(f, code.body());
      if (c == Completion.YIELD) {
        Object v = f.yielded;
        f.yielded = null;
        if (code.hasCleanup() && !registeredForCleanup && handle != null) {
          registerForCleanup(f.globals.runtime(), handle);
        }
        // A release store is enough (a plain move on x86, where a volatile store fences): the
        // next step's compareAndSet still sees it, with the frame's writes before it.
        STATE.setRelease(this, SUSPENDED);
        return v;
      }
      returnValue = c == Completion.RETURN ? f.returnValue : PyNone.NONE;
      finish(f);
      return PyIterator.DONE;
    } catch (PyException e) {
      finish(f);
      Tracebacks.record(e, f);
      if (e.isInstance(PyExceptionType.STOP_ITERATION)) {
        // PEP 479: the StopIteration becomes the cause of a RuntimeError raised at the caller.
        PyException re = PyException.runtimeError("generator raised StopIteration");
        re.value().setCause(e.value());
        re.value().setContextIfAbsent(e.value());
        throw re;
      }
      throw e;
    } catch (StackOverflowError e) {
      finish(f);
      throw PyException.of(PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded");
    } catch (RuntimeException | Error e) {
      // A script stopped from outside (or an interpreter bug): the frame is in an unknown
      // state, so the generator is finished rather than left RUNNING forever.
      finish(f);
      throw e;
    } finally {
      ts.exitCall();
    }
  }

  /** {@code close()}: raises GeneratorExit at the suspension point; see PEP 342. */
  void close(ThreadState ts, PyGenerator handle) {
    int s = state;
    if (s == CREATED && STATE.compareAndSet(this, CREATED, DONE)) {
      finish(frame);
      return;
    }
    if (s == DONE) {
      return;
    }
    Object v;
    try {
      v =
          resume(
              ts,
              PyNone.NONE,
              new PyException(new PyBaseException(PyExceptionType.GENERATOR_EXIT)),
              handle);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.GENERATOR_EXIT)
          || e.isInstance(PyExceptionType.STOP_ITERATION)) {
        return;
      }
      throw e;
    }
    if (v != PyIterator.DONE) {
      throw PyException.runtimeError("generator ignored GeneratorExit");
    }
  }

  private void finish(Frame f) {
    frame = null;
    state = DONE;
    if (registeredForCleanup && f != null) {
      f.globals.runtime().removePendingCleanup(this);
    }
  }

  /**
   * A generator that suspends inside a try or with block has cleanup to run if it is never
   * finished: register it so the cleanup runs when its handle is collected, or at the latest when
   * the interpreter closes. Generators without such blocks have nothing observable to clean up.
   */
  private void registerForCleanup(PyRuntime runtime, PyGenerator handle) {
    registeredForCleanup = true;
    handleRepr = handle.toString();
    runtime.addPendingCleanup(this);
    GeneratorFinalizer.watch(handle, this, runtime);
  }

  /**
   * Closes a generator that is still suspended, as the interpreter does when the generator is
   * collected or the interpreter closes. An exception is reported to the runtime's error stream,
   * as CPython reports it ("Exception ignored in: ..."), and not thrown.
   */
  @Override
  public void runCleanup(ThreadState ts) {
    if (state != SUSPENDED) {
      return;
    }
    try {
      close(ts, null);
    } catch (PyException e) {
      PyRuntime.writeAtomically(
          ts.runtime().err(),
          "Exception ignored in: " + handleRepr + "\n"
              + TracebackFormatter.formatUnraisable(e.value()),
          true);
    } catch (RuntimeException e) {
      // Another thread may be stepping the generator through a leaked reference: give up.
    }
  }
}
