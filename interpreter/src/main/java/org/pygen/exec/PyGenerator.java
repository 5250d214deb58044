package org.pygen.exec;

import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.HasMethodTable;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyClass;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * A generator object as scripts see it. Each step re-enters the compiled body over the heap frame
 * kept in its {@link GeneratorCore}; the resumable nodes inside jump back to where the last yield
 * left off (see DESIGN.md). No thread is used and no statement runs twice.
 */
public final class PyGenerator
    implements PyIterator, HasAttributes, HasMethodTable, PyObjectTyped {
  /** The methods {@code gen.send(v)} and the like call, shared by every generator. */
  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "__next__",
          (ts, self, args, kw) -> {
            Arity.check("generator.__next__", args, kw, 0);
            return ((PyGenerator) self).nextOrRaise(ts);
          },
          "send",
          (ts, self, args, kw) -> {
            Arity.check("generator.send", args, kw, 1);
            return ((PyGenerator) self).send(ts, args[0]);
          },
          "throw",
          (ts, self, args, kw) ->
              ((PyGenerator) self).throwIn(ts, toException(ts, args, kw)),
          "close",
          (ts, self, args, kw) -> {
            Arity.check("generator.close", args, kw, 0);
            ((PyGenerator) self).close(ts);
            return PyNone.NONE;
          });

  private final GeneratorCore core;
  /** {@code __name__} and {@code __qualname__}: the function's, until a script assigns them. */
  private volatile String nameAttribute;
  private volatile String qualnameAttribute;

  PyGenerator(Code code, Frame frame) {
    this.core = new GeneratorCore(code, frame);
    this.nameAttribute = code.name();
    this.qualnameAttribute = code.qualname();
  }

  public String name() {
    return nameAttribute;
  }

  /** Internal iteration: the next value or {@link PyIterator#DONE}, never StopIteration. */
  @Override
  public Object next(ThreadState ts) {
    Object v = core.resume(ts, PyNone.NONE, null, this);
    if (v == PyIterator.DONE) {
      core.discardReturnValue(); // internal iteration has no use for it
    }
    return v;
  }

  @Override
  public Object nextOrRaise(ThreadState ts) {
    return nextValue(core.resume(ts, PyNone.NONE, null, this));
  }

  /** {@code gen.send(value)}. */
  public Object send(ThreadState ts, Object value) {
    return nextValue(step(ts, value, null));
  }

  /** {@code gen.throw(exc)}: raises {@code exc} at the suspension point. */
  public Object throwIn(ThreadState ts, PyException exc) {
    return nextValue(core.resume(ts, PyNone.NONE, exc, this));
  }

  /** {@code gen.close()}: raises GeneratorExit at the suspension point; see PEP 342. */
  public void close(ThreadState ts) {
    core.close(ts, this);
  }

  /**
   * One step for {@code yield from}: like send/throw but returns DONE at the end instead of
   * raising StopIteration; the return value is then {@link #takeReturnValue()}.
   */
  public Object step(ThreadState ts, Object sent, PyException thrown) {
    if (sent != PyNone.NONE && core.state() == GeneratorCore.CREATED) {
      throw PyException.typeError("can't send non-None value to a just-started generator");
    }
    return core.resume(ts, sent, thrown, this);
  }

  /**
   * The value the body returned, handed over once: the step that finishes the generator reports
   * it, and every later step of the exhausted generator reports None, as in CPython.
   */
  public Object takeReturnValue() {
    return core.takeReturnValue();
  }

  /** Whether the generator has not started yet. */
  public boolean isFresh() {
    return core.state() == GeneratorCore.CREATED;
  }

  /**
   * What CPython does when the last reference to a suspended generator goes away: closes it,
   * so its finally blocks run now; an exception they raise is reported as ignored, not raised.
   * For a for loop that owned the generator (see ForNode); does nothing if it has finished.
   */
  public void release(ThreadState ts) {
    // Also without a try or with of its own: it may own a generator in turn (a generator
    // expression over a generator), which its closing releases.
    core.runCleanup(ts);
  }

  public boolean isRunning() {
    return core.state() == GeneratorCore.RUNNING;
  }

  public boolean isFinished() {
    return core.state() == GeneratorCore.DONE;
  }

  private Object nextValue(Object v) {
    if (v == PyIterator.DONE) {
      throw PyException.stopIteration(takeReturnValue());
    }
    return v;
  }

  @Override
  public Map<String, BuiltinMethod> methodTable() {
    return METHODS;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__next__":
      case "send":
      case "throw":
      case "close":
        return new PyBuiltinMethod(this, name, METHODS.get(name));
      case "__iter__":
        return (PyCallable) (t, args, kw) -> this;
      case "gi_running":
        return isRunning();
      case "gi_suspended":
        return core.state() == GeneratorCore.SUSPENDED;
      case "gi_frame":
        {
          Frame f = core.frame();
          return f == null ? PyNone.NONE : new FrameView(f);
        }
      case "gi_yieldfrom":
        {
          Frame f = core.frame();
          return f == null || f.delegate == null ? PyNone.NONE : f.delegate;
        }
      case "gi_code":
        return core.code.view();
      case "__name__":
        return nameAttribute;
      case "__qualname__":
        return qualnameAttribute;
      default:
        return null;
    }
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    switch (attr) {
      case "__name__":
        nameAttribute = stringAttribute(attr, value);
        return;
      case "__qualname__":
        qualnameAttribute = stringAttribute(attr, value);
        return;
      default:
        HasAttributes.super.setAttribute(ts, attr, value);
    }
  }

  private static String stringAttribute(String attr, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw PyException.typeError(attr + " must be set to a string object");
  }

  /** The exception {@code throw(type[, value])} or {@code throw(instance)} asks for. */
  private static PyException toException(ThreadState ts, Object[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyException.typeError("throw() takes no keyword arguments");
    }
    if (args.length == 0 || args.length > 3) {
      throw PyException.typeError(
          "throw expected at least 1 argument, got " + args.length);
    }
    Object a = args[0];
    Object value = args.length > 1 ? args[1] : PyNone.NONE;
    if (a instanceof PyClass c && c.exceptionBase() != null) {
      if (value instanceof PyBaseException b && b.isInstanceOf(c)) {
        return new PyException(b);
      }
      Object[] ctorArgs =
          value == PyNone.NONE
              ? new Object[0]
              : value instanceof PyTuple tuple ? tuple.toArray() : new Object[] {value};
      Object made = c.call(ts, ctorArgs, null);
      if (made instanceof PyBaseException b) {
        return new PyException(b);
      }
      return PyException.typeError("exceptions must derive from BaseException");
    }
    if (a instanceof PyExceptionType t) {
      if (value instanceof PyBaseException b && b.type().isSubclassOf(t)) {
        return new PyException(b);
      }
      // As in CPython, a tuple value gives the exception's arguments, None gives none.
      Object[] ctorArgs =
          value == PyNone.NONE
              ? new Object[0]
              : value instanceof PyTuple tuple ? tuple.toArray() : new Object[] {value};
      return new PyException(new PyBaseException(t, ctorArgs));
    }
    if (a instanceof PyBaseException b) {
      if (value != PyNone.NONE) {
        throw PyException.typeError("instance exception may not have a separate value");
      }
      b.startNewRaise();
      return new PyException(b);
    }
    throw PyException.typeError(
        "exceptions must be classes or instances deriving from BaseException, not "
            + Ops.typeName(a));
  }

  @Override
  public String typeName() {
    return "generator";
  }

  @Override
  public String toString() {
    return "<generator object "
        + qualnameAttribute
        + " at 0x"
        + Integer.toHexString(System.identityHashCode(this))
        + ">";
  }
}
