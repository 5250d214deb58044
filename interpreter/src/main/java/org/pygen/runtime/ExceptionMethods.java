package org.pygen.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The methods {@code BaseException} gives exception classes, for {@code super().__init__(msg)}
 * and {@code super().__str__()} in a user's exception class.
 */
final class ExceptionMethods {
  private ExceptionMethods() {}

  static final Map<String, Object> DICT = build();

  private static Map<String, Object> build() {
    Map<String, Object> d = new LinkedHashMap<>();
    method(d, "__init__", (ts, self, args, kw) -> {
      Args.noKeywords(Ops.typeName(self), kw);
      ((PyBaseException) self).setArgs(args);
      return PyNone.NONE;
    });
    method(d, "__str__", (ts, self, args, kw) -> {
      Args.none("__str__", args, kw);
      return ((PyBaseException) self).message();
    });
    method(d, "__repr__", (ts, self, args, kw) -> {
      Args.none("__repr__", args, kw);
      return ((PyBaseException) self).repr();
    });
    method(d, "with_traceback", (ts, self, args, kw) -> {
      Args.count("with_traceback", args, kw, 1, 1);
      return self;
    });
    return Map.copyOf(d);
  }

  private static void method(Map<String, Object> d, String name, PyMethodDescriptor.Body body) {
    d.put(name, new PyMethodDescriptor(name, PyExceptionType.BASE_EXCEPTION, body));
  }
}
