package org.pygen.runtime;

import java.util.List;

/**
 * Unpacking of {@code *iterable} and {@code **mapping} at a call site, with CPython 3.11's
 * messages, which name the callee as {@code _PyObject_FunctionStr} does
 * ({@code __main__.f()}, {@code print()}, {@code list.append()}).
 */
public final class StarArguments {
  private StarArguments() {}

  /** Appends the items of {@code *iterable} to {@code out}. */
  public static void addStarred(
      ThreadState ts, Object function, Object iterable, List<Object> out) {
    // Only the check is reworded: a TypeError raised while iterating passes through unchanged.
    if (!Iteration.isIterable(iterable)) {
      throw PyException.typeError(functionDescription(ts, function)
          + " argument after * must be an iterable, not " + Ops.typeName(iterable));
    }
    PyIterator it = Ops.iter(ts, iterable);
    for (Object x = it.next(ts); x != PyIterator.DONE; x = it.next(ts)) {
      out.add(x);
    }
  }

  /**
   * Adds the entries of {@code **mapping}: a dict, or any object with {@code keys()} whose items
   * are read with {@code []}, as CPython's DICT_MERGE does.
   */
  public static void addMapping(
      ThreadState ts, Object function, Object mapping, List<String> names, List<Object> values) {
    Object[] keys;
    if (mapping instanceof PyDict d) {
      keys = d.keysArray();
    } else if (SpecialMethods.isUser(mapping) && SpecialMethods.defines(mapping, "keys")) {
      keys = Ops.toArray(ts, Ops.callMethod(ts, mapping, "keys", new Object[0], null));
    } else {
      throw PyException.typeError(functionDescription(ts, function)
          + " argument after ** must be a mapping, not " + Ops.typeName(mapping));
    }
    for (Object k : keys) {
      if (!(k instanceof String name)) {
        throw PyException.typeError("keywords must be strings");
      }
      Object v = mapping instanceof PyDict d ? d.getOrNull(k) : Ops.getItem(mapping, k);
      if (v == null) {
        continue; // removed from the dict while we read it
      }
      addKeyword(ts, function, names, values, name, v);
    }
  }

  /** Adds one keyword argument, refusing a name given twice. */
  public static void addKeyword(
      ThreadState ts, Object function, List<String> names, List<Object> values, String name,
      Object value) {
    if (names.contains(name)) {
      throw PyException.typeError(functionDescription(ts, function)
          + " got multiple values for keyword argument '" + name + "'");
    }
    names.add(name);
    values.add(value);
  }

  /**
   * CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module when
   * it is builtins or None, or {@code str(f)} when there is no qualified name.
   */
  static String functionDescription(ThreadState ts, Object function) {
    if (function instanceof PyBuiltinMethod m) {
      // Methods of built-in types have no __module__ and are qualified by their type.
      return Ops.typeName(m.self()) + "." + m.name() + "()";
    }
    Object qualname = lookupQuietly(ts, function, "__qualname__");
    if (qualname == null) {
      return Ops.str(function);
    }
    Object module = lookupQuietly(ts, function, "__module__");
    if (module != null && module != PyNone.NONE && !"builtins".equals(module)) {
      return Ops.str(module) + "." + Ops.str(qualname) + "()";
    }
    return Ops.str(qualname) + "()";
  }

  private static Object lookupQuietly(ThreadState ts, Object o, String name) {
    try {
      return Attributes.lookup(ts, o, name);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }
}
