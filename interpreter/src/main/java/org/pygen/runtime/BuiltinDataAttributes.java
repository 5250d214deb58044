package org.pygen.runtime;

/**
 * Refuses stores and deletes of the data attributes of built-in values ({@code int.real},
 * {@code range.start}, ...), which CPython words differently from a missing attribute.
 */
final class BuiltinDataAttributes {
  private BuiltinDataAttributes() {}

  /**
   * Throws CPython's "not writable" AttributeError when {@code name} is a data attribute of the
   * built-in value {@code obj}; returns normally otherwise, leaving other refusals to the caller.
   */
  static void refuseChange(ThreadState ts, Object obj, String name) {
    if (obj instanceof HasAttributes || name.equals("__class__")) {
      return;
    }
    Object found = Attributes.lookup(ts, obj, name);
    if (found != null && !(found instanceof PyBuiltinMethod)) {
      throw PyException.attributeError(
          "attribute '" + name + "' of '" + Ops.typeName(obj) + "' objects is not writable");
    }
  }
}
