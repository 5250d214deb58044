package org.pygen.runtime;

import java.util.Arrays;

/** Python's immutable {@code bytes}. Immutable, so safe to share between threads. */
public final class PyBytes implements PyObjectTyped {
  /** The empty bytes object. */
  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  private final byte[] data;

  private PyBytes(byte[] data) {
    this.data = data;
  }

  /** Bytes holding a copy of {@code data}. */
  public static PyBytes of(byte[] data) {
    return data.length == 0 ? EMPTY : new PyBytes(data.clone());
  }

  /** Bytes that take over {@code data}; the caller must not change the array afterwards. */
  static PyBytes wrap(byte[] data) {
    return data.length == 0 ? EMPTY : new PyBytes(data);
  }

  /** The number of bytes. */
  public int size() {
    return data.length;
  }

  /** The byte at {@code 0 <= i < size()}, as an unsigned value 0..255. */
  public int get(int i) {
    return data[i] & 0xff;
  }

  /** A copy of the bytes. */
  public byte[] toArray() {
    return data.clone();
  }

  /** The backing array, for read-only use inside the runtime. */
  byte[] data() {
    return data;
  }

  @Override
  public String typeName() {
    return "bytes";
  }

  /** Compares unsigned byte by byte, then by length, as CPython's memcmp-based order does. */
  int compareTo(PyBytes other) {
    return Arrays.compareUnsigned(data, other.data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyBytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  /** CPython's repr: {@code b'...'} with the same quote choice as str and \\x escapes. */
  @Override
  public String toString() {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : data) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(data.length + 3).append('b').append(quote);
    for (byte b : data) {
      int c = b & 0xff;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append("\\x")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(quote).toString();
  }
}
