package org.pygen.runtime;

import java.util.List;

/**
 * A built-in exception class such as {@code ValueError}. Calling it makes a {@link
 * PyBaseException}. The hierarchy is CPython's for the classes pygen has; user-defined exception
 * classes arrive with the class system.
 */
public final class PyExceptionType implements PyCallable, HasAttributes {
  public static final PyExceptionType BASE_EXCEPTION =
      new PyExceptionType("BaseException", "builtins");
  public static final PyExceptionType SYSTEM_EXIT = sub("SystemExit", BASE_EXCEPTION);
  public static final PyExceptionType KEYBOARD_INTERRUPT = sub("KeyboardInterrupt", BASE_EXCEPTION);
  public static final PyExceptionType GENERATOR_EXIT = sub("GeneratorExit", BASE_EXCEPTION);
  public static final PyExceptionType EXCEPTION = sub("Exception", BASE_EXCEPTION);
  public static final PyExceptionType STOP_ITERATION = sub("StopIteration", EXCEPTION);
  public static final PyExceptionType ARITHMETIC_ERROR = sub("ArithmeticError", EXCEPTION);
  public static final PyExceptionType ZERO_DIVISION_ERROR =
      sub("ZeroDivisionError", ARITHMETIC_ERROR);
  public static final PyExceptionType OVERFLOW_ERROR = sub("OverflowError", ARITHMETIC_ERROR);
  public static final PyExceptionType ASSERTION_ERROR = sub("AssertionError", EXCEPTION);
  public static final PyExceptionType EOF_ERROR = sub("EOFError", EXCEPTION);
  public static final PyExceptionType ATTRIBUTE_ERROR = sub("AttributeError", EXCEPTION);
  public static final PyExceptionType LOOKUP_ERROR = sub("LookupError", EXCEPTION);
  public static final PyExceptionType INDEX_ERROR = sub("IndexError", LOOKUP_ERROR);
  public static final PyExceptionType KEY_ERROR = sub("KeyError", LOOKUP_ERROR);
  public static final PyExceptionType NAME_ERROR = sub("NameError", EXCEPTION);
  public static final PyExceptionType UNBOUND_LOCAL_ERROR = sub("UnboundLocalError", NAME_ERROR);
  public static final PyExceptionType OS_ERROR = sub("OSError", EXCEPTION);
  public static final PyExceptionType FILE_NOT_FOUND_ERROR = sub("FileNotFoundError", OS_ERROR);
  public static final PyExceptionType FILE_EXISTS_ERROR = sub("FileExistsError", OS_ERROR);
  public static final PyExceptionType IS_A_DIRECTORY_ERROR = sub("IsADirectoryError", OS_ERROR);
  public static final PyExceptionType PERMISSION_ERROR = sub("PermissionError", OS_ERROR);
  public static final PyExceptionType NOT_A_DIRECTORY_ERROR = sub("NotADirectoryError", OS_ERROR);
  public static final PyExceptionType IMPORT_ERROR = sub("ImportError", EXCEPTION);
  public static final PyExceptionType MODULE_NOT_FOUND_ERROR =
      sub("ModuleNotFoundError", IMPORT_ERROR);
  public static final PyExceptionType RUNTIME_ERROR = sub("RuntimeError", EXCEPTION);
  public static final PyExceptionType RECURSION_ERROR = sub("RecursionError", RUNTIME_ERROR);
  public static final PyExceptionType NOT_IMPLEMENTED_ERROR =
      sub("NotImplementedError", RUNTIME_ERROR);
  public static final PyExceptionType TYPE_ERROR = sub("TypeError", EXCEPTION);
  public static final PyExceptionType VALUE_ERROR = sub("ValueError", EXCEPTION);
  /** {@code io.UnsupportedOperation}: reading a file opened for writing, and the like. */
  public static final PyExceptionType UNSUPPORTED_OPERATION =
      new PyExceptionType("UnsupportedOperation", "io", OS_ERROR, VALUE_ERROR);
  /**
   * {@code queue.Empty}, which CPython defines in its C module {@code _queue} and so prints as
   * {@code _queue.Empty}. Not a builtin: only the queue module offers it.
   */
  public static final PyExceptionType QUEUE_EMPTY =
      new PyExceptionType("Empty", "_queue", EXCEPTION);
  /** {@code queue.Full}, defined in Python by CPython's queue module. Not a builtin. */
  public static final PyExceptionType QUEUE_FULL =
      new PyExceptionType("Full", "queue", EXCEPTION);
  public static final PyExceptionType UNICODE_ERROR = sub("UnicodeError", VALUE_ERROR);
  public static final PyExceptionType UNICODE_DECODE_ERROR =
      sub("UnicodeDecodeError", UNICODE_ERROR);
  public static final PyExceptionType UNICODE_ENCODE_ERROR =
      sub("UnicodeEncodeError", UNICODE_ERROR);
  public static final PyExceptionType MEMORY_ERROR = sub("MemoryError", EXCEPTION);
  public static final PyExceptionType SYNTAX_ERROR = sub("SyntaxError", EXCEPTION);
  public static final PyExceptionType INDENTATION_ERROR = sub("IndentationError", SYNTAX_ERROR);
  public static final PyExceptionType TAB_ERROR = sub("TabError", INDENTATION_ERROR);

  public static final PyExceptionType FLOATING_POINT_ERROR =
      sub("FloatingPointError", ARITHMETIC_ERROR);
  public static final PyExceptionType BUFFER_ERROR = sub("BufferError", EXCEPTION);
  public static final PyExceptionType REFERENCE_ERROR = sub("ReferenceError", EXCEPTION);
  public static final PyExceptionType SYSTEM_ERROR = sub("SystemError", EXCEPTION);
  public static final PyExceptionType STOP_ASYNC_ITERATION =
      sub("StopAsyncIteration", EXCEPTION);
  public static final PyExceptionType UNICODE_TRANSLATE_ERROR =
      sub("UnicodeTranslateError", UNICODE_ERROR);
  public static final PyExceptionType TIMEOUT_ERROR = sub("TimeoutError", OS_ERROR);
  public static final PyExceptionType BLOCKING_IO_ERROR = sub("BlockingIOError", OS_ERROR);
  public static final PyExceptionType CHILD_PROCESS_ERROR = sub("ChildProcessError", OS_ERROR);
  public static final PyExceptionType INTERRUPTED_ERROR = sub("InterruptedError", OS_ERROR);
  public static final PyExceptionType PROCESS_LOOKUP_ERROR =
      sub("ProcessLookupError", OS_ERROR);
  public static final PyExceptionType CONNECTION_ERROR = sub("ConnectionError", OS_ERROR);
  public static final PyExceptionType BROKEN_PIPE_ERROR =
      sub("BrokenPipeError", CONNECTION_ERROR);
  public static final PyExceptionType CONNECTION_ABORTED_ERROR =
      sub("ConnectionAbortedError", CONNECTION_ERROR);
  public static final PyExceptionType CONNECTION_REFUSED_ERROR =
      sub("ConnectionRefusedError", CONNECTION_ERROR);
  public static final PyExceptionType CONNECTION_RESET_ERROR =
      sub("ConnectionResetError", CONNECTION_ERROR);
  public static final PyExceptionType WARNING = sub("Warning", EXCEPTION);
  public static final PyExceptionType USER_WARNING = sub("UserWarning", WARNING);
  public static final PyExceptionType DEPRECATION_WARNING = sub("DeprecationWarning", WARNING);
  public static final PyExceptionType PENDING_DEPRECATION_WARNING =
      sub("PendingDeprecationWarning", WARNING);
  public static final PyExceptionType SYNTAX_WARNING = sub("SyntaxWarning", WARNING);
  public static final PyExceptionType RUNTIME_WARNING = sub("RuntimeWarning", WARNING);
  public static final PyExceptionType FUTURE_WARNING = sub("FutureWarning", WARNING);
  public static final PyExceptionType IMPORT_WARNING = sub("ImportWarning", WARNING);
  public static final PyExceptionType UNICODE_WARNING = sub("UnicodeWarning", WARNING);
  public static final PyExceptionType BYTES_WARNING = sub("BytesWarning", WARNING);
  public static final PyExceptionType RESOURCE_WARNING = sub("ResourceWarning", WARNING);
  public static final PyExceptionType ENCODING_WARNING = sub("EncodingWarning", WARNING);

  /** Every built-in exception class, for the builtins namespace. */
  public static final List<PyExceptionType> ALL =
      List.of(
          BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
          STOP_ITERATION, EOF_ERROR, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR,
          ATTRIBUTE_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
          OS_ERROR, FILE_NOT_FOUND_ERROR, FILE_EXISTS_ERROR, IS_A_DIRECTORY_ERROR,
          PERMISSION_ERROR, NOT_A_DIRECTORY_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, RUNTIME_ERROR, RECURSION_ERROR,
          NOT_IMPLEMENTED_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, UNICODE_DECODE_ERROR,
          UNICODE_ENCODE_ERROR,
          MEMORY_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, FLOATING_POINT_ERROR,
          BUFFER_ERROR, REFERENCE_ERROR, SYSTEM_ERROR, STOP_ASYNC_ITERATION,
          UNICODE_TRANSLATE_ERROR, TIMEOUT_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR,
          INTERRUPTED_ERROR, PROCESS_LOOKUP_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
          CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, WARNING,
          USER_WARNING, DEPRECATION_WARNING, PENDING_DEPRECATION_WARNING, SYNTAX_WARNING,
          RUNTIME_WARNING, FUTURE_WARNING, IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING,
          RESOURCE_WARNING, ENCODING_WARNING);

  private final String name;
  private final String module;
  private final PyExceptionType[] bases;
  /** Computed on first use; derived from the immutable bases, so a race only repeats work. */
  private volatile Object[] mro;

  private PyExceptionType(String name, String module, PyExceptionType... bases) {
    this.name = name;
    this.module = module;
    this.bases = bases;
  }

  private static PyExceptionType sub(String name, PyExceptionType... bases) {
    return new PyExceptionType(name, "builtins", bases);
  }

  public String name() {
    return name;
  }

  /**
   * The name a traceback prints: the bare name for builtins, {@code module.name} otherwise
   * ({@code io.UnsupportedOperation}), as CPython prints it.
   */
  public String qualifiedName() {
    return module.equals("builtins") ? name : module + "." + name;
  }

  /** The first base class, or null for BaseException. */
  public PyExceptionType base() {
    return bases.length == 0 ? null : bases[0];
  }

  /** The method resolution order: this class, its bases' classes (C3), {@code object} last. */
  Object[] mro() {
    Object[] m = mro;
    if (m == null) {
      m = Mro.linearize(this, bases.length == 0 ? new Object[] {PyBuiltinType.OBJECT} : bases);
      mro = m;
    }
    return m;
  }

  /** True when this class is {@code other} or derives from it, through any of its bases. */
  public boolean isSubclassOf(PyExceptionType other) {
    if (this == other) {
      return true;
    }
    for (PyExceptionType b : bases) {
      if (b.isSubclassOf(other)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError(name + "() takes no keyword arguments");
    }
    return new PyBaseException(this, args);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return name;
      case "__module__":
        return module;
      case "__mro__":
        return PyTuple.of(mro().clone());
      case "__bases__":
        return PyTuple.of(bases.length == 0 ? new Object[] {PyBuiltinType.OBJECT} : bases.clone());
      default:
        Object inherited = Classes.lookup(this, attr);
        return inherited == null ? null : InstanceAttributes.bind(inherited, null, this);
    }
  }

  @Override
  public String toString() {
    return "<class '" + qualifiedName() + "'>";
  }
}
