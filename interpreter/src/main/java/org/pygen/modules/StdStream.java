package org.pygen.modules;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ThreadState;

/**
 * {@code sys.stdout} and {@code sys.stderr}: text streams writing to the interpreter's output and
 * error writers. They write through {@link PyRuntime#writeAtomically}, as {@code print} does, so
 * {@code print(...)} and {@code sys.stdout.write(...)} interleave in call order and one write is
 * never split by another thread's. {@code print(..., file=sys.stderr)} finds the {@code write}
 * method here.
 */
final class StdStream implements HasAttributes, PyObjectTyped {
  private final String name;
  private final Writer writer;
  /** stderr is line buffered in CPython: here every write reaches the writer at once. */
  private final boolean flushEachWrite;

  private StdStream(String name, Writer writer, boolean flushEachWrite) {
    this.name = name;
    this.writer = writer;
    this.flushEachWrite = flushEachWrite;
  }

  static StdStream stdout(PyRuntime runtime) {
    return new StdStream("<stdout>", runtime.out(), false);
  }

  static StdStream stderr(PyRuntime runtime) {
    return new StdStream("<stderr>", runtime.err(), true);
  }

  private long write(Object text) {
    if (!(text instanceof String s)) {
      throw PyException.typeError("write() argument must be str, not " + Ops.typeName(text));
    }
    PyRuntime.writeAtomically(writer, s, flushEachWrite);
    return s.length();
  }

  private void flush() {
    synchronized (writer) {
      try {
        writer.flush();
      } catch (IOException e) {
        throw PyException.of(PyExceptionType.OS_ERROR, String.valueOf(e.getMessage()));
      }
    }
  }

  private static void exactlyOne(String method, Object[] args, String[] kw) {
    Params.none("TextIOWrapper." + method, new Object[0], kw);
    if (args.length != 1) {
      throw PyException.typeError(
          "TextIOWrapper." + method + "() takes exactly one argument (" + args.length
              + " given)");
    }
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "write", (ts, self, a, kw) -> {
            exactlyOne("write", a, kw);
            return ((StdStream) self).write(a[0]);
          },
          "writelines", (ts, self, a, kw) -> {
            exactlyOne("writelines", a, kw);
            StdStream s = (StdStream) self;
            StringBuilder all = new StringBuilder();
            PyIterator it = Ops.iter(ts, a[0]);
            for (Object v = it.next(ts); v != PyIterator.DONE; v = it.next(ts)) {
              if (!(v instanceof String str)) {
                throw PyException.typeError(
                    "write() argument must be str, not " + Ops.typeName(v));
              }
              all.append(str);
            }
            s.write(all.toString());
            return PyNone.NONE;
          },
          "flush", (ts, self, a, kw) -> {
            Params.none("TextIOWrapper.flush", a, kw);
            ((StdStream) self).flush();
            return PyNone.NONE;
          },
          "isatty", (ts, self, a, kw) -> {
            Params.none("TextIOWrapper.isatty", a, kw);
            return Boolean.FALSE;
          },
          "writable", (ts, self, a, kw) -> {
            Params.none("TextIOWrapper.writable", a, kw);
            return Boolean.TRUE;
          },
          "readable", (ts, self, a, kw) -> {
            Params.none("TextIOWrapper.readable", a, kw);
            return Boolean.FALSE;
          },
          "read", (ts, self, a, kw) -> {
            throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "not readable");
          },
          "readline", (ts, self, a, kw) -> {
            throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "not readable");
          });

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "name":
        return name;
      case "mode":
        return "w";
      case "encoding":
        return "utf-8";
      case "errors":
        return flushEachWrite ? "backslashreplace" : "strict";
      case "closed":
        return Boolean.FALSE;
      default:
        BuiltinMethod m = METHODS.get(attr);
        return m == null ? null : new PyBuiltinMethod(this, attr, m);
    }
  }

  @Override
  public String typeName() {
    return "_io.TextIOWrapper";
  }

  @Override
  public String toString() {
    return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
  }
}
