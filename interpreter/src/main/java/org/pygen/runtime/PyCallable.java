package org.pygen.runtime;

/**
 * Anything a script can call: functions, builtins, bound methods, types.
 *
 * <p>Arguments arrive as one array: the positional ones first, then the keyword ones, whose names
 * are in {@code kwNames} (null when there are none). {@code args} belongs to the callee: callers
 * never reuse it after the call.
 */
@FunctionalInterface
public interface PyCallable {
  Object call(ThreadState ts, Object[] args, String[] kwNames);
}
