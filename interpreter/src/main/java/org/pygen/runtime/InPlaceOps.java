package org.pygen.runtime;

/**
 * Augmented assignment ({@code +=}, {@code |=}, ...) behind {@link Ops}: lists, sets and dicts
 * change in place, as in CPython, so every name bound to them sees the change; other values get
 * the binary operator's result, with refusals worded {@code for +=:} as CPython words them.
 */
final class InPlaceOps {
  private InPlaceOps() {}

  /**
   * {@code a += b}: a list is extended in place (and returned); anything else gets {@code a + b},
   * with errors naming {@code +=} as CPython's do.
   */
  static Object iadd(ThreadState ts, Object a, Object b) {
    if (a instanceof PyList l) {
      l.extend(Iteration.toArray(ts, b));
      return l;
    }
    if (a instanceof Long && b instanceof Long) {
      return Ops.add(a, b);
    }
    return inPlace("+", a, b, Ops::add);
  }

  /** {@code a -= b}: a set loses b's elements in place. */
  static Object isub(ThreadState ts, Object a, Object b) {
    if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet t) {
      if (s == t) {
        s.clear();
      } else {
        for (Object o : t.toArray()) {
          s.discard(o);
        }
      }
      return s;
    }
    return inPlace("-", a, b, Ops::sub);
  }

  /** {@code a *= b}: a list repeats itself in place. */
  static Object imul(ThreadState ts, Object a, Object b) {
    if (a instanceof PyList l && Numbers.isInt(b)) {
      PyList repeated = (PyList) Ops.mul(l, b);
      l.setSlice(new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE), repeated.toArray());
      return l;
    }
    return inPlace("*", a, b, Ops::mul);
  }

  /** {@code a /= b}. */
  static Object itruediv(ThreadState ts, Object a, Object b) {
    return inPlace("/", a, b, Ops::truediv);
  }

  /** {@code a //= b}. */
  static Object ifloordiv(ThreadState ts, Object a, Object b) {
    return inPlace("//", a, b, Ops::floordiv);
  }

  /** {@code a %= b}. */
  static Object imod(ThreadState ts, Object a, Object b) {
    return inPlace("%", a, b, Ops::mod);
  }

  /** {@code a **= b}. */
  static Object ipow(ThreadState ts, Object a, Object b) {
    return inPlace("**", a, b, Ops::pow);
  }

  /** {@code a <<= b}. */
  static Object ilshift(ThreadState ts, Object a, Object b) {
    return inPlace("<<", a, b, Ops::lshift);
  }

  /** {@code a >>= b}. */
  static Object irshift(ThreadState ts, Object a, Object b) {
    return inPlace(">>", a, b, Ops::rshift);
  }

  /** {@code a &= b}: a set keeps only the elements b has, in place. */
  static Object iand(ThreadState ts, Object a, Object b) {
    if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet t) {
      s.replaceContents(SetOps.intersection(s, t));
      return s;
    }
    return inPlace("&", a, b, Ops::bitAnd);
  }

  /** {@code a |= b}: a set gains b's elements and a dict b's entries, in place. */
  static Object ior(ThreadState ts, Object a, Object b) {
    if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet t) {
      s.mergeFrom(t);
      return s;
    }
    if (a instanceof PyDict d && (b instanceof PyDict || Iteration.isIterable(b))) {
      DictMethods.updateFrom(ts, d, b);
      return d;
    }
    return inPlace("|", a, b, Ops::bitOr);
  }

  /** {@code a ^= b}: a set gains b's elements it lacks and loses those it has, in place. */
  static Object ixor(ThreadState ts, Object a, Object b) {
    if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet t) {
      if (s == t) {
        s.clear();
      } else {
        for (Object o : t.toArray()) {
          if (!s.discard(o)) {
            s.add(o);
          }
        }
      }
      return s;
    }
    return inPlace("^", a, b, Ops::bitXor);
  }

  /** The binary operator, with CPython's {@code op=} wording when the operands are refused. */
  private static Object inPlace(
      String symbol, Object a, Object b, java.util.function.BinaryOperator<Object> op) {
    if (SpecialMethods.isUser(a)) {
      return SpecialMethods.inPlace(SpecialMethods.ts(a), symbol.equals("**") ? "** or pow()" : symbol, a, b);
    }
    try {
      return op.apply(a, b);
    } catch (PyException e) {
      String refusal = Ops.unsupported(symbol, a, b).value().message();
      if (e.isInstance(PyExceptionType.TYPE_ERROR) && e.value().message().equals(refusal)) {
        throw Ops.unsupported(symbol + "=", a, b);
      }
      throw e;
    }
  }
}
