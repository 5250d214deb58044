package org.pygen.modules.itertools;

import java.util.Map;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinType;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyTypeCheck;
import org.pygen.runtime.ThreadState;

/**
 * An itertools type object such as {@code itertools.count}: calling it builds an iterator, {@code
 * type()} of that iterator returns it, and {@code isinstance} recognises its instances. Immutable,
 * so one instance per type is shared by every interpreter.
 */
final class ItertoolsType implements PyCallable, HasAttributes, PyObjectTyped, PyTypeCheck {
  private final String name;
  private final PyCallable constructor;
  private final Map<String, PyCallable> classMethods;

  /** A type built by {@code constructor}. */
  ItertoolsType(String name, PyCallable constructor) {
    this(name, constructor, Map.of());
  }

  /** A type with class methods as well, such as {@code chain.from_iterable}. */
  ItertoolsType(String name, PyCallable constructor, Map<String, PyCallable> classMethods) {
    this.name = name;
    this.constructor = constructor;
    this.classMethods = classMethods;
  }

  /** The short name, as {@code __name__} gives it: {@code count}. */
  String name() {
    return name;
  }

  /** The qualified name CPython uses in error messages and reprs: {@code itertools.count}. */
  String qualifiedName() {
    return "itertools." + name;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return constructor.call(ts, args, kwNames);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return name;
      case "__module__":
        return "itertools";
      default:
        break;
    }
    PyCallable method = classMethods.get(attr);
    return method == null ? null : new ClassMethod(this, attr, method);
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    throw PyException.typeError(
        "cannot set '" + attr + "' attribute of immutable type '" + qualifiedName() + "'");
  }

  @Override
  public boolean instanceCheck(Object obj) {
    return obj instanceof PyObjectTyped t && t.pythonType() == this;
  }

  @Override
  public boolean subclassCheck(Object cls) {
    return cls == this;
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public Object pythonType() {
    return PyBuiltinType.TYPE;
  }

  @Override
  public String toString() {
    return "<class '" + qualifiedName() + "'>";
  }

  /** A class method bound to its type, such as {@code chain.from_iterable}. */
  private static final class ClassMethod implements PyCallable, PyObjectTyped, HasAttributes {
    private final ItertoolsType owner;
    private final String name;
    private final PyCallable body;

    ClassMethod(ItertoolsType owner, String name, PyCallable body) {
      this.owner = owner;
      this.name = name;
      this.body = body;
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwNames) {
      return body.call(ts, args, kwNames);
    }

    @Override
    public Object getAttribute(ThreadState ts, String attr) {
      switch (attr) {
        case "__name__":
          return name;
        case "__qualname__":
          return owner.name + "." + name;
        case "__self__":
          return owner;
        default:
          return null;
      }
    }

    @Override
    public String typeName() {
      return "builtin_function_or_method";
    }

    @Override
    public String toString() {
      return "<built-in method " + name + " of type object at " + Ops.addressOf(owner) + ">";
    }
  }
}
