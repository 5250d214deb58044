package org.pygen.exec;

import org.pygen.runtime.PyException;

/** Argument-count checks for the small built-in methods of functions and generators. */
final class Arity {
  private Arity() {}

  static void check(String name, Object[] args, String[] kwNames, int expected) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError(name + "() takes no keyword arguments");
    }
    if (args.length != expected) {
      if (expected == 0) {
        throw PyException.typeError(
            name + "() takes no arguments (" + args.length + " given)");
      }
      throw PyException.typeError(
          name + "() takes exactly one argument (" + args.length + " given)");
    }
  }
}
