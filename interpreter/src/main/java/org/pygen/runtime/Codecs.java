package org.pygen.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode}: the common codecs by their Python names, the
 * {@code strict}, {@code replace} and {@code ignore} error handlers, and CPython's wording of
 * encoding and decoding errors.
 */
final class Codecs {
  private Codecs() {}

  /** A codec: its Python name (as error messages show it) and its Java charset. */
  private record Codec(String name, Charset charset) {}

  private static Codec codec(String encoding) {
    String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').trim();
    switch (n) {
      case "utf-8":
      case "utf8":
      case "u8":
        return new Codec("utf-8", StandardCharsets.UTF_8);
      case "ascii":
      case "us-ascii":
        return new Codec("ascii", StandardCharsets.US_ASCII);
      case "latin-1":
      case "latin1":
      case "iso-8859-1":
      case "iso8859-1":
      case "l1":
        return new Codec("latin-1", StandardCharsets.ISO_8859_1);
      default:
        try {
          return new Codec(n, Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw PyException.of(PyExceptionType.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }
  }

  private static CodingErrorAction action(String errors) {
    switch (errors) {
      case "strict":
        return CodingErrorAction.REPORT;
      case "replace":
        return CodingErrorAction.REPLACE;
      case "ignore":
        return CodingErrorAction.IGNORE;
      default:
        throw PyException.of(
            PyExceptionType.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }
  }

  /** {@code s.encode(encoding, errors)}. */
  static PyBytes encode(String s, String encoding, String errors) {
    Codec c = codec(encoding);
    CharsetEncoder encoder = c.charset().newEncoder()
        .onMalformedInput(action(errors))
        .onUnmappableCharacter(action(errors));
    if (errors.equals("replace")) {
      encoder.replaceWith(new byte[] {'?'});
    }
    try {
      ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
      byte[] bytes = new byte[out.remaining()];
      out.get(bytes);
      return PyBytes.wrap(bytes);
    } catch (CharacterCodingException e) {
      throw encodeError(s, c);
    }
  }

  private static PyException encodeError(String s, Codec c) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String reason = null;
      if (Character.isSurrogate(ch)
          && !(Character.isHighSurrogate(ch) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(ch) && i > 0
              && Character.isHighSurrogate(s.charAt(i - 1)))) {
        reason = "surrogates not allowed";
      } else if (c.name().equals("ascii") && ch >= 0x80) {
        reason = "ordinal not in range(128)";
      } else if (c.name().equals("latin-1") && ch >= 0x100) {
        reason = "ordinal not in range(256)";
      } else if (!c.charset().newEncoder().canEncode(ch)) {
        reason = "character maps to <undefined>";
      }
      if (reason != null) {
        // UnicodeEncodeError names the character escaped, whatever it is: '\u20ac'.
        String escaped = ch < 0x100 ? String.format("\\x%02x", (int) ch)
            : String.format("\\u%04x", (int) ch);
        return PyException.of(PyExceptionType.UNICODE_ENCODE_ERROR,
            "'" + c.name() + "' codec can't encode character '" + escaped + "' in position " + i
                + ": " + reason);
      }
    }
    return PyException.of(PyExceptionType.UNICODE_ENCODE_ERROR,
        "'" + c.name() + "' codec can't encode the string");
  }

  /** {@code b.decode(encoding, errors)}. */
  static String decode(byte[] data, String encoding, String errors) {
    Codec c = codec(encoding);
    CharsetDecoder decoder = c.charset().newDecoder()
        .onMalformedInput(action(errors))
        .onUnmappableCharacter(action(errors));
    try {
      return decoder.decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      throw decodeError(data, c);
    }
  }

  private static PyException decodeError(byte[] data, Codec c) {
    if (!c.name().equals("utf-8")) {
      for (int i = 0; i < data.length; i++) {
        if (c.name().equals("ascii") && data[i] < 0) {
          return decodeError(c, i, i, "ordinal not in range(128)", data);
        }
      }
      return PyException.of(PyExceptionType.UNICODE_DECODE_ERROR,
          "'" + c.name() + "' codec can't decode the data");
    }
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 ? 1 : -1;
      if (need < 0 || b > 0xF4) {
        return decodeError(c, i, i, "invalid start byte", data);
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= data.length) {
          return decodeError(c, i, data.length - 1, "unexpected end of data", data);
        }
        int n = data[i + k] & 0xff;
        int lo = 0x80;
        int hi = 0xBF;
        // Second bytes that would make overlong forms or surrogates are rejected, as CPython.
        if (k == 1) {
          if (b == 0xE0) {
            lo = 0xA0;
          } else if (b == 0xED) {
            hi = 0x9F;
          } else if (b == 0xF0) {
            lo = 0x90;
          } else if (b == 0xF4) {
            hi = 0x8F;
          }
        }
        if (n < lo || n > hi) {
          return decodeError(c, i, i + k - 1, "invalid continuation byte", data);
        }
      }
      i += need + 1;
    }
    return PyException.of(PyExceptionType.UNICODE_DECODE_ERROR,
        "'utf-8' codec can't decode the data");
  }

  private static PyException decodeError(Codec c, int from, int to, String reason, byte[] data) {
    String where = from == to
        ? String.format("byte 0x%02x in position %d", data[from] & 0xff, from)
        : "bytes in position " + from + "-" + to;
    return PyException.of(PyExceptionType.UNICODE_DECODE_ERROR,
        "'" + c.name() + "' codec can't decode " + where + ": " + reason);
  }
}
