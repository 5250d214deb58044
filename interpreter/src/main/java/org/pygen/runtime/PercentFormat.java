package org.pygen.runtime;

/** Placeholder for printf-style formatting. */
final class PercentFormat {
  private PercentFormat() {}

  static String format(String template, Object args) {
    throw PyException.typeError("not implemented");
  }
}
