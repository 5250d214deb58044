package org.pygen.syntax;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * A compact, deterministic text form of an AST, used by the tests to state expected trees and to
 * compare with the trees CPython's {@code ast} module builds (see {@code src/test/resources/
 * org/pygen/syntax/cpython_ast_dump.py}, which prints the same form). Records print as {@code
 * Name@line:col(component, ...)}; strings as JSON; floats by their IEEE bits so that no decimal
 * formatting differences creep in.
 */
final class AstDump {
  private AstDump() {}

  static String dump(List<Stmt> body) {
    StringBuilder out = new StringBuilder();
    for (Stmt s : body) {
      out.append(dump(s)).append('\n');
    }
    return out.toString();
  }

  static String dump(Object node) {
    StringBuilder out = new StringBuilder();
    append(out, node);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value == Expr.NONE) {
      out.append("None");
    } else if (value == Expr.ELLIPSIS) {
      out.append("Ellipsis");
    } else if (value instanceof Boolean b) {
      out.append(b ? "True" : "False");
    } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof Double d) {
      out.append("float:").append(Double.doubleToRawLongBits(d));
    } else if (value instanceof String s) {
      appendJson(out, s);
    } else if (value instanceof Enum<?> e) {
      out.append(e.name());
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        append(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Record r) {
      appendRecord(out, r);
    } else {
      throw new IllegalArgumentException("unexpected AST value " + value.getClass());
    }
  }

  private static void appendRecord(StringBuilder out, Record r) {
    out.append(r.getClass().getSimpleName());
    boolean first = true;
    StringBuilder fields = new StringBuilder();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (c.getName().equals("pos")) {
        // CPython gives comprehension clauses no position, so neither does the dump.
        if (!(r instanceof Expr.ComprehensionFor)) {
          out.append('@').append(v);
        }
        continue;
      }
      if (!first) {
        fields.append(", ");
      }
      first = false;
      append(fields, v);
    }
    out.append('(').append(fields).append(')');
  }

  /** JSON string syntax as Python's json.dumps writes it (ASCII only). */
  private static void appendJson(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
