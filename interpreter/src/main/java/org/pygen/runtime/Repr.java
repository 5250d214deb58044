package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code repr()} and {@code str()} of runtime values in CPython's formats. Containers being
 * printed are tracked in a per-call identity set so that a list containing itself prints as
 * {@code [[...]]} instead of recursing forever.
 */
final class Repr {
  private Repr() {}

  static String repr(Object o) {
    return repr(o, null);
  }

  static String str(Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.str(o);
    }
    if (o instanceof PyBaseException e) {
      return e.message();
    }
    return repr(o, null);
  }

  private static String repr(Object o, Set<Object> inProgress) {
    if (o instanceof String s) {
      return stringRepr(s);
    }
    if (o instanceof Long) {
      return o.toString();
    }
    if (o instanceof BigInteger b) {
      IntDigitsLimit.checkToDecimal(b);
      return b.toString();
    }
    if (o instanceof Double d) {
      return FloatRepr.repr(d);
    }
    if (o instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (o == PyNone.NONE) {
      return "None";
    }
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
      if (inProgress == null) {
        inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
      }
      return containerRepr(o, inProgress);
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.repr(o);
    }
    if (o instanceof PyBaseException e) {
      return e.repr();
    }
    return String.valueOf(o);
  }

  private static String containerRepr(Object o, Set<Object> inProgress) {
    if (!inProgress.add(o)) {
      if (o instanceof PyList) {
        return "[...]";
      }
      if (o instanceof PyTuple) {
        return "(...)";
      }
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder();
      if (o instanceof PyList l) {
        appendItems(sb.append('['), l.toArray(), inProgress).append(']');
      } else if (o instanceof PyTuple t) {
        appendItems(sb.append('('), t.items(), inProgress);
        sb.append(t.size() == 1 ? ",)" : ")");
      } else if (o instanceof PyDict d) {
        Object[] keys = d.keysArray();
        Object[] values = d.valuesArray();
        sb.append('{');
        for (int i = 0; i < keys.length; i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(repr(keys[i], inProgress)).append(": ").append(repr(values[i], inProgress));
        }
        sb.append('}');
      } else {
        PySet s = (PySet) o;
        Object[] items = s.toArray();
        String name = s.isFrozen() ? "frozenset" : "set";
        if (items.length == 0) {
          return name + "()";
        }
        if (s.isFrozen()) {
          sb.append("frozenset(");
        }
        appendItems(sb.append('{'), items, inProgress).append('}');
        if (s.isFrozen()) {
          sb.append(')');
        }
      }
      return sb.toString();
    } finally {
      inProgress.remove(o);
    }
  }

  private static StringBuilder appendItems(
      StringBuilder sb, Object[] items, Set<Object> inProgress) {
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(repr(items[i], inProgress));
    }
    return sb;
  }

  /** CPython's str repr: quote choice, backslash escapes, non-printables as \x, \\u, \\U. */
  static String stringRepr(String s) {
    char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        sb.append('\\').append((char) cp);
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp < 0x20 || cp == 0x7f) {
        appendHex(sb, "\\x", cp, 2);
      } else if (cp < 0x7f || isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        appendHex(sb, "\\x", cp, 2);
      } else if (cp <= 0xffff) {
        appendHex(sb, "\\u", cp, 4);
      } else {
        appendHex(sb, "\\U", cp, 8);
      }
    }
    return sb.append(quote).toString();
  }

  private static void appendHex(StringBuilder sb, String prefix, int cp, int width) {
    String hex = Integer.toHexString(cp);
    sb.append(prefix);
    for (int i = hex.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(hex);
  }

  /** Python's notion of printable: not a control, format, separator or unassigned character. */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /** Escapes every non-ASCII character with a backslash escape: x and two, u and four, or U and eight hex digits. */
  static String asciiEscape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) cp);
      } else if (cp <= 0xff) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    return sb.toString();
  }
}
