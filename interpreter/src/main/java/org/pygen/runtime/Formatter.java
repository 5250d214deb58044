package org.pygen.runtime;

/** Placeholder: replaced by the full format-spec implementation. */
final class Formatter {
  private Formatter() {}

  static String format(Object value, String spec) {
    return Ops.str(value);
  }
}
