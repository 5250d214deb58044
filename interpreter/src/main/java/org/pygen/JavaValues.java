package org.pygen;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.BaseStream;
import org.pygen.exec.PyGenerator;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyInstance;
import org.pygen.runtime.PyIterable;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PySet;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ScriptStop;
import org.pygen.runtime.ThreadState;

/**
 * Conversions between interpreter values and the plain Java values the public API promises. The
 * table is documented on {@link Interpreter}; values that came from the other side unwrap to
 * what they were (a list view handed back to a script is the same list, a Java lambda handed back
 * to Java the same lambda).
 */
final class JavaValues {
  private JavaValues() {}

  static Object toJava(PyRuntime runtime, Object v) {
    if (v == null || v == PyNone.NONE) {
      return null;
    }
    if (v instanceof PyInstance i && i.builtinValue() != null) {
      // A subclass of int, str, list... crosses as its value, as the built-in would.
      return toJava(runtime, i.builtinValue());
    }
    if (v instanceof PyList l) {
      return new ListView(runtime, l);
    }
    if (v instanceof PyTuple t) {
      Object[] items = t.toArray();
      for (int i = 0; i < items.length; i++) {
        items[i] = toJava(runtime, items[i]);
      }
      // Arrays.asList would allow set(); a tuple is immutable.
      return Collections.unmodifiableList(java.util.Arrays.asList(items));
    }
    if (v instanceof PyDict d) {
      return new MapView(runtime, d);
    }
    if (v instanceof PySet s) {
      Set<Object> out = new LinkedHashSet<>();
      for (Object o : s.toArray()) {
        out.add(toJava(runtime, o));
      }
      return Collections.unmodifiableSet(out);
    }
    if (v instanceof JavaCallable c) {
      return c.original();
    }
    if (v instanceof JavaIteration.IteratorAdapter a) {
      return a.original();
    }
    if (v instanceof JavaIteration.IterableAdapter a) {
      return a.original();
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
    if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof Character c) {
      return c.toString();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    // Values that came from the interpreter go back as they were.
    if (v instanceof ListView l) {
      return l.pyList();
    }
    if (v instanceof MapView m) {
      return m.pyDict();
    }
    if (v instanceof IteratorView it) {
      return it.it;
    }
    if (v instanceof PyCallable
        || v instanceof PyIterator
        || v instanceof PyIterable
        || v instanceof PyObjectTyped
        || v instanceof HasAttributes
        || v instanceof PyTuple
        || v instanceof PyBaseException) {
      return v;
    }
    if (v instanceof JavaFunction f) {
      return new JavaCallable(f, f);
    }
    if (v instanceof List<?> l) {
      PyList out = new PyList();
      for (Object o : l) {
        out.append(fromJava(o));
      }
      return out;
    }
    if (v instanceof Set<?> s) {
      PySet out = new PySet();
      for (Object o : s) {
        out.add(fromJava(o));
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
    if (v.getClass().isArray()) {
      int n = Array.getLength(v);
      Object[] items = new Object[n];
      for (int i = 0; i < n; i++) {
        items[i] = fromJava(Array.get(v, i));
      }
      return PyList.of(items);
    }
    if (v instanceof BaseStream<?, ?> s) {
      return new JavaIteration.IteratorAdapter(s, s.iterator(), s);
    }
    if (v instanceof Iterator<?> it) {
      return new JavaIteration.IteratorAdapter(it, it, null);
    }
    if (v instanceof Iterable<?> it) {
      return new JavaIteration.IterableAdapter(it);
    }
    Object callable = callable(v);
    return callable != null ? callable : v;
  }

  /** A lambda of one of the standard functional interfaces as a callable, else null. */
  private static Object callable(Object v) {
    if (v instanceof Function<?, ?> f) {
      @SuppressWarnings("unchecked")
      Function<Object, Object> fn = (Function<Object, Object>) f;
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(1, args, kwargs);
            return fn.apply(args.get(0));
          });
    }
    if (v instanceof BiFunction<?, ?, ?> f) {
      @SuppressWarnings("unchecked")
      BiFunction<Object, Object, Object> fn = (BiFunction<Object, Object, Object>) f;
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(2, args, kwargs);
            return fn.apply(args.get(0), args.get(1));
          });
    }
    if (v instanceof Predicate<?> p) {
      @SuppressWarnings("unchecked")
      Predicate<Object> fn = (Predicate<Object>) p;
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(1, args, kwargs);
            return fn.test(args.get(0));
          });
    }
    if (v instanceof Supplier<?> s) {
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(0, args, kwargs);
            return s.get();
          });
    }
    if (v instanceof Consumer<?> c) {
      @SuppressWarnings("unchecked")
      Consumer<Object> fn = (Consumer<Object>) c;
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(1, args, kwargs);
            fn.accept(args.get(0));
            return null;
          });
    }
    if (v instanceof Runnable r) {
      return new JavaCallable(
          v,
          (args, kwargs) -> {
            JavaCallable.checkArity(0, args, kwargs);
            r.run();
            return null;
          });
    }
    return null;
  }

  /**
   * A pygen iterator seen from Java. {@code hasNext} steps the iterator once and keeps that one
   * value until {@code next}; nothing else is buffered.
   */
  static final class IteratorView implements Iterator<Object>, AutoCloseable {
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
        } catch (OutOfMemoryError e) {
          throw Errors.fromPython(Interpreter.memoryError());
        } catch (ScriptStop e) {
          throw Errors.stopped(e);
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
        } catch (ScriptStop e) {
          throw Errors.stopped(e);
        } finally {
          runtime.flush();
        }
      }
    }
  }
}
