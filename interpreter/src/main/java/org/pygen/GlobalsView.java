package org.pygen;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pygen.exec.Globals;
import org.pygen.runtime.PyRuntime;

/**
 * An interpreter's globals as a live Java map: names to values converted as {@link
 * Interpreter#get} and {@link Interpreter#set} convert them. Iteration walks a snapshot of the
 * names bound when it starts; {@code Iterator.remove} and {@code Entry.setValue} write through.
 */
final class GlobalsView extends AbstractMap<String, Object> {
  private final PyRuntime runtime;
  private final Globals globals;

  GlobalsView(PyRuntime runtime, Globals globals) {
    this.runtime = runtime;
    this.globals = globals;
  }

  @Override
  public int size() {
    return globals.asMap().size();
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && globals.asMap().containsKey(key);
  }

  @Override
  public Object get(Object key) {
    return key instanceof String name ? JavaValues.toJava(runtime, globals.get(name)) : null;
  }

  @Override
  public Object put(String key, Object value) {
    Object old = globals.asMap().put(key, JavaValues.fromJava(value));
    return JavaValues.toJava(runtime, old);
  }

  @Override
  public Object remove(Object key) {
    return key instanceof String ? JavaValues.toJava(runtime, globals.asMap().remove(key)) : null;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return globals.asMap().size();
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        List<String> names = new ArrayList<>(globals.asMap().keySet());
        Iterator<String> it = names.iterator();
        return new Iterator<>() {
          private String last;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Map.Entry<String, Object> next() {
            last = it.next();
            String name = last;
            return new AbstractMap.SimpleEntry<>(name, get(name)) {
              @Override
              public Object setValue(Object value) {
                GlobalsView.this.put(name, value);
                return super.setValue(value);
              }
            };
          }

          @Override
          public void remove() {
            if (last == null) {
              throw new IllegalStateException();
            }
            globals.asMap().remove(last);
            last = null;
          }
        };
      }
    };
  }
}
