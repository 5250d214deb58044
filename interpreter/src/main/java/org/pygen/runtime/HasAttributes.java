package org.pygen.runtime;

/**
 * Implemented by runtime objects that answer attribute lookups themselves (modules, generators,
 * functions, exceptions, threads). Built-in value types such as str and list are handled by the
 * method tables instead.
 */
public interface HasAttributes {
  /** The attribute's value, or Java null when there is no such attribute. */
  Object getAttribute(ThreadState ts, String name);

  /** Sets an attribute; the default refuses, as CPython does for most built-in objects. */
  default void setAttribute(ThreadState ts, String name, Object value) {
    throw PyException.attributeError(
        "'" + Ops.typeName(this) + "' object has no attribute '" + name + "'");
  }

  /** Deletes an attribute ({@code del obj.name}); the default refuses. */
  default void deleteAttribute(ThreadState ts, String name) {
    throw PyException.attributeError(
        "'" + Ops.typeName(this) + "' object has no attribute '" + name + "'");
  }
}
