package org.pygen.jsr223;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;

/** An interpreter's live globals as JSR-223 engine-scope bindings. */
final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
  private final Map<String, Object> globals;

  GlobalsBindings(Map<String, Object> globals) {
    this.globals = globals;
  }

  @Override
  public Object put(String name, Object value) {
    return globals.put(checkName(name), value);
  }

  @Override
  public void putAll(Map<? extends String, ? extends Object> toMerge) {
    toMerge.forEach(this::put);
  }

  @Override
  public Object get(Object key) {
    return globals.get(checkName(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return globals.containsKey(checkName(key));
  }

  @Override
  public Object remove(Object key) {
    return globals.remove(checkName(key));
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return globals.entrySet();
  }

  /** The Bindings contract: names are non-empty strings, checked with these exceptions. */
  private static String checkName(Object key) {
    if (key == null) {
      throw new NullPointerException("binding name is null");
    }
    if (!(key instanceof String name)) {
      throw new ClassCastException("binding name is not a String");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("binding name is empty");
    }
    return name;
  }
}
