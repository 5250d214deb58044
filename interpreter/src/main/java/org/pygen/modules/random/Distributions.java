package org.pygen.modules.random;

import org.pygen.modules.math.InverseTrig;
import org.pygen.modules.math.MathArgs;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.ThreadState;

/**
 * The real-valued distributions of {@code random.Random}, each the same computation as CPython
 * 3.11's {@code random.py}: the same draws in the same order and the same arithmetic, so a seeded
 * generator gives the same numbers. Arithmetic that involves the caller's arguments goes through
 * the ordinary operators, so ints, floats and other numbers behave (and fail) as in CPython.
 */
final class Distributions {
  /** {@code 4 * exp(-0.5) / sqrt(2.0)}, as CPython computes it. */
  private static final double NV_MAGICCONST = 1.7155277699214135;
  /** {@code log(4.0)}. */
  private static final double LOG4 = 1.3862943611198906;
  /** {@code 1.0 + log(4.5)}. */
  private static final double SG_MAGICCONST = 2.504077396776274;
  private static final double TWOPI = 2 * Math.PI;

  private static final MethodSignature UNIFORM =
      MethodSignature.of("Random.uniform", 2, "a", "b");
  private static final MethodSignature TRIANGULAR =
      MethodSignature.of("Random.triangular", 0, "low", "high", "mode");
  private static final MethodSignature NORMALVARIATE =
      MethodSignature.of("Random.normalvariate", 0, "mu", "sigma");
  private static final MethodSignature GAUSS = MethodSignature.of("Random.gauss", 0, "mu", "sigma");
  private static final MethodSignature LOGNORMVARIATE =
      MethodSignature.of("Random.lognormvariate", 2, "mu", "sigma");
  private static final MethodSignature EXPOVARIATE =
      MethodSignature.of("Random.expovariate", 1, "lambd");
  private static final MethodSignature VONMISESVARIATE =
      MethodSignature.of("Random.vonmisesvariate", 2, "mu", "kappa");
  private static final MethodSignature GAMMAVARIATE =
      MethodSignature.of("Random.gammavariate", 2, "alpha", "beta");
  private static final MethodSignature BETAVARIATE =
      MethodSignature.of("Random.betavariate", 2, "alpha", "beta");
  private static final MethodSignature PARETOVARIATE =
      MethodSignature.of("Random.paretovariate", 1, "alpha");
  private static final MethodSignature WEIBULLVARIATE =
      MethodSignature.of("Random.weibullvariate", 2, "alpha", "beta");

  private Distributions() {}

  private static double random(Object self) {
    return ((PyRandom) self).bits().nextDouble();
  }

  /** {@code a + (b - a) * random()}. */
  static Object uniform(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = UNIFORM.bind(args, kw);
    Object span = Ops.sub(a[1], a[0]);
    return Ops.add(a[0], Ops.mul(span, random(self)));
  }

  static Object triangular(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = TRIANGULAR.bind(args, kw);
    Object low = a[0] == null ? (Object) 0.0 : a[0];
    Object high = a[1] == null ? (Object) 1.0 : a[1];
    Object mode = a[2] == null ? PyNone.NONE : a[2];
    Object u = random(self);
    Object c;
    try {
      c = mode == PyNone.NONE ? (Object) 0.5 : Ops.truediv(Ops.sub(mode, low), Ops.sub(high, low));
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.ZERO_DIVISION_ERROR)) {
        return low;
      }
      throw e;
    }
    if (Ops.gt(u, c)) {
      u = 1.0 - (Double) u;
      c = Ops.sub(1.0, c);
      Object t = low;
      low = high;
      high = t;
    }
    double root = sqrt(MathArgs.toDouble(ts, Ops.mul(u, c)));
    return Ops.add(low, Ops.mul(Ops.sub(high, low), root));
  }

  /** Kinderman and Monahan's ratio-of-uniforms method, as CPython uses. */
  static Object normalvariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = NORMALVARIATE.bind(args, kw);
    return normal(self, a[0] == null ? (Object) 0.0 : a[0], a[1] == null ? (Object) 1.0 : a[1]);
  }

  private static Object normal(Object self, Object mu, Object sigma) {
    double z;
    while (true) {
      double u1 = random(self);
      double u2 = 1.0 - random(self);
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      double zz = z * z / 4.0;
      if (zz <= -log(u2)) {
        break;
      }
    }
    return Ops.add(mu, Ops.mul(z, sigma));
  }

  /** Box-Muller, keeping the second deviate of each pair for the next call. */
  static Object gauss(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = GAUSS.bind(args, kw);
    Object mu = a[0] == null ? (Object) 0.0 : a[0];
    Object sigma = a[1] == null ? (Object) 1.0 : a[1];
    PyRandom r = (PyRandom) self;
    Object z = r.takeGaussNext();
    if (z == PyNone.NONE) {
      double x2pi = random(self) * TWOPI;
      double g2rad = sqrt(-2.0 * log(1.0 - random(self)));
      z = Math.cos(x2pi) * g2rad;
      r.setGaussNext(Math.sin(x2pi) * g2rad);
    }
    return Ops.add(mu, Ops.mul(z, sigma));
  }

  static Object lognormvariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = LOGNORMVARIATE.bind(args, kw);
    return exp(MathArgs.toDouble(ts, normal(self, a[0], a[1])));
  }

  static Object expovariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object lambd = EXPOVARIATE.bind(args, kw)[0];
    return Ops.truediv(-log(1.0 - random(self)), lambd);
  }

  /** Best and Fisher's method for the von Mises distribution, as CPython uses. */
  static Object vonmisesvariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = VONMISESVARIATE.bind(args, kw);
    Object mu = a[0];
    Object kappa = a[1];
    if (Ops.le(kappa, 1e-6)) {
      return TWOPI * random(self);
    }
    double s = MathArgs.toDouble(ts, Ops.truediv(0.5, kappa));
    double r = s + sqrt(1.0 + s * s);
    double z;
    while (true) {
      double u1 = random(self);
      z = Math.cos(Math.PI * u1);
      double d = z / (r + z);
      double u2 = random(self);
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) {
        break;
      }
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random(self);
    Object angle = u3 > 0.5 ? Ops.add(mu, acos(f)) : Ops.sub(mu, acos(f));
    return Ops.mod(angle, TWOPI);
  }

  static Object gammavariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = GAMMAVARIATE.bind(args, kw);
    return gamma(ts, self, a[0], a[1]);
  }

  /**
   * Cheng's method for alpha > 1, the exponential for alpha == 1, and Ahrens and Dieter's for
   * alpha < 1, as CPython uses.
   */
  private static Object gamma(ThreadState ts, Object self, Object alphaArg, Object beta) {
    if (Ops.le(alphaArg, 0.0) || Ops.le(beta, 0.0)) {
      throw PyException.valueError("gammavariate: alpha and beta must be > 0.0");
    }
    double alpha = MathArgs.toDouble(ts, alphaArg);
    if (alpha > 1.0) {
      double ainv = sqrt(2.0 * alpha - 1.0);
      double bbb = alpha - LOG4;
      double ccc = alpha + ainv;
      while (true) {
        double u1 = random(self);
        if (!(1e-7 < u1 && u1 < 0.9999999)) {
          continue;
        }
        double u2 = 1.0 - random(self);
        double v = log(u1 / (1.0 - u1)) / ainv;
        double x = alpha * exp(v);
        double z = u1 * u1 * u2;
        double r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) {
          return Ops.mul(x, beta);
        }
      }
    }
    if (alpha == 1.0) {
      return Ops.mul(-log(1.0 - random(self)), beta);
    }
    double x;
    while (true) {
      double u = random(self);
      double b = (Math.E + alpha) / Math.E;
      double p = b * u;
      if (p <= 1.0) {
        x = Math.pow(p, 1.0 / alpha);
      } else {
        x = -log((b - p) / alpha);
      }
      double u1 = random(self);
      if (p > 1.0) {
        if (u1 <= Math.pow(x, alpha - 1.0)) {
          break;
        }
      } else if (u1 <= exp(-x)) {
        break;
      }
    }
    return Ops.mul(x, beta);
  }

  static Object betavariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = BETAVARIATE.bind(args, kw);
    Object y = gamma(ts, self, a[0], 1.0);
    if (Ops.isTrue(y)) {
      return Ops.truediv(y, Ops.add(y, gamma(ts, self, a[1], 1.0)));
    }
    return 0.0;
  }

  static Object paretovariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object alpha = PARETOVARIATE.bind(args, kw)[0];
    double u = 1.0 - random(self);
    return Ops.pow(u, Ops.truediv(-1.0, alpha));
  }

  static Object weibullvariate(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = WEIBULLVARIATE.bind(args, kw);
    double u = 1.0 - random(self);
    return Ops.mul(a[0], Ops.pow(-log(u), Ops.truediv(1.0, a[1])));
  }

  /** {@code math.log}: ValueError for zero and negatives. */
  private static double log(double x) {
    if (!(x > 0.0)) {
      if (Double.isNaN(x)) {
        return x;
      }
      throw PyException.valueError("math domain error");
    }
    return Math.log(x);
  }

  /** {@code math.sqrt}: ValueError for negatives. */
  private static double sqrt(double x) {
    if (x < 0.0) {
      throw PyException.valueError("math domain error");
    }
    return Math.sqrt(x);
  }

  /** {@code math.exp}: OverflowError when the result is too big. */
  private static double exp(double x) {
    double r = Math.exp(x);
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "math range error");
    }
    return r;
  }

  /** {@code math.acos}: ValueError outside [-1, 1]. */
  private static double acos(double x) {
    double r = InverseTrig.acos(x);
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw PyException.valueError("math domain error");
    }
    return r;
  }
}
