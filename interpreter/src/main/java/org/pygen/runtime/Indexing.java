package org.pygen.runtime;

/** Subscription: {@code obj[key]}, {@code obj[key] = v} and {@code del obj[key]}. */
final class Indexing {
  private Indexing() {}

  static Object getItem(Object obj, Object key) {
    if (obj instanceof PyList l) {
      if (key instanceof Long i) {
        return l.getItem(i);
      }
      if (key instanceof PySlice s) {
        return l.getSlice(s);
      }
      return l.getItem(index(key, "list"));
    }
    if (obj instanceof PyDict d) {
      return d.getItem(key);
    }
    if (obj instanceof PyTuple t) {
      if (key instanceof PySlice s) {
        return tupleSlice(t, s);
      }
      long i = index(key, "tuple");
      long j = i < 0 ? i + t.size() : i;
      if (j < 0 || j >= t.size()) {
        throw PyException.indexError("tuple index out of range");
      }
      return t.get((int) j);
    }
    if (obj instanceof String s) {
      if (key instanceof PySlice slice) {
        return stringSlice(s, slice);
      }
      Long i = Numbers.indexOrNull(key);
      if (i == null) {
        throw PyException.typeError(
            "string indices must be integers, not '" + Ops.typeName(key) + "'");
      }
      long j = i < 0 ? i + s.length() : i;
      if (j < 0 || j >= s.length()) {
        throw PyException.indexError("string index out of range");
      }
      return Chars.of(s.charAt((int) j));
    }
    if (obj instanceof PyBytes b) {
      if (key instanceof PySlice slice) {
        return BytesMethods.toBytes(stringSlice(BytesMethods.latin1(b), slice));
      }
      long i = index(key, "byte");
      long j = i < 0 ? i + b.size() : i;
      if (j < 0 || j >= b.size()) {
        throw PyException.indexError("index out of range");
      }
      return (long) b.get((int) j);
    }
    if (obj instanceof PyRange r) {
      if (key instanceof PySlice s) {
        return r.getSlice(s);
      }
      if (!Numbers.isInt(key)) {
        throw PyException.typeError(
            "range indices must be integers or slices, not " + Ops.typeName(key));
      }
      return r.getItem(key);
    }
    if (SpecialMethods.isUser(obj)) {
      return SpecialMethods.getItem(obj, key);
    }
    if (obj instanceof PyClass c) {
      Object hook = c.lookup("__class_getitem__");
      if (hook != null) {
        return Ops.call(
            SpecialMethods.ts(c), InstanceAttributes.bind(hook, null, c), new Object[] {key}, null);
      }
      throw PyException.typeError("type '" + c.name() + "' is not subscriptable");
    }
    throw PyException.typeError("'" + Ops.typeName(obj) + "' object is not subscriptable");
  }

  private static long index(Object key, String type) {
    Long i = Numbers.indexOrNull(key);
    if (i == null) {
      throw PyException.typeError(
          type + " indices must be integers or slices, not " + Ops.typeName(key));
    }
    return i;
  }

  private static PyTuple tupleSlice(PyTuple t, PySlice slice) {
    long[] ix = slice.indices(t.size());
    int count = (int) ix[3];
    if (ix[2] == 1 && count == t.size()) {
      return t;
    }
    Object[] out = new Object[count];
    for (int k = 0, i = (int) ix[0]; k < count; k++, i += (int) ix[2]) {
      out[k] = t.get(i);
    }
    return PyTuple.wrap(out);
  }

  static String stringSlice(String s, PySlice slice) {
    long[] ix = slice.indices(s.length());
    int start = (int) ix[0];
    int step = (int) ix[2];
    int count = (int) ix[3];
    if (step == 1) {
      return s.substring(start, start + count);
    }
    char[] out = new char[count];
    for (int k = 0, i = start; k < count; k++, i += step) {
      out[k] = s.charAt(i);
    }
    return new String(out);
  }

  static void setItem(ThreadState ts, Object obj, Object key, Object value) {
    if (obj instanceof PyList l) {
      if (key instanceof PySlice s) {
        if (!Iteration.isIterable(value)) {
          // CPython's list_ass_slice and list_ass_subscript word this differently.
          throw PyException.typeError(hasUnitStep(s)
              ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        l.setSlice(s, Iteration.toArray(ts, value));
        return;
      }
      l.setItem(index(key, "list"), value);
      return;
    }
    if (obj instanceof PyDict d) {
      d.put(key, value);
      return;
    }
    if (SpecialMethods.isUser(obj)) {
      SpecialMethods.setItem(obj, key, value);
      return;
    }
    throw PyException.typeError(
        "'" + Ops.typeName(obj) + "' object does not support item assignment");
  }

  /** Whether a slice's step is absent or 1, which makes it a simple slice. */
  private static boolean hasUnitStep(PySlice s) {
    Object step = s.step();
    return step == PyNone.NONE || (Numbers.isInt(step) && Ops.eq(step, 1L));
  }

  static void setItem(Object obj, Object key, Object value) {
    setItem(null, obj, key, value);
  }

  static void delItem(Object obj, Object key) {
    if (obj instanceof PyList l) {
      if (key instanceof PySlice s) {
        l.delSlice(s);
        return;
      }
      l.delItem(index(key, "list"));
      return;
    }
    if (obj instanceof PyDict d) {
      d.delItem(key);
      return;
    }
    if (SpecialMethods.isUser(obj)) {
      SpecialMethods.delItem(obj, key);
      return;
    }
    throw PyException.typeError(
        "'" + Ops.typeName(obj) + "' object doesn't support item deletion");
  }
}
