package org.pygen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ThreadState;

/**
 * A Java function as scripts see it: arguments converted to Java, the result converted back, Java
 * exceptions translated by {@link JavaExceptions}.
 */
final class JavaCallable implements PyCallable {
  /** What the embedder handed over (a lambda, a {@link JavaFunction}), given back to Java as is. */
  private final Object original;

  private final JavaFunction function;

  JavaCallable(Object original, JavaFunction function) {
    this.original = original;
    this.function = function;
  }

  Object original() {
    return original;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    PyRuntime runtime = ts.runtime();
    int positional = args.length - (kwNames == null ? 0 : kwNames.length);
    List<Object> javaArgs = new ArrayList<>(positional);
    for (int i = 0; i < positional; i++) {
      javaArgs.add(JavaValues.toJava(runtime, args[i]));
    }
    Map<String, Object> kwargs = new LinkedHashMap<>();
    for (int i = positional; i < args.length; i++) {
      kwargs.put(kwNames[i - positional], JavaValues.toJava(runtime, args[i]));
    }
    Object result;
    try {
      result =
          function.call(
              Collections.unmodifiableList(javaArgs), Collections.unmodifiableMap(kwargs));
    } catch (PyException e) {
      throw e;
    } catch (Exception e) {
      throw JavaExceptions.toPython(e);
    }
    return JavaValues.fromJava(result);
  }

  /**
   * Checks that a fixed-arity Java interface got exactly {@code arity} positional arguments and no
   * keywords, with CPython's wording for the TypeError otherwise.
   */
  static void checkArity(int arity, List<Object> args, Map<String, Object> kwargs) {
    if (!kwargs.isEmpty()) {
      throw PyException.typeError(
          "java function got an unexpected keyword argument '"
              + kwargs.keySet().iterator().next()
              + "'");
    }
    if (args.size() != arity) {
      throw PyException.typeError(
          "java function takes "
              + arity
              + " positional argument"
              + (arity == 1 ? "" : "s")
              + " but "
              + args.size()
              + (args.size() == 1 ? " was" : " were")
              + " given");
    }
  }

  @Override
  public String toString() {
    return "<java function " + original.getClass().getSimpleName() + ">";
  }
}
