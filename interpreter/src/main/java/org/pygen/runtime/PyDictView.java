package org.pygen.runtime;

/**
 * The live views {@code d.keys()}, {@code d.values()} and {@code d.items()}: they reflect later
 * changes to the dict, iterate in its order, and support {@code len} and {@code in}. Keys and
 * items views are also set-like: set operators and comparisons ({@link DictViewOps}) and
 * {@code isdisjoint}.
 */
public final class PyDictView implements PyObjectTyped, HasAttributes {
  private final PyDict dict;
  private final PyDict.IterKind kind;

  PyDictView(PyDict dict, PyDict.IterKind kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public String typeName() {
    switch (kind) {
      case KEYS:
        return "dict_keys";
      case VALUES:
        return "dict_values";
      default:
        return "dict_items";
    }
  }

  /** The dict this view shows. */
  PyDict dict() {
    return dict;
  }

  /** Whether this is a keys view. */
  boolean isKeys() {
    return kind == PyDict.IterKind.KEYS;
  }

  /** Whether this is an items view. */
  boolean isItems() {
    return kind == PyDict.IterKind.ITEMS;
  }

  /** Keys and items views behave as sets; values views do not (their values may repeat). */
  boolean isSetLike() {
    return kind != PyDict.IterKind.VALUES;
  }

  /** The size of the underlying dict. */
  public int size() {
    return dict.size();
  }

  /** A snapshot of what iteration would yield now. */
  public Object[] toArray() {
    switch (kind) {
      case KEYS:
        return dict.keysArray();
      case VALUES:
        return dict.valuesArray();
      default:
        return dict.itemsArray();
    }
  }

  PyIterator iterator() {
    switch (kind) {
      case KEYS:
        return dict.iterator(kind, "dictionary", "dict_keyiterator");
      case VALUES:
        return dict.iterator(kind, "dictionary", "dict_valueiterator");
      default:
        return dict.iterator(kind, "dictionary", "dict_itemiterator");
    }
  }

  boolean contains(Object o) {
    switch (kind) {
      case KEYS:
        return dict.containsKey(o);
      case VALUES:
        for (Object v : dict.valuesArray()) {
          if (v == o || Ops.eq(v, o)) {
            return true;
          }
        }
        return false;
      default:
        if (!(o instanceof PyTuple t) || t.size() != 2) {
          return false;
        }
        Object v = dict.getOrNull(t.get(0));
        return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
    }
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    if (name.equals("isdisjoint") && isSetLike()) {
      return new PyBuiltinMethod(this, name, (ts2, self, args, kw) ->
          DictViewOps.isDisjoint(
              ts2, this, Args.exactlyOne(typeName() + ".isdisjoint", args, kw)));
    }
    return null;
  }

  @Override
  public String toString() {
    return typeName() + "(" + Ops.repr(PyList.wrap(toArray())) + ")";
  }
}
