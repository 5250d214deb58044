package org.pygen.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits source text into physical lines the way tracebacks number them. */
final class SourceLines {
  private SourceLines() {}

  /**
   * The lines of {@code source} without their line breaks; "\n", "\r\n" and "\r" all end a line.
   * A final line break does not start an extra, empty line.
   */
  static List<String> split(String source) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(source.substring(start, i));
        if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < source.length()) {
      lines.add(source.substring(start));
    }
    return lines;
  }
}
