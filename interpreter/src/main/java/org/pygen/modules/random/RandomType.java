package org.pygen.modules.random;

import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyBuiltinType;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.PyTypeCheck;
import org.pygen.runtime.ThreadState;

/**
 * The classes {@code random.Random} and its subclass {@code random.SystemRandom}: calling one
 * makes a generator with its own state, seeded as {@code seed()} would be; {@code isinstance}
 * recognises their instances; methods can also be called through the class ({@code
 * Random.random(r)}). They hold no state, so one object of each serves every interpreter.
 */
final class RandomType implements PyCallable, HasAttributes, PyObjectTyped, PyTypeCheck {
  static final RandomType RANDOM = new RandomType("Random");
  static final RandomType SYSTEM_RANDOM = new RandomType("SystemRandom");

  private static final MethodSignature INIT = MethodSignature.of("Random.__init__", 0, "x");

  private final String name;

  private RandomType(String name) {
    this.name = name;
  }

  /** The class's name, {@code Random} or {@code SystemRandom}. */
  String name() {
    return name;
  }

  private boolean isSystem() {
    return this == SYSTEM_RANDOM;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    Object seed = INIT.bind(args, kwNames)[0];
    PyRandom r = isSystem() ? new PyRandom(new SystemRandomBits()) : new PyRandom();
    RandomMethods.seed(r, seed == null ? PyNone.NONE : seed, 2L);
    return r;
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return name;
      case "__module__":
        return "random";
      case "VERSION":
        return RandomMethods.VERSION;
      default:
        break;
    }
    BuiltinMethod method = RandomMethods.TABLE.get(attr);
    if (method == null) {
      return null;
    }
    // Through the class, a method takes its instance as the first argument.
    return new PyBuiltinFunction(attr, (t, args, kw) -> {
      if (args.length == 0 || !(args[0] instanceof PyRandom)) {
        throw PyException.typeError(
            "descriptor '"
                + attr
                + "' for '"
                + name
                + "' objects doesn't apply to a '"
                + (args.length == 0 ? "NoneType" : Ops.typeName(args[0]))
                + "' object");
      }
      Object[] rest = new Object[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      return method.call(t, args[0], rest, kw);
    });
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    throw PyException.typeError(
        "cannot set '" + attr + "' attribute of immutable type 'random." + name + "'");
  }

  @Override
  public boolean instanceCheck(Object obj) {
    return obj instanceof PyRandom r && (!isSystem() || r.isSystem());
  }

  @Override
  public boolean subclassCheck(Object cls) {
    return cls == this || (cls == SYSTEM_RANDOM && this == RANDOM);
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
    return "<class 'random." + name + "'>";
  }
}
