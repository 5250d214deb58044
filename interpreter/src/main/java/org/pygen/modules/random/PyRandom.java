package org.pygen.modules.random;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * An instance of {@code random.Random} or {@code random.SystemRandom}: its source of random bits
 * (a Mersenne Twister, or the operating system's entropy), the spare normal deviate {@code
 * gauss()} keeps between calls ({@code gauss_next}), and the instance's own attributes. Each
 * instance has its own state; the module-level functions use one hidden instance per
 * interpreter.
 */
final class PyRandom implements HasAttributes, PyObjectTyped {
  /** The seeded generator; null for a SystemRandom. */
  private final MersenneTwister twister;
  private final RandomBits bits;
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  /** The second deviate of gauss()'s last pair, or None; guarded by this. */
  private Object gaussNext = PyNone.NONE;

  /** A {@code random.Random}, seeded later by its constructor. */
  PyRandom() {
    twister = new MersenneTwister();
    bits = twister;
  }

  /** A {@code random.SystemRandom}, drawing from the operating system's entropy. */
  PyRandom(SystemRandomBits system) {
    twister = null;
    bits = system;
  }

  /** Where every draw comes from. */
  RandomBits bits() {
    return bits;
  }

  /** The Mersenne Twister to seed, save or restore; null for a SystemRandom, which has none. */
  MersenneTwister twister() {
    return twister;
  }

  /** Whether this is a {@code random.SystemRandom}. */
  boolean isSystem() {
    return twister == null;
  }

  private RandomType type() {
    return isSystem() ? RandomType.SYSTEM_RANDOM : RandomType.RANDOM;
  }

  /** Takes the saved deviate, leaving None: one atomic step, so two threads never share it. */
  synchronized Object takeGaussNext() {
    Object value = gaussNext;
    gaussNext = PyNone.NONE;
    return value;
  }

  synchronized Object gaussNext() {
    return gaussNext;
  }

  synchronized void setGaussNext(Object value) {
    gaussNext = value;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "gauss_next":
        return gaussNext();
      case "VERSION":
        return RandomMethods.VERSION;
      case "__class__":
        return type();
      default:
        break;
    }
    Object own = attributes.get(name);
    if (own != null) {
      return own;
    }
    BuiltinMethod method = RandomMethods.TABLE.get(name);
    return method == null ? null : new PyBuiltinMethod(this, name, method);
  }

  @Override
  public void setAttribute(ThreadState ts, String name, Object value) {
    if (name.equals("gauss_next")) {
      setGaussNext(value);
    } else {
      attributes.put(name, value);
    }
  }

  @Override
  public String typeName() {
    return type().name();
  }

  @Override
  public Object pythonType() {
    return type();
  }

  @Override
  public String toString() {
    return "<random." + type().name() + " object at " + Ops.addressOf(this) + ">";
  }
}
