package org.pygen.runtime;

/** Placeholder for str.format. */
final class StrFormat {
  private StrFormat() {}

  static String format(ThreadState ts, String template, Object[] args, String[] kw) {
    throw PyException.typeError("not implemented");
  }

  static String formatMap(ThreadState ts, String template, Object mapping) {
    throw PyException.typeError("not implemented");
  }
}
