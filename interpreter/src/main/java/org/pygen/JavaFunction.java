package org.pygen;

import java.util.List;
import java.util.Map;

/**
 * A Java function that scripts can call with positional and keyword arguments. Bind one with
 * {@link Interpreter#set} (or pass it as an argument); the script then calls it like any function:
 *
 * <pre>{@code
 * py.set("greet", (JavaFunction) (args, kwargs) ->
 *     kwargs.getOrDefault("greeting", "Hello") + ", " + args.get(0));
 * py.eval("greet('Ada', greeting='Hi')"); // "Hi, Ada"
 * }</pre>
 *
 * <p>Arguments arrive converted to Java as {@link Interpreter#get} converts values; the result is
 * converted back as {@link Interpreter#set} converts them ({@code null} is None).
 *
 * <p>An exception the function throws becomes a Python exception the script can catch, with the
 * Java message as its message (the class name when there is none):
 *
 * <ul>
 *   <li>{@code IllegalArgumentException} (so {@code NumberFormatException}) → ValueError
 *   <li>{@code ArithmeticException} → ZeroDivisionError when its message says "by zero", else
 *       ArithmeticError
 *   <li>{@code IndexOutOfBoundsException} → IndexError
 *   <li>{@code ClassCastException} → TypeError
 *   <li>{@code UnsupportedOperationException} → NotImplementedError
 *   <li>{@code IOException}, {@code UncheckedIOException} → OSError
 *   <li>{@link PygenException} (from a nested call into an interpreter) → its Python type when
 *       that is a built-in exception type
 *   <li>any other exception → RuntimeError
 * </ul>
 *
 * <p>Uncaught by the script, it reaches Java as a {@link PygenException} whose {@link
 * PygenException#getCause() cause} is the original exception. {@code Error}s are not translated.
 *
 * <p>For plain lambdas, {@code java.util.function.Function}, {@code BiFunction}, {@code Supplier},
 * {@code Consumer}, {@code Predicate} and {@code Runnable} work too, called with exactly as many
 * positional arguments as they take.
 */
@FunctionalInterface
public interface JavaFunction {
  /**
   * Runs the function.
   *
   * @param args the positional arguments, converted to Java (unmodifiable)
   * @param kwargs the keyword arguments by name, in call order, converted to Java (unmodifiable;
   *     empty when there are none)
   * @return the result, converted for the script; {@code null} is None
   * @throws Exception any exception, translated into a Python exception for the script
   */
  Object call(List<Object> args, Map<String, Object> kwargs) throws Exception;
}
