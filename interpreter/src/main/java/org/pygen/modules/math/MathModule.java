package org.pygen.modules.math;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code math} module, with CPython 3.11's functions, results and error messages: {@code
 * ValueError: math domain error} outside a function's domain, {@code OverflowError: math range
 * error} when a result is too big, {@code TypeError: must be real number, not str} for a
 * non-number. Ints are exact where CPython's are ({@code factorial}, {@code comb}, {@code isqrt},
 * {@code floor} of a big float) and the logarithms accept ints of any size.
 */
public final class MathModule {
  private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
  private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

  private MathModule() {}

  /** Builds the module; it holds only constants and stateless functions. */
  public static PyModule create(PyRuntime runtime) {
    PyModule m = new PyModule("math");
    m.define("pi", Math.PI);
    m.define("e", Math.E);
    m.define("tau", 2 * Math.PI);
    m.define("inf", Double.POSITIVE_INFINITY);
    m.define("nan", Double.NaN);

    unary(m, "acos", InverseTrig::acos, false);
    unary(m, "acosh", RealFunctions::acosh, false);
    unary(m, "asin", InverseTrig::asin, false);
    unary(m, "asinh", RealFunctions::asinh, false);
    unary(m, "atan", InverseTrig::atan, false);
    unary(m, "atanh", RealFunctions::atanh, false);
    unary(m, "cbrt", RealFunctions::cbrt, false);
    unary(m, "cos", Math::cos, false);
    unary(m, "cosh", RealFunctions::cosh, true);
    unary(m, "exp", Math::exp, true);
    unary(m, "exp2", x -> Math.pow(2.0, x), true);
    unary(m, "expm1", Math::expm1, true);
    unary(m, "fabs", Math::abs, false);
    unary(m, "log1p", RealFunctions::log1p, false);
    unary(m, "sin", Math::sin, false);
    unary(m, "sinh", RealFunctions::sinh, true);
    unary(m, "sqrt", Math::sqrt, false);
    unary(m, "tan", Math::tan, false);
    unary(m, "tanh", Math::tanh, false);
    // These four raise their own errors, as the C library reports them through errno.
    direct(m, "erf", SpecialFunctions::erf);
    direct(m, "erfc", SpecialFunctions::erfc);
    direct(m, "gamma", SpecialFunctions::gamma);
    direct(m, "lgamma", SpecialFunctions::lgamma);
    direct(m, "degrees", x -> x * DEGREES_PER_RADIAN);
    direct(m, "radians", x -> x * RADIANS_PER_DEGREE);
    direct(m, "ulp", Math::ulp);

    binary(m, "atan2", (y, x) -> MathErrors.binary(y, x, RealFunctions::atan2));
    binary(m, "copysign", (x, y) -> MathErrors.binary(x, y, Math::copySign));
    binary(m, "remainder", (x, y) -> MathErrors.binary(x, y, RealFunctions::remainder));
    binary(m, "fmod", RealFunctions::fmod);
    binary(m, "pow", RealFunctions::pow);
    binary(m, "nextafter", Math::nextAfter);

    define(m, "log", (ts, args, kw) -> {
      if (kw != null && kw.length > 0) {
        throw PyException.typeError("log() takes no keyword arguments");
      }
      if (args.length < 1 || args.length > 2) {
        throw PyException.typeError("math.log requires 1 to 2 arguments");
      }
      double num = FloatParts.logOf(ts, args[0], RealFunctions::log);
      if (args.length == 1) {
        return num;
      }
      double den = FloatParts.logOf(ts, args[1], RealFunctions::log);
      if (den == 0.0) {
        throw PyException.zeroDivision("float division by zero");
      }
      return num / den;
    });
    define(m, "log2", (ts, args, kw) ->
        FloatParts.logOf(ts, MathArgs.one("log2", args, kw), RealFunctions::log2));
    define(m, "log10", (ts, args, kw) ->
        FloatParts.logOf(ts, MathArgs.one("log10", args, kw), RealFunctions::log10));

    define(m, "floor", (ts, args, kw) -> FloatParts.floor(ts, MathArgs.one("floor", args, kw)));
    define(m, "ceil", (ts, args, kw) -> FloatParts.ceil(ts, MathArgs.one("ceil", args, kw)));
    define(m, "trunc", (ts, args, kw) -> FloatParts.trunc(ts, MathArgs.one("trunc", args, kw)));
    define(m, "modf", (ts, args, kw) ->
        FloatParts.modf(MathArgs.toDouble(ts, MathArgs.one("modf", args, kw))));
    define(m, "frexp", (ts, args, kw) ->
        FloatParts.frexp(MathArgs.toDouble(ts, MathArgs.one("frexp", args, kw))));
    define(m, "ldexp", (ts, args, kw) -> {
      MathArgs.positional("ldexp", args, kw, 2, 2);
      return FloatParts.ldexp(MathArgs.toDouble(ts, args[0]), args[1]);
    });
    define(m, "isfinite", (ts, args, kw) ->
        Double.isFinite(MathArgs.toDouble(ts, MathArgs.one("isfinite", args, kw))));
    define(m, "isinf", (ts, args, kw) ->
        Double.isInfinite(MathArgs.toDouble(ts, MathArgs.one("isinf", args, kw))));
    define(m, "isnan", (ts, args, kw) ->
        Double.isNaN(MathArgs.toDouble(ts, MathArgs.one("isnan", args, kw))));
    define(m, "isclose", (ts, args, kw) -> {
      Object[] a =
          ClinicKeywords.bind("isclose", args, kw, 0, 2, 2, "a", "b", "rel_tol", "abs_tol");
      double x = MathArgs.toDouble(ts, a[0]);
      double y = MathArgs.toDouble(ts, a[1]);
      double relTol = a[2] == null ? 1e-09 : MathArgs.toDouble(ts, a[2]);
      double absTol = a[3] == null ? 0.0 : MathArgs.toDouble(ts, a[3]);
      return isClose(x, y, relTol, absTol);
    });

    define(m, "factorial", (ts, args, kw) ->
        IntegerFunctions.factorial(ts, MathArgs.one("factorial", args, kw)));
    define(m, "isqrt", (ts, args, kw) ->
        IntegerFunctions.isqrt(ts, MathArgs.one("isqrt", args, kw)));
    define(m, "gcd", (ts, args, kw) -> {
      MathArgs.noKeywords("gcd", kw);
      return IntegerFunctions.gcd(ts, args);
    });
    define(m, "lcm", (ts, args, kw) -> {
      MathArgs.noKeywords("lcm", kw);
      return IntegerFunctions.lcm(ts, args);
    });
    define(m, "comb", (ts, args, kw) -> {
      MathArgs.positional("comb", args, kw, 2, 2);
      return IntegerFunctions.comb(ts, args[0], args[1]);
    });
    define(m, "perm", (ts, args, kw) -> {
      MathArgs.positional("perm", args, kw, 1, 2);
      if (args.length == 1 || args[1] == PyNone.NONE) {
        return IntegerFunctions.factorial(ts, args[0]);
      }
      return IntegerFunctions.perm(ts, args[0], args[1]);
    });

    define(m, "fsum", (ts, args, kw) -> Summation.fsum(ts, MathArgs.one("fsum", args, kw)));
    define(m, "prod", (ts, args, kw) -> {
      Object[] a = ClinicKeywords.bind("prod", args, kw, 1, 1, 1, "iterable", "start");
      return Summation.prod(ts, a[0], a[1] == null ? (Object) 1L : a[1]);
    });
    define(m, "hypot", (ts, args, kw) -> {
      MathArgs.noKeywords("hypot", kw);
      return VectorNorm.hypot(ts, args);
    });
    define(m, "dist", (ts, args, kw) -> {
      MathArgs.positional("dist", args, kw, 2, 2);
      return VectorNorm.dist(ts, args[0], args[1]);
    });
    return m;
  }

  /** {@code isclose}: within rel_tol of the larger magnitude, or within abs_tol. */
  private static boolean isClose(double a, double b, double relTol, double absTol) {
    if (relTol < 0.0 || absTol < 0.0) {
      throw PyException.valueError("tolerances must be non-negative");
    }
    if (a == b) {
      return true;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    double diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  }

  private static void define(PyModule m, String name, PyCallable body) {
    m.define(name, new PyBuiltinFunction(name, body));
  }

  /** A one-argument function with CPython's {@code math_1} error rules. */
  private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
    define(m, name, (ts, args, kw) ->
        MathErrors.unary(MathArgs.toDouble(ts, MathArgs.one(name, args, kw)), f, canOverflow));
  }

  /** A one-argument function that raises its own errors, or has none. */
  private static void direct(PyModule m, String name, DoubleUnaryOperator f) {
    define(m, name, (ts, args, kw) ->
        f.applyAsDouble(MathArgs.toDouble(ts, MathArgs.one(name, args, kw))));
  }

  /** A two-argument positional-only function of floats. */
  private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
    define(m, name, (ts, args, kw) -> {
      MathArgs.positional(name, args, kw, 2, 2);
      double x = MathArgs.toDouble(ts, args[0]);
      double y = MathArgs.toDouble(ts, args[1]);
      return f.applyAsDouble(x, y);
    });
  }
}
