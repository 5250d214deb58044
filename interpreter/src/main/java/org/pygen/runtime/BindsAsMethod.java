package org.pygen.runtime;

/**
 * Marks callables that become bound methods when found on a class through an instance:
 * functions made by {@code def} and {@code lambda}, and the built-in classes' methods. Other
 * callables stored on a class (a built-in function, a class) are returned as they are, as in
 * CPython.
 */
public interface BindsAsMethod extends PyCallable {
  /**
   * Calls it as a method of {@code self} with no other arguments ({@code self.__next__()}),
   * without a bound-method object; implementations may skip the argument array too.
   */
  default Object callWithSelf(ThreadState ts, Object self) {
    return call(ts, new Object[] {self}, null);
  }
}
