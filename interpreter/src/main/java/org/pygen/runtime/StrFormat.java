package org.pygen.runtime;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields {@code {name!conv:spec}} with
 * automatic or manual numbering, attribute and index access in field names, and nested fields in
 * the spec.
 */
final class StrFormat {
  private final ThreadState ts;
  private final Object[] positional;
  private final String[] names;
  private final Object[] named;
  private final Object mapping;
  private int autoIndex;
  private boolean manual;

  private StrFormat(
      ThreadState ts, Object[] positional, String[] names, Object[] named, Object mapping) {
    this.ts = ts;
    this.positional = positional;
    this.names = names;
    this.named = named;
    this.mapping = mapping;
  }

  static String format(ThreadState ts, String template, Object[] args, String[] kwNames) {
    int npos = Args.positional(args, kwNames);
    Object[] positional = new Object[npos];
    System.arraycopy(args, 0, positional, 0, npos);
    String[] names = kwNames == null ? new String[0] : kwNames;
    Object[] named = new Object[names.length];
    System.arraycopy(args, npos, named, 0, names.length);
    return new StrFormat(ts, positional, names, named, null).render(template, 2);
  }

  static String formatMap(ThreadState ts, String template, Object mapping) {
    return new StrFormat(ts, new Object[0], new String[0], new Object[0], mapping)
        .render(template, 2);
  }

  private String render(String template, int depth) {
    // CPython allows one level of nested fields in a spec: '{:{}}' but not '{:{:{}}}'.
    if (depth <= 0) {
      throw PyException.valueError("Max string recursion exceeded");
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int n = template.length();
    int i = 0;
    while (i < n) {
      char c = template.charAt(i);
      if (c == '}') {
        if (i + 1 < n && template.charAt(i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        throw PyException.valueError("Single '}' encountered in format string");
      }
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < n && template.charAt(i + 1) == '{') {
        out.append('{');
        i += 2;
        continue;
      }
      if (i + 1 >= n) {
        throw PyException.valueError("Single '{' encountered in format string");
      }
      Field f = parseField(template, i + 1);
      out.append(field(f, depth));
      i = f.end();
    }
    return out.toString();
  }

  /**
   * A replacement field: its name, conversion character (0 for none), format spec, and the
   * index just past its closing brace.
   */
  private record Field(String name, char conversion, String spec, int end) {}

  /**
   * Parses the field starting at {@code start} (just after its '{') in one left-to-right scan,
   * as CPython's MarkupIterator does, so malformed fields fail with CPython's messages.
   */
  private static Field parseField(String s, int start) {
    int n = s.length();
    int i = start;
    char c = 0;
    while (i < n) {
      c = s.charAt(i++);
      if (c == '{') {
        throw PyException.valueError("unexpected '{' in field name");
      }
      if (c == '[') {
        while (i < n && s.charAt(i) != ']') {
          i++;
        }
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        break;
      }
    }
    if (i >= n && c != '}' && c != ':' && c != '!') {
      throw PyException.valueError("expected '}' before end of string");
    }
    String name = s.substring(start, i - 1);
    char conversion = 0;
    if (c == '!') {
      if (i >= n) {
        throw PyException.valueError("end of string while looking for conversion specifier");
      }
      conversion = s.charAt(i++);
      if (i >= n) {
        throw PyException.valueError("unmatched '{' in format spec");
      }
      c = s.charAt(i++);
      if (c != ':' && c != '}') {
        throw PyException.valueError("expected ':' after conversion specifier");
      }
    }
    if (c == '}') {
      return new Field(name, conversion, "", i);
    }
    int specStart = i;
    int nesting = 1;
    while (i < n) {
      c = s.charAt(i++);
      if (c == '{') {
        nesting++;
      } else if (c == '}' && --nesting == 0) {
        return new Field(name, conversion, s.substring(specStart, i - 1), i);
      }
    }
    throw PyException.valueError("unmatched '{' in format spec");
  }

  private String field(Field f, int depth) {
    String name = f.name();
    char conversion = f.conversion();
    String spec = f.spec();
    Object value = resolve(name);
    switch (conversion) {
      case 0:
        break;
      case 'r':
        value = Ops.repr(value);
        break;
      case 's':
        value = Ops.str(value);
        break;
      case 'a':
        value = PercentFormat.format("%a", PyTuple.of(value));
        break;
      default:
        throw PyException.valueError("Unknown conversion specifier " + conversion);
    }
    if (spec.indexOf('{') >= 0) {
      spec = render(spec, depth - 1);
    }
    return Ops.format(value, spec);
  }

  /** Looks up {@code arg_name(.attr|[key])*}. */
  private Object resolve(String name) {
    int i = 0;
    while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
      i++;
    }
    String first = name.substring(0, i);
    Object value;
    if (first.isEmpty()) {
      if (manual) {
        throw PyException.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      value = positionalArg(autoIndex++);
    } else if (isDigits(first)) {
      if (autoIndex > 0) {
        throw PyException.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      manual = true;
      value = positionalArg(Integer.parseInt(first));
    } else {
      value = namedArg(first);
    }
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c == '.') {
        int start = ++i;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
          i++;
        }
        if (i == start) {
          throw PyException.valueError("Empty attribute in format string");
        }
        value = Ops.getAttr(ts, value, name.substring(start, i));
      } else if (c == '[') {
        int close = name.indexOf(']', i);
        if (close < 0) {
          throw PyException.valueError("Missing ']' in format string");
        }
        String key = name.substring(i + 1, close);
        if (key.isEmpty()) {
          throw PyException.valueError("Empty attribute in format string");
        }
        value = Ops.getItem(value, isDigits(key) ? (Object) Long.parseLong(key) : key);
        i = close + 1;
      } else {
        throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return value;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Object positionalArg(int index) {
    if (index >= positional.length) {
      throw PyException.indexError(
          "Replacement index " + index + " out of range for positional args tuple");
    }
    return positional[index];
  }

  private Object namedArg(String key) {
    if (mapping != null) {
      return Ops.getItem(mapping, key);
    }
    for (int k = 0; k < names.length; k++) {
      if (names[k].equals(key)) {
        return named[k];
      }
    }
    throw PyException.keyError(key);
  }
}
