package org.pygen.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits source text into physical lines the way tracebacks number them. */
final class SourceLines {
  private SourceLines() {}

  /**
   * The lines of {@code source} without their line breaks; "\n", "\r\n" and "\r" all end a line.
   * A final line break does not start an extra, empty line. A line holding a NUL ends at it: CPython
   * reads lines as C strings and shows them so in its "source code cannot contain null bytes"
   * error, the only use a source with a NUL has.
   */
  static List<String> split(String source) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(uptoNul(source.substring(start, i)));
        if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < source.length()) {
      lines.add(uptoNul(source.substring(start)));
    }
    return lines;
  }

  private static String uptoNul(String line) {
    int nul = line.indexOf('\0');
    return nul < 0 ? line : line.substring(0, nul);
  }
}
