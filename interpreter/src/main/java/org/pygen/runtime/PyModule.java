package org.pygen.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A module object: a name and a namespace of attributes. */
public final class PyModule implements HasAttributes {
  private final String name;
  private final Map<String, Object> attributes;

  public PyModule(String name) {
    this(name, new ConcurrentHashMap<>());
  }

  /**
   * A module whose namespace is {@code attributes} itself, shared, not copied: the
   * {@code builtins} module is the runtime's builtins namespace.
   */
  public PyModule(String name, Map<String, Object> attributes) {
    this.name = name;
    this.attributes = attributes;
  }

  public String name() {
    return name;
  }

  /** Defines an attribute; used by the module's factory while it builds the module. */
  public PyModule define(String attr, Object value) {
    attributes.put(attr, value);
    return this;
  }

  /** The names the module defines, for {@code dir()}. */
  public java.util.Set<String> attributeNames() {
    java.util.Set<String> names = new java.util.HashSet<>(attributes.keySet());
    names.add("__name__");
    return names;
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    if (attr.equals("__name__")) {
      return name;
    }
    return attributes.get(attr);
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    attributes.put(attr, value);
  }

  @Override
  public void deleteAttribute(ThreadState ts, String attr) {
    // CPython words a failed module delete with the generic object message, unlike a failed
    // module lookup ("module 'm' has no attribute ...").
    if (attributes.remove(attr) == null) {
      throw PyException.attributeError("'module' object has no attribute '" + attr + "'");
    }
  }

  @Override
  public String toString() {
    return "<module '" + name + "'>";
  }
}
