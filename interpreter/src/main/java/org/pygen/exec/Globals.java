package org.pygen.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pygen.runtime.PyRuntime;

/**
 * A module's global namespace. Concurrent so that threads reading and writing globals never see a
 * broken map; each single get or put is atomic, as in CPython.
 */
public final class Globals {
  private final PyRuntime runtime;
  private final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();

  public Globals(PyRuntime runtime) {
    this.runtime = runtime;
  }

  public PyRuntime runtime() {
    return runtime;
  }

  /** The global's value, or Java null when unbound. */
  public Object get(String name) {
    return values.get(name);
  }

  /** The global's value, else the builtin's, else Java null. */
  public Object lookup(String name) {
    Object v = values.get(name);
    return v != null ? v : runtime.builtins().get(name);
  }

  public void put(String name, Object value) {
    values.put(name, value);
  }

  /** Removes a global; false when it was not bound. */
  public boolean remove(String name) {
    return values.remove(name) != null;
  }

  /** A live view of the namespace. */
  public Map<String, Object> asMap() {
    return values;
  }
}
