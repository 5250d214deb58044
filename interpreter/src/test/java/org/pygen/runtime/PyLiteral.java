package org.pygen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: reads the Python literals CPython's {@code repr} writes (numbers, strings, None,
 * booleans, lists, tuples, dicts, sets, ranges, slices) into pygen runtime values.
 */
final class PyLiteral {
  /** One NaN object for every {@code nan}, as a script's single {@code nan} variable would be. */
  private static final Double NAN = Double.NaN;

  private final String text;
  private final Map<String, Object> builtins;
  private int pos;

  private PyLiteral(String text, Map<String, Object> builtins) {
    this.text = text;
    this.builtins = builtins;
  }

  /** Parses one literal; {@code builtin:NAME} looks NAME up in {@code builtins}. */
  static Object parse(String text, Map<String, Object> builtins) {
    PyLiteral p = new PyLiteral(text, builtins);
    Object v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("trailing text in literal: " + text);
    }
    return v;
  }

  private void skipSpace() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private boolean take(String s) {
    skipSpace();
    if (text.startsWith(s, pos)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  private void expect(String s) {
    if (!take(s)) {
      throw new IllegalArgumentException("expected " + s + " at " + pos + " in " + text);
    }
  }

  private Object value() {
    skipSpace();
    if (take("builtin:")) {
      int start = pos;
      while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
        pos++;
      }
      return builtins.get(text.substring(start, pos));
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == 'b' && pos + 1 < text.length()
        && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
      pos++;
      return BytesMethods.toBytes(string()); // \x escapes give chars 0..255: one per byte
    }
    if (take("None")) {
      return PyNone.NONE;
    }
    if (take("True")) {
      return Boolean.TRUE;
    }
    if (take("False")) {
      return Boolean.FALSE;
    }
    if (take("[")) {
      return PyList.fromList(items("]"));
    }
    if (take("(")) {
      List<Object> items = new ArrayList<>();
      boolean comma = false;
      while (!take(")")) {
        items.add(value());
        comma = take(",");
      }
      if (items.size() == 1 && !comma) {
        return items.get(0);
      }
      return PyTuple.fromList(items);
    }
    if (take("{")) {
      return dictOrSet();
    }
    if (take("set()")) {
      return new PySet();
    }
    if (take("frozenset(")) {
      PySet s = take(")") ? new PySet() : (PySet) value();
      take(")");
      return s.copy(true);
    }
    if (take("range(")) {
      List<Object> a = items(")");
      return PyRange.of(a.get(0), a.get(1), a.size() == 2 ? (Object) 1L : a.get(2));
    }
    if (take("slice(")) {
      List<Object> a = items(")");
      return new PySlice(a.get(0), a.get(1), a.get(2));
    }
    return number();
  }

  private List<Object> items(String close) {
    List<Object> items = new ArrayList<>();
    while (!take(close)) {
      items.add(value());
      take(",");
    }
    return items;
  }

  private Object dictOrSet() {
    if (take("}")) {
      return new PyDict();
    }
    Object first = value();
    if (take(":")) {
      PyDict d = new PyDict();
      d.put(first, value());
      while (take(",")) {
        if (take("}")) {
          return d;
        }
        Object k = value();
        expect(":");
        d.put(k, value());
      }
      expect("}");
      return d;
    }
    PySet s = new PySet();
    s.add(first);
    while (take(",")) {
      if (take("}")) {
        return s;
      }
      s.add(value());
    }
    expect("}");
    return s;
  }

  private Object number() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eEinfa".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("bad literal at " + start + " in " + text);
    }
    if (n.equals("nan")) {
      return NAN;
    }
    if (n.contains(".") || n.contains("e") || n.contains("inf")) {
      return NumberParsing.parseFloat(n);
    }
    return NumberParsing.parseInt(n, 10);
  }

  private String string() {
    char quote = text.charAt(pos++);
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 'x':
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 2), 16));
          pos += 2;
          break;
        case 'u':
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
          break;
        case 'U':
          sb.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 8), 16));
          pos += 8;
          break;
        default:
          sb.append(e);
          break;
      }
    }
  }
}
