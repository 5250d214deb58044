package org.pygen.runtime;

/**
 * The live views {@code d.keys()}, {@code d.values()} and {@code d.items()}: they reflect later
 * changes to the dict, iterate in its order, and support {@code len} and {@code in}.
 */
public final class PyDictView implements PyObjectTyped {
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

  /** Keys and items views compare like sets; values views only by identity. */
  boolean equalsView(Object other) {
    if (kind == PyDict.IterKind.VALUES || !(other instanceof PyDictView v)
        || v.kind == PyDict.IterKind.VALUES) {
      return other == this;
    }
    if (v.size() != size()) {
      return false;
    }
    for (Object o : v.toArray()) {
      if (!contains(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return typeName() + "(" + Ops.repr(PyList.wrap(toArray())) + ")";
  }
}
