package org.pygen.nodes;

import java.math.BigInteger;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;
import org.pygen.syntax.BinOperator;

/**
 * Estimates, before an operator runs, how big its result would be, so that {@code 'x' * 10**10}
 * or {@code 10**10**10} is refused with MemoryError instead of exhausting the host's heap (see
 * {@link ThreadState#checkSize}), and charges the work of building it to the step budget (one
 * step per 64 estimated bytes). Only the operators that can make a result far bigger than their
 * operands are checked.
 */
final class SizeGuard {
  private SizeGuard() {}

  static void check(ThreadState ts, BinOperator op, Object a, Object b) {
    switch (op) {
      case MUL:
        if (isInt(b)) {
          repeat(ts, a, b);
        } else if (isInt(a)) {
          repeat(ts, b, a);
        }
        return;
      case ADD:
        long la = size(a);
        long lb = size(b);
        if (la >= 0 && lb >= 0) {
          sized(ts, la + lb);
        }
        return;
      case POW:
        if (isInt(a) && isInt(b)) {
          long bits = bitLength(a);
          double exponent = b instanceof Long l ? l : ((BigInteger) b).doubleValue();
          if (bits > 1 && exponent > 0) {
            sized(ts, (long) Math.min(Long.MAX_VALUE, bits * exponent / 8));
          }
        }
        return;
      case LSHIFT:
        if (isInt(a) && isInt(b) && !isZero(a)) {
          double shift = b instanceof Long l ? l : ((BigInteger) b).doubleValue();
          sized(ts, (long) Math.min(Long.MAX_VALUE, (bitLength(a) + shift) / 8));
        }
        return;
      default:
        return;
    }
  }

  private static void repeat(ThreadState ts, Object sequence, Object times) {
    long unit = size(sequence);
    if (unit <= 0) {
      return;
    }
    double n = times instanceof Long l ? l : ((BigInteger) times).doubleValue();
    if (n > 1) {
      sized(ts, (long) Math.min(Long.MAX_VALUE, unit * n));
    }
  }

  /** Refuses a result that is too big, then pays for building it. */
  private static void sized(ThreadState ts, long bytes) {
    ts.checkSize(bytes);
    ts.charge(bytes / 64);
  }

  /** The estimated size of a sequence, or -1 for anything else. */
  private static long size(Object o) {
    if (o instanceof String s) {
      return s.length();
    }
    if (o instanceof PyList l) {
      return 8L * l.size();
    }
    if (o instanceof PyTuple t) {
      return 8L * t.size();
    }
    if (o instanceof PyBytes b) {
      return b.size();
    }
    return -1;
  }

  private static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }

  private static boolean isZero(Object o) {
    return (o instanceof Long l && l == 0) || (o instanceof Boolean b && !b);
  }

  private static long bitLength(Object o) {
    if (o instanceof Long l) {
      return 64 - Long.numberOfLeadingZeros(Math.abs(l));
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return ((BigInteger) o).bitLength();
  }
}
