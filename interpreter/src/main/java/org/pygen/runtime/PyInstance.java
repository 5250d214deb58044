package org.pygen.runtime;

/**
 * An instance of a class made by a {@code class} statement: its class and its attribute dict.
 * Everything else it does (operators, iteration, repr...) comes from the special methods its
 * class defines; {@link SpecialMethods} finds and calls them.
 */
public final class PyInstance implements HasAttributes, PyObjectTyped {
  private final PyClass cls;
  private final PyDict dict = new PyDict();
  /** The Java object a native base class keeps for this instance (see NativeBase), or null. */
  private volatile Object nativeState;

  PyInstance(PyClass cls) {
    this.cls = cls;
  }

  public PyClass pyClass() {
    return cls;
  }

  /** What a native base class's {@code __init__} stored for this instance, or null. */
  public Object nativeState() {
    return nativeState;
  }

  public void setNativeState(Object state) {
    this.nativeState = state;
  }

  /**
   * For an instance of a subclass of int, str, list, dict..., the built-in value it holds;
   * null for other instances.
   */
  public Object builtinValue() {
    return cls.valueBase() != null ? nativeState : null;
  }

  /** The instance's {@code __dict__}. */
  public PyDict dict() {
    return dict;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    if (cls.hasCustomGetattribute()) {
      return customGet(ts, name);
    }
    if (!cls.hasGetattr()) {
      return genericGet(ts, name);
    }
    // __getattr__ runs when the normal lookup fails, also by raising AttributeError (a property).
    Object v;
    try {
      v = genericGet(ts, name);
    } catch (PyException e) {
      if (!e.isInstance(PyExceptionType.ATTRIBUTE_ERROR)) {
        throw e;
      }
      v = null;
    }
    return v != null ? v : SpecialMethods.callIfDefined(ts, this, "__getattr__", name);
  }

  /** A class defining {@code __getattribute__}: it decides; AttributeError falls back to __getattr__. */
  private Object customGet(ThreadState ts, String name) {
    try {
      return SpecialMethods.callIfDefined(ts, this, "__getattribute__", name);
    } catch (PyException e) {
      if (cls.hasGetattr() && e.isInstance(PyExceptionType.ATTRIBUTE_ERROR)) {
        return SpecialMethods.callIfDefined(ts, this, "__getattr__", name);
      }
      throw e;
    }
  }

  /**
   * The function {@code self.name} would bind, when that is all the lookup would do: the class
   * defines a plain function under that name, the instance dict does not shadow it and the
   * class does not customise attribute access. Java null otherwise (use the full lookup).
   */
  public Object plainMethod(String name) {
    if (cls.hasCustomGetattribute()) {
      return null;
    }
    Object attr = cls.lookup(name);
    if (attr instanceof BindsAsMethod && dict.getOrNull(name) == null) {
      return attr;
    }
    return null;
  }

  /** {@code object.__getattribute__}: the class's properties, the dict, the class's attributes. */
  Object genericGet(ThreadState ts, String name) {
    switch (name) {
      case "__class__":
        return cls;
      case "__dict__":
        return dict;
      default:
        return InstanceAttributes.get(ts, this, cls, dict, name);
    }
  }

  @Override
  public void setAttribute(ThreadState ts, String name, Object value) {
    if (cls.hasCustomSetattr()) {
      SpecialMethods.callIfDefined(ts, this, "__setattr__", name, value);
      return;
    }
    genericSet(ts, name, value);
  }

  void genericSet(ThreadState ts, String name, Object value) {
    if (name.equals("__class__") || name.equals("__dict__")) {
      throw PyException.typeError("pygen cannot change an instance's " + name + " yet");
    }
    InstanceAttributes.set(ts, this, cls, dict, name, value);
  }

  @Override
  public void deleteAttribute(ThreadState ts, String name) {
    if (cls.hasCustomDelattr()) {
      SpecialMethods.callIfDefined(ts, this, "__delattr__", name);
      return;
    }
    genericDelete(ts, name);
  }

  void genericDelete(ThreadState ts, String name) {
    InstanceAttributes.delete(ts, this, cls, dict, name);
  }

  @Override
  public String typeName() {
    return cls.name();
  }

  @Override
  public Object pythonType() {
    return cls;
  }

  /** The repr, for Java callers (debuggers, string concatenation in host code). */
  @Override
  public String toString() {
    return Ops.repr(this);
  }
}
