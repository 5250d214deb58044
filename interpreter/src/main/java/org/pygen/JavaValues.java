package org.pygen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.pygen.exec.PyGenerator;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/** Conversions between interpreter values and the plain Java values the public API promises. */
final class JavaValues {
  private JavaValues() {}

  static Object toJava(PyRuntime runtime, Object v) {
    if (v == null || v == PyNone.NONE) {
      return null;
    }
    if (v instanceof PyList l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l.toArray()) {
        out.add(toJava(runtime, o));
      }
      return out;
    }
    if (v instanceof PyTuple t) {
      List<Object> out = new ArrayList<>();
      for (Object o : t.toArray()) {
        out.add(toJava(runtime, o));
      }
      return Collections.unmodifiableList(out);
    }
    if (v instanceof PyDict d) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<Object, Object> e : d.toMap().entrySet()) {
        out.put(toJava(runtime, e.getKey()), toJava(runtime, e.getValue()));
      }
      return out;
    }
    if (v instanceof PyIterator it) {
      return new IteratorView(runtime, it);
    }
    return v;
  }

  static Object fromJava(Object v) {
    if (v == null) {
      return PyNone.NONE;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (v instanceof List<?> l) {
      PyList out = new PyList();
      for (Object o : l) {
        out.append(fromJava(o));
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      PyDict out = new PyDict();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(fromJava(e.getKey()), fromJava(e.getValue()));
      }
      return out;
    }
    return v;
  }

  /**
   * A pygen iterator seen from Java. {@code hasNext} steps the iterator once and keeps that one
   * value until {@code next}; nothing else is buffered.
   */
  private static final class IteratorView implements Iterator<Object>, AutoCloseable {
    private final PyRuntime runtime;
    private final PyIterator it;
    private Object pending;

    IteratorView(PyRuntime runtime, PyIterator it) {
      this.runtime = runtime;
      this.it = it;
    }

    @Override
    public boolean hasNext() {
      if (pending == null) {
        try {
          pending = it.next(new ThreadState(runtime));
        } catch (PyException e) {
          throw Errors.fromPython(e);
        } finally {
          runtime.flush();
        }
      }
      return pending != PyIterator.DONE;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object v = pending;
      pending = null;
      return toJava(runtime, v);
    }

    @Override
    public void close() {
      if (it instanceof PyGenerator g) {
        try {
          g.close(new ThreadState(runtime));
        } catch (PyException e) {
          throw Errors.fromPython(e);
        }
      }
    }
  }
}
