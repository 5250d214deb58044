package org.pygen.modules.math;

import java.math.BigInteger;
import org.pygen.runtime.Args;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyTypeCheck;
import org.pygen.runtime.ThreadState;

/**
 * Argument checks and conversions for the math module, worded as CPython 3.11's math module words
 * them. CPython declares its math functions in three styles, and each style has its own arity
 * message: {@code METH_O} ({@code math.sqrt() takes exactly one argument (0 given)}), argument
 * clinic positional-only ({@code fmod expected 2 arguments, got 1}) and keyword-aware clinic
 * ({@code isclose() missing required argument 'b' (pos 2)}).
 */
public final class MathArgs {
  private MathArgs() {}

  /** The single argument of a {@code METH_O} function such as {@code math.sqrt}. */
  static Object one(String name, Object[] args, String[] kwNames) {
    noKeywords(name, kwNames);
    if (args.length != 1) {
      throw PyException.typeError(
          "math." + name + "() takes exactly one argument (" + args.length + " given)");
    }
    return args[0];
  }

  /** Positional-only arguments of a clinic function: {@code fmod expected 2 arguments, got 1}. */
  static void positional(String name, Object[] args, String[] kwNames, int min, int max) {
    noKeywords(name, kwNames);
    Args.count(name, args, null, min, max);
  }

  /** {@code math.hypot() takes no keyword arguments}. */
  static void noKeywords(String name, String[] kwNames) {
    Args.noKeywords("math." + name, kwNames);
  }

  /**
   * A number as a C double, as {@code PyFloat_AsDouble} converts it: floats as they are, ints
   * rounded to nearest (OverflowError when too big), objects with {@code __float__} or {@code
   * __index__} through them, and a TypeError ({@code must be real number, not str}) otherwise.
   */
  public static double toDouble(ThreadState ts, Object o) {
    if (o instanceof Double d) {
      return d;
    }
    if (Numbers.isInt(o)) {
      return Numbers.toDouble(o);
    }
    Object converted = callSpecial(ts, o, "__float__");
    if (converted instanceof Double d) {
      return d;
    }
    if (converted != null) {
      throw PyException.typeError(
          Ops.typeName(o) + ".__float__ returned non-float (type " + Ops.typeName(converted) + ")");
    }
    Object index = callSpecial(ts, o, "__index__");
    if (index != null && Numbers.isInt(index)) {
      return Numbers.toDouble(index);
    }
    throw PyException.typeError("must be real number, not " + Ops.typeName(o));
  }

  /**
   * An int as {@code operator.index} gives it: a Long (bool included) or a BigInteger beyond 64
   * bits; {@code 'float' object cannot be interpreted as an integer} for anything else.
   */
  public static Object toIndex(ThreadState ts, Object o) {
    Object index = indexOrNull(ts, o);
    if (index == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    return index;
  }

  /** Like {@link #toIndex}, but null instead of the TypeError for a value that is no int. */
  public static Object indexOrNull(ThreadState ts, Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return o;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    Object index = callSpecial(ts, o, "__index__");
    if (index instanceof Long || index instanceof BigInteger) {
      return index;
    }
    if (index instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return null;
  }

  /** The int {@code o} as a BigInteger, after {@link #toIndex}. */
  static BigInteger toBigIndex(ThreadState ts, Object o) {
    return Numbers.toBig(toIndex(ts, o));
  }

  /**
   * Calls a special method such as {@code __floor__} on an object that answers attribute lookups
   * itself (a class instance), or returns null when it has none. Built-in values never get here:
   * their conversions are handled before.
   */
  static Object callSpecial(ThreadState ts, Object o, String method) {
    // Special methods are looked up on the type, so classes and modules, which answer for their
    // own attributes, never supply them.
    if (!(o instanceof HasAttributes h) || o instanceof PyModule || o instanceof PyTypeCheck) {
      return null;
    }
    Object m = h.getAttribute(ts, method);
    if (m instanceof PyCallable c) {
      return c.call(ts, new Object[0], null);
    }
    return null;
  }
}
