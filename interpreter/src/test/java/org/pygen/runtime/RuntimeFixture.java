package org.pygen.runtime;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Test helper: a runtime with builtins installed, its output captured, and shortcuts to call. */
final class RuntimeFixture {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final PyRuntime runtime = new PyRuntime(out, err, Map.of("time", TimeModule::create));
  final ThreadState ts = new ThreadState(runtime);

  RuntimeFixture() {
    Builtins.install(runtime);
    // Tests of open() use their own temporary folders; the sandbox has its own tests.
    runtime.setFilePolicy((path, forWriting) -> Path.of(path));
  }

  /** Calls a builtin with positional arguments. */
  Object builtin(String name, Object... args) {
    return Ops.call(ts, runtime.builtins().get(name), args, null);
  }

  /** Calls a builtin with positional arguments followed by keyword ones. */
  Object builtinKw(String name, Object[] args, String[] kwNames) {
    return Ops.call(ts, runtime.builtins().get(name), args, kwNames);
  }

  /** Calls a method. */
  Object method(Object self, String name, Object... args) {
    return Ops.callMethod(ts, self, name, args, null);
  }

  /** repr of a builtin call's result. */
  String reprOf(String name, Object... args) {
    return Ops.repr(builtin(name, args));
  }

  /** A Java lambda as a Python callable of one argument. */
  static PyCallable fn(java.util.function.Function<Object, Object> f) {
    return (ts, args, kw) -> f.apply(args[0]);
  }
}
