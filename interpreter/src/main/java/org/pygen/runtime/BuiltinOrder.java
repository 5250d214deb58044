package org.pygen.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Orders builtin names as CPython's builtins dict does (see cpython-builtins-order.txt). */
final class BuiltinOrder {
  private static final String RESOURCE = "cpython-builtins-order.txt";
  /** Constants that are keywords in the language but entries of CPython's builtins dict. */
  private static final Set<String> CONSTANTS = Set.of("None", "True", "False", "Ellipsis");

  private BuiltinOrder() {}

  static List<String> arrange(Set<String> defined) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : cpythonOrder()) {
      if (defined.contains(name) || CONSTANTS.contains(name)) {
        ordered.add(name);
      }
    }
    ordered.addAll(defined);
    return List.copyOf(ordered);
  }

  private static List<String> cpythonOrder() {
    List<String> names = new ArrayList<>();
    try (InputStream in = BuiltinOrder.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return names;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
