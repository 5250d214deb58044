package org.pygen.modules;

import java.util.function.Predicate;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyTypeCheck;
import org.pygen.runtime.ThreadState;

/**
 * A class a module written in Java defines, such as {@code queue.Queue} or {@code
 * threading.Event}: calling it makes an instance, {@code isinstance} and {@code type(x) is C}
 * recognise its instances, and it prints as CPython prints the class. It holds no state beyond
 * its name, so each module instance may make its own.
 */
final class NativeClass implements PyCallable, HasAttributes, PyObjectTyped, PyTypeCheck {
  private final String module;
  private final String name;
  private final PyCallable constructor;
  private final Predicate<Object> isInstance;
  /** The class this one derives from (LifoQueue from Queue), or null. */
  private final NativeClass base;

  NativeClass(String module, String name, PyCallable constructor, Predicate<Object> isInstance) {
    this(module, name, constructor, isInstance, null);
  }

  /**
   * A class deriving from {@code base}; {@code isInstance} must also accept the instances of
   * every subclass.
   */
  NativeClass(
      String module,
      String name,
      PyCallable constructor,
      Predicate<Object> isInstance,
      NativeClass base) {
    this.module = module;
    this.name = name;
    this.constructor = constructor;
    this.isInstance = isInstance;
    this.base = base;
  }

  String name() {
    return name;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return constructor.call(ts, args, kwNames);
  }

  @Override
  public boolean instanceCheck(Object obj) {
    return isInstance.test(obj);
  }

  @Override
  public boolean subclassCheck(Object cls) {
    for (Object c = cls; c instanceof NativeClass n; c = n.base) {
      if (n == this) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return name;
      case "__module__":
        return module;
      case "__base__":
        return base != null ? base : org.pygen.runtime.PyBuiltinType.OBJECT;
      default:
        return null;
    }
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    throw PyException.typeError(
        "cannot set '" + attr + "' attribute of immutable type '" + module + "." + name + "'");
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public String toString() {
    return "<class '" + module + "." + name + "'>";
  }
}
