package org.pygen.exec;

import java.util.concurrent.atomic.AtomicInteger;
import org.pygen.nodes.Completion;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * A generator: a heap frame plus the compiled body that runs over it. Each step re-enters the body;
 * the resumable nodes inside jump back to where the last yield left off (see DESIGN.md). No thread
 * is used and no statement runs twice.
 */
public final class PyGenerator implements PyIterator, HasAttributes, PyObjectTyped {
  private static final int CREATED = 0;
  private static final int SUSPENDED = 1;
  private static final int RUNNING = 2;
  private static final int DONE = 3;

  private final Code code;
  private final AtomicInteger state = new AtomicInteger(CREATED);
  /** The suspended frame; dropped when the generator finishes so its locals can be collected. */
  private Frame frame;
  /** The value of {@code return v} until reported by the StopIteration of the finishing step. */
  private Object returnValue = PyNone.NONE;

  PyGenerator(Code code, Frame frame) {
    this.code = code;
    this.frame = frame;
  }

  public String name() {
    return code.name();
  }

  /** Internal iteration: the next value or {@link PyIterator#DONE}, never StopIteration. */
  @Override
  public Object next(ThreadState ts) {
    Object v = resume(ts, PyNone.NONE, null);
    if (v == PyIterator.DONE) {
      returnValue = PyNone.NONE; // internal iteration has no use for it
    }
    return v;
  }

  @Override
  public Object nextOrRaise(ThreadState ts) {
    return nextValue(resume(ts, PyNone.NONE, null));
  }

  /** {@code gen.send(value)}. */
  public Object send(ThreadState ts, Object value) {
    if (value != PyNone.NONE && state.get() == CREATED) {
      throw PyException.typeError("can't send non-None value to a just-started generator");
    }
    return nextValue(resume(ts, value, null));
  }

  /** {@code gen.throw(exc)}: raises {@code exc} at the suspension point. */
  public Object throwIn(ThreadState ts, PyException exc) {
    return nextValue(resume(ts, PyNone.NONE, exc));
  }

  /** {@code gen.close()}: raises GeneratorExit at the suspension point; see PEP 342. */
  public void close(ThreadState ts) {
    int s = state.get();
    if (s == CREATED && state.compareAndSet(CREATED, DONE)) {
      frame = null;
      return;
    }
    if (s == DONE) {
      return;
    }
    Object v;
    try {
      v = resume(ts, PyNone.NONE, new PyException(new PyBaseException(PyExceptionType.GENERATOR_EXIT)));
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

  /**
   * One step for {@code yield from}: like send/throw but returns DONE at the end instead of
   * raising StopIteration; the return value is then {@link #takeReturnValue()}.
   */
  public Object step(ThreadState ts, Object sent, PyException thrown) {
    if (sent != PyNone.NONE && state.get() == CREATED) {
      throw PyException.typeError("can't send non-None value to a just-started generator");
    }
    return resume(ts, sent, thrown);
  }

  /**
   * The value the body returned, handed over once: the step that finishes the generator reports
   * it, and every later step of the exhausted generator reports None, as in CPython.
   */
  public Object takeReturnValue() {
    Object v = returnValue;
    returnValue = PyNone.NONE;
    return v;
  }

  public boolean isRunning() {
    return state.get() == RUNNING;
  }

  public boolean isFinished() {
    return state.get() == DONE;
  }

  private Object nextValue(Object v) {
    if (v == PyIterator.DONE) {
      throw PyException.stopIteration(takeReturnValue());
    }
    return v;
  }

  /**
   * One step: delivers {@code sent} (or raises {@code thrown}) at the suspension point and runs to
   * the next yield. Returns the yielded value, or DONE once the body has finished.
   */
  private Object resume(ThreadState ts, Object sent, PyException thrown) {
    int s = state.get();
    if (s == RUNNING || !state.compareAndSet(s, RUNNING)) {
      throw PyException.valueError("generator already executing");
    }
    if (s == DONE) {
      state.set(DONE);
      if (thrown != null) {
        throw thrown;
      }
      return PyIterator.DONE;
    }
    Frame f = frame;
    if (s == CREATED && thrown != null) {
      finish();
      throw thrown;
    }
    f.ts = ts;
    f.sent = sent;
    f.thrown = thrown;
    ts.enterCall();
    try {
      int c = code.body().exec(f);
      if (c == Completion.YIELD) {
        Object v = f.yielded;
        f.yielded = null;
        state.set(SUSPENDED);
        return v;
      }
      returnValue = c == Completion.RETURN ? f.returnValue : PyNone.NONE;
      finish();
      return PyIterator.DONE;
    } catch (PyException e) {
      finish();
      Tracebacks.record(e, f);
      if (e.isInstance(PyExceptionType.STOP_ITERATION)) {
        // PEP 479: the StopIteration becomes the cause of a RuntimeError raised at the caller.
        PyException re = PyException.runtimeError("generator raised StopIteration");
        re.value().setCause(e.value());
        throw re;
      }
      throw e;
    } catch (StackOverflowError e) {
      finish();
      throw PyException.of(PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded");
    } finally {
      ts.exitCall();
    }
  }

  private void finish() {
    frame = null;
    state.set(DONE);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__next__":
        return (PyCallable) (t, args, kw) -> {
          Arity.check("__next__", args, kw, 0);
          return nextOrRaise(t);
        };
      case "__iter__":
        return (PyCallable) (t, args, kw) -> this;
      case "send":
        return (PyCallable) (t, args, kw) -> {
          Arity.check("send", args, kw, 1);
          return send(t, args[0]);
        };
      case "throw":
        return (PyCallable) (t, args, kw) -> throwIn(t, toException(args));
      case "close":
        return (PyCallable) (t, args, kw) -> {
          Arity.check("close", args, kw, 0);
          close(t);
          return PyNone.NONE;
        };
      case "gi_running":
        return isRunning();
      case "__name__":
        return code.name();
      case "__qualname__":
        return code.qualname();
      default:
        return null;
    }
  }

  private static PyException toException(Object[] args) {
    if (args.length == 0) {
      throw PyException.typeError("throw expected at least 1 argument, got 0");
    }
    Object a = args[0];
    if (a instanceof PyExceptionType t) {
      Object[] ctorArgs = args.length > 1 ? new Object[] {args[1]} : new Object[0];
      return new PyException(new PyBaseException(t, ctorArgs));
    }
    if (a instanceof PyBaseException b) {
      return new PyException(b);
    }
    throw PyException.typeError("exceptions must be classes or instances deriving from BaseException, not "
        + org.pygen.runtime.Ops.typeName(a));
  }

  @Override
  public String typeName() {
    return "generator";
  }

  @Override
  public String toString() {
    return "<generator object " + code.qualname() + " at 0x"
        + Integer.toHexString(System.identityHashCode(this)) + ">";
  }
}
