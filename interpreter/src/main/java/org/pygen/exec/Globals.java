package org.pygen.exec;

import java.util.Map;
import org.pygen.runtime.NameCell;
import org.pygen.runtime.Namespace;
import org.pygen.runtime.PyRuntime;

/**
 * A module's global namespace, whose unbound names fall back to the runtime's builtins. Each
 * single get or put is atomic, as in CPython (see {@link Namespace}); the nodes that read and write
 * globals keep the name's {@link NameCell} rather than looking the name up each time.
 */
public final class Globals {
  private final PyRuntime runtime;
  private final Namespace names;

  public Globals(PyRuntime runtime) {
    this.runtime = runtime;
    this.names = new Namespace(runtime.builtinNamespace());
  }

  public PyRuntime runtime() {
    return runtime;
  }

  /** The namespace itself: a cell from it is valid for this module only. */
  public Namespace namespace() {
    return names;
  }

  /** The cell of a global name, made unbound on first use. */
  public NameCell cell(String name) {
    return names.cell(name);
  }

  /** The global's value, or Java null when unbound. */
  public Object get(String name) {
    return names.get(name);
  }

  /** The global's value, else the builtin's, else Java null. */
  public Object lookup(String name) {
    return names.lookup(name);
  }

  public void put(String name, Object value) {
    names.put(name, value);
  }

  /** Removes a global; false when it was not bound. */
  public boolean remove(String name) {
    return names.remove(name) != null;
  }

  /** A live view of the bound names, in the order they were bound. */
  public Map<String, Object> asMap() {
    return names.asMap();
  }
}
