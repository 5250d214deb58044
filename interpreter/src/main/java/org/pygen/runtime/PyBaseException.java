package org.pygen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Python exception object: an instance of a {@link PyExceptionType} with its arguments. It is
 * what {@code except E as e} binds; {@link PyException} is the Java throwable that carries it.
 * As in CPython, the object itself keeps its traceback and the exceptions chained to it
 * ({@code __context__}, {@code __cause__}), so raising it again continues the same story.
 */
public final class PyBaseException implements HasAttributes, PyObjectTyped {
  private final PyExceptionType type;
  /** The class made by a {@code class} statement this is an instance of, or null. */
  private final PyClass userClass;
  private volatile Object[] args;
  /** Attributes set on the exception ({@code self.code = 3}); made on first use. */
  private volatile PyDict dict;
  /** Frames the exception left, innermost first (the order they were added in). */
  private final List<TracebackEntry> traceback = Collections.synchronizedList(new ArrayList<>());
  /** The activation recorded last, compared by identity only. */
  private Object lastFrame;
  private volatile PyBaseException context;
  private volatile PyBaseException cause;
  private volatile boolean suppressContext;
  /** For a NameError: the names visible where it was raised, to suggest one when printed. */
  private volatile List<? extends java.util.Collection<String>> nameCandidates;
  private volatile String missingName;
  /** The Java exception this one stands for, when a Java callable threw it; else null. */
  private volatile Throwable javaCause;

  /** OSError's errno, strerror and filename: set when it was built from 2 or 3 arguments. */
  private volatile Object errno;
  private volatile Object strerror;
  private volatile Object filename;

  public PyBaseException(PyExceptionType type, Object... args) {
    this(type, null, args);
  }

  /**
   * An instance of {@code userClass}, a class deriving from the built-in exception class {@code
   * type} (its first one in the MRO), which decides how the arguments are kept.
   */
  public PyBaseException(PyExceptionType type, PyClass userClass, Object[] args) {
    this.type = type;
    this.userClass = userClass;
    setArgs(args);
  }

  /** What {@code BaseException.__init__} does: keeps the arguments (OSError's fields too). */
  void setArgs(Object[] args) {
    if (type.isSubclassOf(PyExceptionType.OS_ERROR) && args.length >= 2 && args.length <= 3) {
      // OSError(errno, strerror[, filename]): args keeps the first two, as in CPython.
      this.errno = args[0];
      this.strerror = args[1];
      this.filename = args.length == 3 ? args[2] : PyNone.NONE;
      this.args = new Object[] {args[0], args[1]};
    } else {
      this.errno = PyNone.NONE;
      this.strerror = PyNone.NONE;
      this.filename = PyNone.NONE;
      this.args = args.clone();
    }
  }

  /** The built-in exception class: the exception's own, or the one its class derives from. */
  public PyExceptionType type() {
    return type;
  }

  /** {@code type(e)}: the user's class when there is one, else the built-in class. */
  public Object pythonClass() {
    return userClass != null ? userClass : type;
  }

  /** The class's name, as {@code type(e).__name__} gives it. */
  @Override
  public String typeName() {
    return userClass != null ? userClass.name() : type.name();
  }

  @Override
  public Object pythonType() {
    return pythonClass();
  }

  /**
   * The class name a traceback prints: {@code module.qualname}, without the module for
   * builtins and {@code __main__}, as CPython prints it.
   */
  public String qualifiedTypeName() {
    if (userClass == null) {
      return type.qualifiedName();
    }
    String module = userClass.module();
    return module.equals("__main__") || module.equals("builtins")
        ? userClass.qualname()
        : module + "." + userClass.qualname();
  }

  /** Whether this exception is an instance of the exception class {@code cls}, of any kind. */
  public boolean isInstanceOf(Object cls) {
    if (userClass == null && cls instanceof PyExceptionType t) {
      return type.isSubclassOf(t);
    }
    return Classes.isSubclass(pythonClass(), cls);
  }

  /** The constructor arguments (a copy). */
  public Object[] args() {
    return args.clone();
  }

  /** StopIteration's {@code value}: its first argument, or None. */
  public Object value() {
    return args.length > 0 ? args[0] : PyNone.NONE;
  }

  /** What {@code str(e)} gives: empty, the single argument's str, or the args tuple's repr. */
  public String message() {
    Object[] args = this.args;
    if (type.isSubclassOf(PyExceptionType.OS_ERROR) && args.length == 2) {
      String text = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
      return filename == PyNone.NONE ? text : text + ": " + Ops.repr(filename);
    }
    if (args.length == 0) {
      return "";
    }
    if (args.length == 1) {
      if (type == PyExceptionType.KEY_ERROR) {
        return Ops.repr(args[0]);
      }
      return Ops.str(args[0]);
    }
    return Ops.repr(PyTuple.of(args));
  }

  /**
   * Records that the exception reached a frame, as CPython does when an exception is raised in a
   * frame or passes into it from a call. {@code frame} identifies the activation: a frame already
   * recorded last is not recorded again (the exception was caught there, and is now leaving it).
   */
  public void addTraceback(TracebackEntry entry, Object frame) {
    synchronized (traceback) {
      if (frame != null && frame == lastFrame) {
        return;
      }
      traceback.add(entry);
      lastFrame = frame;
    }
  }

  /**
   * Forgets which frame was recorded last, so that {@code raise e} of an exception caught in
   * this frame records the frame again, at the raise, as CPython does.
   */
  public void startNewRaise() {
    synchronized (traceback) {
      lastFrame = null;
    }
  }

  /** The traceback, outermost first, as Python prints it. */
  public List<TracebackEntry> traceback() {
    List<TracebackEntry> copy;
    synchronized (traceback) {
      copy = new ArrayList<>(traceback);
    }
    Collections.reverse(copy);
    return copy;
  }

  /** {@code __context__}: the exception being handled when this one was raised, or null. */
  public PyBaseException context() {
    return context;
  }

  /**
   * Records that this exception was raised while {@code handled} was being handled, unless a
   * context is already known or the link would make a cycle (CPython breaks cycles the same way).
   */
  public void setContextIfAbsent(PyBaseException handled) {
    if (handled == null || handled == this || context != null) {
      return;
    }
    for (PyBaseException e = handled; e != null; e = e.context) {
      if (e == this) {
        return;
      }
    }
    context = handled;
  }

  /** {@code __cause__}: set by {@code raise ... from cause}, or null. */
  public PyBaseException cause() {
    return cause;
  }

  /** {@code raise self from cause}: a null cause is {@code from None}, hiding the context. */
  public void setCause(PyBaseException cause) {
    this.cause = cause;
    this.suppressContext = true;
  }

  /**
   * The Java exception a Java callable threw, which this Python exception translates; null for
   * exceptions raised by Python code. Not visible to scripts; the embedding API hands it back to
   * Java as the cause of the public exception.
   */
  public Throwable javaCause() {
    return javaCause;
  }

  public void setJavaCause(Throwable javaCause) {
    this.javaCause = javaCause;
  }

  /** True after {@code raise ... from ...}: the context is not printed. */
  public boolean suppressContext() {
    return suppressContext;
  }

  /**
   * Remembers where a NameError for {@code name} was raised: groups of visible names, searched in
   * order when the error is printed (CPython computes its suggestion at that moment too).
   */
  public void setNameCandidates(String name, List<? extends java.util.Collection<String>> groups) {
    this.missingName = name;
    this.nameCandidates = groups;
  }

  /** CPython's "Did you mean" name for a NameError, or null. */
  public String nameSuggestion() {
    List<? extends java.util.Collection<String>> groups = nameCandidates;
    return groups == null ? null : NameSuggestions.suggest(missingName, groups);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "args":
        return PyTuple.of(args);
      case "value":
        if (type.isSubclassOf(PyExceptionType.STOP_ITERATION)) {
          return value();
        }
        break;
      case "errno":
      case "strerror":
      case "filename":
        if (type.isSubclassOf(PyExceptionType.OS_ERROR)) {
          return name.equals("errno") ? errno : name.equals("strerror") ? strerror : filename;
        }
        break;
      case "__context__":
        return context == null ? PyNone.NONE : context;
      case "__cause__":
        return cause == null ? PyNone.NONE : cause;
      case "__suppress_context__":
        return suppressContext;
      case "__class__":
        return pythonClass();
      case "__traceback__":
        return PyTraceback.of(this);
      case "__dict__":
        return dict();
      default:
        break;
    }
    return InstanceAttributes.get(ts, this, pythonClass(), dict, name);
  }

  private PyDict dict() {
    PyDict d = dict;
    if (d == null) {
      synchronized (this) {
        if (dict == null) {
          dict = new PyDict();
        }
        d = dict;
      }
    }
    return d;
  }

  @Override
  public void setAttribute(ThreadState ts, String name, Object value) {
    switch (name) {
      case "args":
        setArgs(Ops.toArray(ts, value));
        return;
      case "__cause__":
        cause = value == PyNone.NONE ? null : asException(value, "exception cause");
        suppressContext = true;
        return;
      case "__context__":
        context = value == PyNone.NONE ? null : asException(value, "exception context");
        return;
      case "__suppress_context__":
        suppressContext = Ops.isTrue(value);
        return;
      default:
        InstanceAttributes.set(ts, this, pythonClass(), dict(), name, value);
    }
  }

  @Override
  public void deleteAttribute(ThreadState ts, String name) {
    InstanceAttributes.delete(ts, this, pythonClass(), dict(), name);
  }

  private static PyBaseException asException(Object value, String what) {
    if (value instanceof PyBaseException e) {
      return e;
    }
    throw PyException.typeError(what + " must be None or derive from BaseException");
  }

  /** CPython's repr: {@code ValueError('bad')}. */
  public String repr() {
    Object[] args = this.args;
    StringBuilder sb = new StringBuilder(typeName()).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Ops.repr(args[i]));
    }
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return message();
  }
}
