package org.pygen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class made by a {@code class} statement (or {@code type(name, bases, dict)}): its name, its
 * bases and C3 method resolution order, and its namespace of attributes. Calling it makes an
 * instance: a {@link PyInstance}, or a {@link PyBaseException} when the class derives from an
 * exception class.
 *
 * <p>The namespace is copied on write: lookups, which are constant, read an immutable map
 * without locking; assignments to class attributes, which are rare, replace it.
 */
public final class PyClass implements PyCallable, HasAttributes, PyObjectTyped, PyTypeCheck {
  private volatile String name;
  private volatile String qualname;
  private final String module;
  private final Object[] bases;
  private final Object[] mro;
  /** The built-in exception class whose instances this class makes, or null. */
  private final PyExceptionType exceptionBase;
  /** The built-in type (int, list, dict...) whose value each instance holds, or null. */
  private final PyBuiltinType valueBase;
  private final PyRuntime runtime;
  private volatile Map<String, Object> dict;
  /** Whether the class customises attribute access; see {@link #refreshHooks}. */
  private volatile boolean hasGetattr;
  private volatile boolean hasCustomGetattribute;
  private volatile boolean hasCustomSetattr;
  private volatile boolean hasCustomDelattr;

  private PyClass(
      String name,
      String qualname,
      Object[] bases,
      Map<String, Object> namespace,
      PyRuntime runtime) {
    this.name = name;
    this.qualname = qualname;
    this.bases = bases;
    this.runtime = runtime;
    this.mro = Mro.linearize(this, bases);
    this.dict = Collections.unmodifiableMap(new LinkedHashMap<>(namespace));
    Object m = namespace.get("__module__");
    this.module = m instanceof String s ? s : "__main__";
    PyExceptionType exc = null;
    for (Object c : mro) {
      if (c instanceof PyExceptionType t) {
        exc = t;
        break;
      }
    }
    this.exceptionBase = exc;
    PyBuiltinType value = null;
    for (Object c : mro) {
      if (c instanceof PyBuiltinType t && BuiltinSubclasses.SUBCLASSABLE.contains(t)) {
        value = t;
        break;
      }
    }
    this.valueBase = value;
    refreshHooks();
  }

  /**
   * Makes a class, as the end of a {@code class} statement does: checks the bases, computes the
   * MRO, adjusts the namespace as CPython's {@code type.__new__} does and runs the base's
   * {@code __init_subclass__}.
   */
  public static PyClass create(
      ThreadState ts,
      String name,
      String qualname,
      Object[] bases,
      Map<String, Object> namespace) {
    Object[] checkedBases = checkBases(bases);
    Map<String, Object> ns = new LinkedHashMap<>(namespace);
    prepareNamespace(ns);
    PyClass cls = new PyClass(name, qualname, checkedBases, ns, ts.runtime());
    for (Map.Entry<String, Object> e : ns.entrySet()) {
      if (e.getValue() instanceof PyProperty p) {
        p.setName(e.getKey());
      } else if (SpecialMethods.isUser(e.getValue())) {
        // CPython's __set_name__: a descriptor learns the name it was assigned to.
        SpecialMethods.callIfDefined(ts, e.getValue(), "__set_name__", cls, e.getKey());
      }
    }
    cls.initSubclass(ts);
    return cls;
  }

  private static Object[] checkBases(Object[] bases) {
    if (bases.length == 0) {
      return new Object[] {PyBuiltinType.OBJECT};
    }
    List<Object> seen = new ArrayList<>();
    Object layout = null;
    for (Object b : bases) {
      if (b instanceof PyBuiltinType t && t != PyBuiltinType.OBJECT
          && !BuiltinSubclasses.SUBCLASSABLE.contains(t)) {
        throw PyException.typeError(
            "type '" + t.name() + "' is not an acceptable base type");
      }
      Object solid = solidBase(b);
      if (solid != null) {
        if (layout != null && layout != solid) {
          throw PyException.typeError("multiple bases have instance lay-out conflict");
        }
        layout = solid;
      }
      if (!Classes.isClass(b)) {
        throw PyException.typeError(
            "bases must be types, not '" + Ops.typeName(b) + "' objects");
      }
      if (seen.contains(b)) {
        throw PyException.typeError("duplicate base class " + Classes.name(b));
      }
      seen.add(b);
    }
    return bases.clone();
  }

  /**
   * What an instance of {@code base} is made of: a built-in value type, the exception object,
   * or null for plain instances. Two bases made of different things cannot be combined.
   */
  private static Object solidBase(Object base) {
    if (base instanceof PyClass c) {
      return c.valueBase != null ? c.valueBase : c.exceptionBase != null ? "exception" : null;
    }
    if (base instanceof PyExceptionType) {
      return "exception";
    }
    if (base instanceof PyBuiltinType t && t != PyBuiltinType.OBJECT) {
      return t;
    }
    return null;
  }

  /** What {@code type.__new__} does to the namespace before the class exists. */
  private static void prepareNamespace(Map<String, Object> ns) {
    // A class that defines __eq__ but not __hash__ has unhashable instances.
    if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
      ns.put("__hash__", PyNone.NONE);
    }
    // These are implicitly static or class methods.
    Object newFn = ns.get("__new__");
    if (newFn instanceof BindsAsMethod) {
      ns.put("__new__", new PyStaticMethod(newFn));
    }
    for (String implicitClassMethod : new String[] {"__init_subclass__", "__class_getitem__"}) {
      Object f = ns.get(implicitClassMethod);
      if (f instanceof BindsAsMethod) {
        ns.put(implicitClassMethod, new PyClassMethod(f));
      }
    }
  }

  /** Runs {@code super().__init_subclass__()} for the new class, as type.__new__ does. */
  private void initSubclass(ThreadState ts) {
    Object hook = Classes.lookupInMro(mro, this, "__init_subclass__");
    if (hook != null) {
      Ops.call(ts, InstanceAttributes.bind(hook, null, this), new Object[0], null);
    }
  }

  public String name() {
    return name;
  }

  public String qualname() {
    return qualname;
  }

  public String module() {
    return module;
  }

  public PyRuntime runtime() {
    return runtime;
  }

  /** The MRO: this class first, {@code object} last. The array must not be modified. */
  Object[] mro() {
    return mro;
  }

  /** The built-in type whose value instances hold (int, list...), or null. */
  PyBuiltinType valueBase() {
    return valueBase;
  }

  /** The built-in exception class instances are made from, or null if not an exception class. */
  public PyExceptionType exceptionBase() {
    return exceptionBase;
  }

  /**
   * What {@link #lookup} found for a name, and at which class epoch: valid while no class of
   * the runtime has changed since (a change to a base class must reach its subclasses too).
   */
  private record CachedLookup(Object value, long epoch) {}

  private final java.util.concurrent.ConcurrentHashMap<String, CachedLookup> lookupCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The attribute as the MRO defines it, unbound; Java null when no class has it. */
  public Object lookup(String attr) {
    long epoch = runtime.classEpoch();
    CachedLookup cached = lookupCache.get(attr);
    if (cached != null && cached.epoch() == epoch) {
      return cached.value();
    }
    Object v = walkMro(attr);
    lookupCache.put(attr, new CachedLookup(v, epoch));
    return v;
  }

  /**
   * {@code __next__} as {@link #lookup} finds it, kept in a field of its own: a loop over an
   * instance of a user's iterator class asks for it at every step.
   */
  private CachedLookup nextMethod;

  /** {@code lookup("__next__")}, without the map lookup while no class has changed. */
  public Object lookupNext() {
    long epoch = runtime.classEpoch();
    CachedLookup cached = nextMethod;
    if (cached != null && cached.epoch() == epoch) {
      return cached.value();
    }
    Object v = lookup("__next__");
    nextMethod = new CachedLookup(v, epoch);
    return v;
  }

  private Object walkMro(String attr) {
    return Classes.lookupInMro(mro, null, attr);
  }

  /** The attribute this class's own namespace defines (not its bases'), or null. */
  Object ownAttribute(String attr) {
    return dict.get(attr);
  }

  /** The names this class's own namespace defines. */
  java.util.Set<String> ownNames() {
    return dict.keySet();
  }

  boolean hasGetattr() {
    return hasGetattr;
  }

  boolean hasCustomGetattribute() {
    return hasCustomGetattribute;
  }

  boolean hasCustomSetattr() {
    return hasCustomSetattr;
  }

  boolean hasCustomDelattr() {
    return hasCustomDelattr;
  }

  /**
   * Caches whether attribute access is customised, so a plain instance pays nothing for the
   * check. Recomputed when this class's namespace changes; a hook added to a base class after a
   * subclass was made is not seen by the subclass.
   */
  private void refreshHooks() {
    hasGetattr = lookup("__getattr__") != null;
    hasCustomGetattribute = isCustom("__getattribute__");
    hasCustomSetattr = isCustom("__setattr__");
    hasCustomDelattr = isCustom("__delattr__");
  }

  private boolean isCustom(String attr) {
    Object v = lookup(attr);
    return v != null && v != ObjectMethods.DICT.get(attr);
  }

  /**
   * A new instance before {@code __init__}: what {@code object.__new__(cls)} returns. An
   * instance of a value type's subclass gets its value from the arguments here.
   */
  Object allocate(ThreadState ts, Object[] args, String[] kwNames) {
    if (exceptionBase != null) {
      int positional = args.length - (kwNames == null ? 0 : kwNames.length);
      Object[] positionalArgs = new Object[positional];
      System.arraycopy(args, 0, positionalArgs, 0, positional);
      return new PyBaseException(exceptionBase, this, positionalArgs);
    }
    PyInstance instance = new PyInstance(this);
    if (valueBase != null) {
      instance.setNativeState(BuiltinSubclasses.initialValue(ts, valueBase, args, kwNames));
    }
    return instance;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    Object newMethod = lookup("__new__");
    boolean customNew = newMethod != ObjectMethods.DICT.get("__new__");
    Object init = lookup("__init__");
    boolean customInit =
        init != ObjectMethods.DICT.get("__init__") && init != ExceptionMethods.DICT.get("__init__");
    boolean hasArgs = args.length > 0;
    Object instance;
    if (customNew) {
      Object[] withCls = new Object[args.length + 1];
      withCls[0] = this;
      System.arraycopy(args, 0, withCls, 1, args.length);
      instance = Ops.call(ts, InstanceAttributes.bind(newMethod, null, this), withCls, kwNames);
      if (!instanceCheck(instance)) {
        return instance;
      }
    } else {
      if (!customInit) {
        if (exceptionBase == null && valueBase == null && hasArgs) {
          throw PyException.typeError(name + "() takes no arguments");
        }
        if (exceptionBase != null && kwNames != null && kwNames.length > 0) {
          throw PyException.typeError(name + "() takes no keyword arguments");
        }
      }
      instance = allocate(ts, args, kwNames);
    }
    if (customInit) {
      Object result = SpecialMethods.callMethod(ts, instance, init, this, args, kwNames);
      if (result != PyNone.NONE) {
        throw PyException.typeError(
            "__init__() should return None, not '" + Ops.typeName(result) + "'");
      }
    }
    return instance;
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
        return name;
      case "__qualname__":
        return qualname;
      case "__mro__":
        return PyTuple.of(mro.clone());
      case "__bases__":
        return PyTuple.of(bases.clone());
      case "__base__":
        return bases[0];
      case "__dict__":
        return namespaceCopy();
      case "__doc__":
        return dict.getOrDefault("__doc__", PyNone.NONE);
      case "__class__":
        return PyBuiltinType.TYPE;
      case "mro":
        return new PyBuiltinFunction("mro", (t, a, k) -> {
          Args.none("mro", a, k);
          return PyList.wrap(mro.clone());
        });
      default:
        break;
    }
    Object v = lookup(attr);
    if (v == null) {
      return null;
    }
    return InstanceAttributes.getFromClass(ts != null ? ts : SpecialMethods.ts(this), v, this);
  }

  /** {@code C.__dict__}: a snapshot (CPython gives a read-only live view). */
  private PyDict namespaceCopy() {
    PyDict d = new PyDict();
    for (Map.Entry<String, Object> e : dict.entrySet()) {
      d.put(e.getKey(), e.getValue());
    }
    return d;
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    if (attr.equals("__name__") || attr.equals("__qualname__")) {
      if (!(value instanceof String s)) {
        throw PyException.typeError(
            "can only assign string to " + name + "." + attr + ", not '"
                + Ops.typeName(value) + "'");
      }
      if (attr.equals("__name__")) {
        name = s;
      } else {
        qualname = s;
      }
      return;
    }
    if (attr.equals("__bases__") || attr.equals("__mro__") || attr.equals("__dict__")) {
      throw PyException.typeError("pygen cannot change a class's " + attr + " yet");
    }
    synchronized (this) {
      Map<String, Object> copy = new LinkedHashMap<>(dict);
      copy.put(attr, value);
      dict = Collections.unmodifiableMap(copy);
    }
    runtime.classChanged();
    refreshHooks();
  }

  @Override
  public void deleteAttribute(ThreadState ts, String attr) {
    synchronized (this) {
      if (!dict.containsKey(attr)) {
        throw PyException.attributeError(
            "type object '" + name + "' has no attribute '" + attr + "'");
      }
      Map<String, Object> copy = new LinkedHashMap<>(dict);
      copy.remove(attr);
      dict = Collections.unmodifiableMap(copy);
    }
    runtime.classChanged();
    refreshHooks();
  }

  @Override
  public boolean instanceCheck(Object obj) {
    return Classes.isSubclass(PyBuiltinType.typeOf(obj), this);
  }

  @Override
  public boolean subclassCheck(Object cls) {
    return Classes.isSubclass(cls, this);
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
    return module.equals("builtins")
        ? "<class '" + qualname + "'>"
        : "<class '" + module + "." + qualname + "'>";
  }
}
