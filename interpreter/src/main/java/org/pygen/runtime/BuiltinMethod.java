package org.pygen.runtime;

/**
 * The implementation of a method of a built-in type, such as {@code list.append}: like {@link
 * PyCallable} but with the receiver passed separately, so a method table can be shared by every
 * instance and no bound-method object is needed for a direct call.
 */
@FunctionalInterface
public interface BuiltinMethod {
  Object call(ThreadState ts, Object self, Object[] args, String[] kwNames);
}
