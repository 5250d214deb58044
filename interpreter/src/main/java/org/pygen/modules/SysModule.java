package org.pygen.modules;

import java.util.List;
import org.pygen.runtime.IntDigitsSettings;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;

/**
 * The part of the {@code sys} module pygen has: argv, exit, the recursion limit, the int digit
 * limit ({@code set_int_max_str_digits}), the standard streams {@code stdout} and {@code stderr},
 * and facts about the platform and the language version pygen follows.
 */
public final class SysModule {
  private SysModule() {}

  /** Builds the module; {@code argv} is the script name followed by its arguments. */
  public static PyModule create(PyRuntime runtime, List<String> argv) {
    PyModule m = new PyModule("sys");
    PyList args = new PyList();
    for (String a : argv) {
      args.append(a);
    }
    m.define("argv", args);
    m.define("maxsize", Long.MAX_VALUE);
    m.define("stdout", StdStream.stdout(runtime));
    m.define("stderr", StdStream.stderr(runtime));
    m.define("platform", platform());
    m.define(
        "byteorder",
        java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big");
    // The language version whose semantics pygen follows. A plain tuple: CPython's named
    // fields (version_info.major) are not offered.
    m.define("version_info", PyTuple.of(3L, 11L, 0L, "final", 0L));
    m.define(
        "exc_info",
        (PyCallable)
            (ts, a, kw) -> {
              PyException e = ts.handled();
              return e == null
                  ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                  : PyTuple.of(e.value().pythonClass(), e.value(), org.pygen.runtime.PyTraceback.of(e.value()));
            });
    m.define(
        "exception",
        (PyCallable) (ts, a, kw) -> ts.handled() == null ? PyNone.NONE : ts.handled().value());
    m.define(
        "exit",
        (PyCallable)
            (ts, a, kw) -> {
              if (kw != null && kw.length > 0) {
                throw PyException.typeError("exit() takes no keyword arguments");
              }
              if (a.length > 1) {
                throw PyException.typeError(
                    "exit expected at most 1 argument, got " + a.length);
              }
              // As in CPython: SystemExit carries the status (or message) up the stack, running
              // finally blocks on the way; the command line turns it into the exit status.
              throw new PyException(new PyBaseException(PyExceptionType.SYSTEM_EXIT, a));
            });
    m.define("getrecursionlimit", (PyCallable) (ts, a, kw) -> (long) runtime.recursionLimit());
    m.define(
        "setrecursionlimit",
        (PyCallable)
            (ts, a, kw) -> {
              if (a.length != 1 || !(a[0] instanceof Long n)) {
                throw PyException.typeError("setrecursionlimit() takes exactly one int argument");
              }
              if (n < 1) {
                throw PyException.valueError("recursion limit must be greater or equal than 1");
              }
              runtime.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
              return PyNone.NONE;
            });
    m.define("set_int_max_str_digits", (PyCallable) IntDigitsSettings::set);
    m.define("get_int_max_str_digits", (PyCallable) IntDigitsSettings::get);
    return m;
  }

  /** CPython's names for the operating systems a JVM may run on: linux, darwin, win32. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.startsWith("windows")) {
      return "win32";
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return "darwin";
    }
    if (os.startsWith("linux")) {
      return "linux";
    }
    return os.isEmpty() ? "unknown" : os.replaceAll("[^a-z0-9]", "");
  }
}
