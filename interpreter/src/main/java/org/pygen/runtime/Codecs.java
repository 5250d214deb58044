package org.pygen.runtime;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;

/**
 * {@code str.encode} and {@code bytes.decode}: the common codecs under their Python names and
 * aliases, the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace and surrogateescape, and CPython's wording of encoding and decoding errors
 * (which name the codec, the offending positions and the reason).
 *
 * <p>Java's charsets do the conversion; the Python behaviour around them (which characters fail,
 * how far an error reaches, what a handler substitutes) is done here, so that results and
 * messages match CPython's rather than Java's.
 */
final class Codecs {
  private Codecs() {}

  private enum Kind {
    UTF8,
    ASCII,
    LATIN1,
    /** UTF-16 or UTF-32 with a fixed byte order. */
    WIDE,
    /** UTF-16 or UTF-32 with a byte order mark: little-endian unless the data says otherwise. */
    WIDE_BOM,
    /** A single-byte code page; CPython's charmap codec. */
    CHARMAP,
    /** Any other Java charset, with generic error messages. */
    OTHER
  }

  /**
   * A codec: its name in error messages, how it works, its Java charset (little-endian for the
   * BOM forms) and, for UTF-16/32, the unit size in bytes.
   */
  private record Codec(String name, Kind kind, Charset charset, int unit) {}

  /** Normalised Python names and aliases of the codecs with special handling. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("utf_8", "utf_8"),
          Map.entry("utf8", "utf_8"),
          Map.entry("u8", "utf_8"),
          Map.entry("utf", "utf_8"),
          Map.entry("utf8_ucs2", "utf_8"),
          Map.entry("utf8_ucs4", "utf_8"),
          Map.entry("cp65001", "utf_8"),
          Map.entry("ascii", "ascii"),
          Map.entry("us_ascii", "ascii"),
          Map.entry("us", "ascii"),
          Map.entry("646", "ascii"),
          Map.entry("iso646_us", "ascii"),
          Map.entry("ansi_x3.4_1968", "ascii"),
          Map.entry("latin_1", "latin_1"),
          Map.entry("latin1", "latin_1"),
          Map.entry("latin", "latin_1"),
          Map.entry("l1", "latin_1"),
          Map.entry("iso8859_1", "latin_1"),
          Map.entry("iso_8859_1", "latin_1"),
          Map.entry("iso8859", "latin_1"),
          Map.entry("8859", "latin_1"),
          Map.entry("cp819", "latin_1"),
          Map.entry("utf_16", "utf_16"),
          Map.entry("utf16", "utf_16"),
          Map.entry("u16", "utf_16"),
          Map.entry("utf_16_le", "utf_16_le"),
          Map.entry("utf_16le", "utf_16_le"),
          Map.entry("utf_16_be", "utf_16_be"),
          Map.entry("utf_16be", "utf_16_be"),
          Map.entry("utf_32", "utf_32"),
          Map.entry("utf32", "utf_32"),
          Map.entry("u32", "utf_32"),
          Map.entry("utf_32_le", "utf_32_le"),
          Map.entry("utf_32le", "utf_32_le"),
          Map.entry("utf_32_be", "utf_32_be"),
          Map.entry("utf_32be", "utf_32_be"),
          Map.entry("cp1252", "cp1252"),
          Map.entry("windows_1252", "cp1252"),
          Map.entry("cp1251", "cp1251"),
          Map.entry("windows_1251", "cp1251"),
          Map.entry("cp1250", "cp1250"),
          Map.entry("windows_1250", "cp1250"),
          Map.entry("cp437", "cp437"),
          Map.entry("437", "cp437"),
          Map.entry("ibm437", "cp437"),
          Map.entry("cp850", "cp850"),
          Map.entry("850", "cp850"),
          Map.entry("ibm850", "cp850"),
          Map.entry("iso8859_15", "iso8859_15"),
          Map.entry("iso_8859_15", "iso8859_15"),
          Map.entry("latin9", "iso8859_15"),
          Map.entry("l9", "iso8859_15"),
          Map.entry("iso8859_2", "iso8859_2"),
          Map.entry("iso_8859_2", "iso8859_2"),
          Map.entry("latin2", "iso8859_2"),
          Map.entry("l2", "iso8859_2"),
          Map.entry("koi8_r", "koi8_r"));

  private static Codec codec(String encoding) {
    // CPython's normalize_encoding, then its alias table.
    String n = encoding.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    String canonical = ALIASES.getOrDefault(n, n);
    switch (canonical) {
      case "utf_8":
        return new Codec("utf-8", Kind.UTF8, StandardCharsets.UTF_8, 1);
      case "ascii":
        return new Codec("ascii", Kind.ASCII, StandardCharsets.US_ASCII, 1);
      case "latin_1":
        return new Codec("latin-1", Kind.LATIN1, StandardCharsets.ISO_8859_1, 1);
      case "utf_16":
        return new Codec("utf-16", Kind.WIDE_BOM, StandardCharsets.UTF_16LE, 2);
      case "utf_16_le":
        return new Codec("utf-16-le", Kind.WIDE, StandardCharsets.UTF_16LE, 2);
      case "utf_16_be":
        return new Codec("utf-16-be", Kind.WIDE, StandardCharsets.UTF_16BE, 2);
      case "utf_32":
        return new Codec("utf-32", Kind.WIDE_BOM, Charset.forName("UTF-32LE"), 4);
      case "utf_32_le":
        return new Codec("utf-32-le", Kind.WIDE, Charset.forName("UTF-32LE"), 4);
      case "utf_32_be":
        return new Codec("utf-32-be", Kind.WIDE, Charset.forName("UTF-32BE"), 4);
      case "cp1252":
      case "cp1251":
      case "cp1250":
        return charmap("windows-" + canonical.substring(2));
      case "cp437":
      case "cp850":
        return charmap("IBM" + canonical.substring(2));
      case "iso8859_15":
      case "iso8859_2":
        return charmap("ISO-8859-" + canonical.substring("iso8859_".length()));
      case "koi8_r":
        return charmap("KOI8-R");
      default:
        try {
          return new Codec(canonical.replace('_', '-'), Kind.OTHER,
              Charset.forName(canonical.replace('_', '-')), 1);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw PyException.of(PyExceptionType.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }
  }

  /**
   * The Java charset for a file opened with {@code encoding=} (a Python codec name or alias).
   * UTF-16 and UTF-32 with a byte order mark keep Java's own charsets, which read the mark.
   */
  static Charset fileCharset(String encoding) {
    Codec c = codec(encoding);
    if (c.kind() == Kind.WIDE_BOM) {
      return Charset.forName(c.unit() == 2 ? "UTF-16" : "UTF-32");
    }
    return c.charset();
  }

  private static Codec charmap(String javaName) {
    return new Codec("charmap", Kind.CHARMAP, Charset.forName(javaName), 1);
  }

  private static PyException unknownHandler(String errors) {
    return PyException.of(
        PyExceptionType.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
  }

  // ---------------------------------------------------------------- encoding

  /** {@code s.encode(encoding, errors)}. */
  static PyBytes encode(String s, String encoding, String errors) {
    Codec c = codec(encoding);
    CharsetEncoder encoder = c.charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
    if (c.kind() == Kind.WIDE_BOM) {
      out.writeBytes(c.unit() == 2 ? new byte[] {(byte) 0xff, (byte) 0xfe}
          : new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    }
    int n = s.length();
    int i = 0;
    int runStart = 0; // start of the pending run of encodable characters
    int position = 0; // index of s.charAt(i) in code points, as Python counts
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      String reason = failure(c, encoder, cp);
      if (reason == null) {
        i += len;
        position++;
        continue;
      }
      encodeRun(encoder, s, runStart, i, out);
      // CPython reports, and hands the handler, the whole run of failing characters.
      int end = i;
      int endPosition = position;
      while (end < n && failure(c, encoder, s.codePointAt(end)) != null) {
        end += Character.charCount(s.codePointAt(end));
        endPosition++;
      }
      substitute(c, s, i, end, position, endPosition, reason, errors, out);
      i = end;
      position = endPosition;
      runStart = end;
    }
    encodeRun(encoder, s, runStart, n, out);
    return PyBytes.wrap(out.toByteArray());
  }

  /**
   * Whether {@code encoder} can encode every character of {@code s} (unpaired surrogates never
   * can), so that it can write s unaided. The UTF charsets are checked here, without the trial
   * encoding canEncode does, as they fail only on unpaired surrogates.
   */
  static boolean encodesCleanly(String s, CharsetEncoder encoder) {
    Charset charset = encoder.charset();
    if (charset == StandardCharsets.UTF_8 || charset.name().startsWith("UTF-")) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isSurrogate(ch)) {
          if (!Character.isHighSurrogate(ch)
              || i + 1 == s.length()
              || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return false;
          }
          i++;
        }
      }
      return true;
    }
    return encoder.canEncode(s);
  }

  /** Why {@code cp} cannot be encoded, or null when it can. */
  private static String failure(Codec c, CharsetEncoder encoder, int cp) {
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return c.kind() == Kind.ASCII ? "ordinal not in range(128)"
          : c.kind() == Kind.LATIN1 ? "ordinal not in range(256)"
          : c.kind() == Kind.CHARMAP ? "character maps to <undefined>"
          : "surrogates not allowed";
    }
    switch (c.kind()) {
      case ASCII:
        return cp < 0x80 ? null : "ordinal not in range(128)";
      case LATIN1:
        return cp < 0x100 ? null : "ordinal not in range(256)";
      case UTF8:
      case WIDE:
      case WIDE_BOM:
        return null;
      case CHARMAP:
        return cp < 0x10000 && encoder.canEncode((char) cp) ? null
            : "character maps to <undefined>";
      default:
        return encoder.canEncode(new String(Character.toChars(cp)))
            ? null : "character maps to <undefined>";
    }
  }

  private static void encodeRun(
      CharsetEncoder encoder, String s, int from, int to, ByteArrayOutputStream out) {
    if (from >= to) {
      return;
    }
    try {
      ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(s, from, to));
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    } catch (CharacterCodingException e) {
      // failure() said every character here encodes; a charset disagreeing is a pygen bug.
      throw new IllegalStateException("charset refused a character it accepted", e);
    }
  }

  /** Applies the error handler to the failing characters s[from:to]. */
  private static void substitute(Codec c, String s, int from, int to, int position,
      int endPosition, String reason, String errors, ByteArrayOutputStream out) {
    StringBuilder text = new StringBuilder();
    switch (errors) {
      case "strict":
        throw encodeError(c, s, from, position, endPosition, reason);
      case "ignore":
        return;
      case "surrogateescape":
        // U+DC80..U+DCFF stand for the undecodable bytes 0x80..0xFF they came from; any other
        // character fails as it would under strict.
        for (int k = from; k < to; k++) {
          char ch = s.charAt(k);
          if (ch < 0xdc80 || ch > 0xdcff) {
            throw encodeError(c, s, from, position, endPosition, reason);
          }
        }
        for (int k = from; k < to; k++) {
          out.write(s.charAt(k) & 0xff);
        }
        return;
      case "replace":
        for (int k = position; k < endPosition; k++) {
          text.append('?');
        }
        break;
      case "backslashreplace":
        for (int k = from; k < to; k += Character.charCount(s.codePointAt(k))) {
          text.append(escape(s.codePointAt(k)));
        }
        break;
      case "xmlcharrefreplace":
        for (int k = from; k < to; k += Character.charCount(s.codePointAt(k))) {
          text.append("&#").append(s.codePointAt(k)).append(';');
        }
        break;
      case "namereplace":
        for (int k = from; k < to; k += Character.charCount(s.codePointAt(k))) {
          int cp = s.codePointAt(k);
          String name = Character.getName(cp);
          text.append(name == null ? escape(cp) : "\\N{" + name + "}");
        }
        break;
      default:
        throw unknownHandler(errors);
    }
    // The replacement is ASCII, which every codec here can encode as ASCII-compatible
    // single-byte code pages do; the BOM forms must not write a second BOM.
    ByteBuffer bytes = (c.kind() == Kind.WIDE_BOM || c.kind() == Kind.WIDE
        ? c.charset() : StandardCharsets.US_ASCII).encode(text.toString());
    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
  }

  /** A backslash escape with 2, 4 or 8 hex digits, as CPython escapes a character. */
  private static String escape(int cp) {
    if (cp < 0x100) {
      return String.format("\\x%02x", cp);
    }
    return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
  }

  private static PyException encodeError(
      Codec c, String s, int from, int position, int endPosition, String reason) {
    String where = endPosition - position == 1
        ? "character '" + escape(s.codePointAt(from)) + "' in position " + position
        : "characters in position " + position + "-" + (endPosition - 1);
    return PyException.of(PyExceptionType.UNICODE_ENCODE_ERROR,
        "'" + c.name() + "' codec can't encode " + where + ": " + reason);
  }

  // ---------------------------------------------------------------- decoding

  /** {@code b.decode(encoding, errors)}. */
  static String decode(byte[] data, String encoding, String errors) {
    Codec c = codec(encoding);
    int start = 0;
    if (c.kind() == Kind.WIDE_BOM) {
      c = detectByteOrder(c, data);
      start = hasBom(data, c) ? c.unit() : 0;
    }
    // The common case first: nothing to report, so Java's decoder does all the work.
    try {
      return c.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
    } catch (CharacterCodingException e) {
      return decodeWithErrors(c, data, start, errors);
    }
  }

  /** The fixed-order codec a UTF-16/32 stream with an optional BOM really uses. */
  private static Codec detectByteOrder(Codec c, byte[] data) {
    boolean bigEndian = c.unit() == 2
        ? data.length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff
        : data.length >= 4 && data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xfe
            && (data[3] & 0xff) == 0xff;
    String bits = c.unit() == 2 ? "16" : "32";
    return codec("utf-" + bits + (bigEndian ? "-be" : "-le"));
  }

  private static boolean hasBom(byte[] data, Codec c) {
    if (data.length < c.unit()) {
      return false;
    }
    boolean little = c.name().endsWith("-le");
    int first = little ? 0 : c.unit() - 1;
    int second = little ? 1 : c.unit() - 2;
    if ((data[first] & 0xff) != 0xff || (data[second] & 0xff) != 0xfe) {
      return false;
    }
    for (int k = 0; k < c.unit(); k++) {
      if (k != first && k != second && data[k] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Decodes piece by piece, handing each bad byte range to the error handler. */
  private static String decodeWithErrors(Codec c, byte[] data, int start, String errors) {
    if (c.kind() == Kind.OTHER) {
      return decodeOther(c, data, start, errors);
    }
    StringBuilder out = new StringBuilder(data.length);
    CharsetDecoder decoder = c.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int good = start;
    int i = start;
    while (i < data.length) {
      int[] bad = badRange(c, decoder, data, i);
      if (bad == null) {
        i += step(c, data, i);
        continue;
      }
      decodeRun(decoder, data, good, i, out);
      int end = bad[0];
      if (errors.equals("strict")) {
        throw decodeError(c, data, i, end, reason(bad[1]));
      }
      out.append(decodeReplacement(errors, data, i, end));
      i = end;
      good = end;
    }
    decodeRun(decoder, data, good, data.length, out);
    return out.toString();
  }

  /**
   * What a decoding error handler other than strict puts in place of the bad bytes
   * data[from:end]; LookupError for a handler that does not exist.
   */
  static String decodeReplacement(String errors, byte[] data, int from, int end) {
    StringBuilder out = new StringBuilder();
    switch (errors) {
      case "ignore":
        break;
      case "replace":
        out.append('\ufffd');
        break;
      case "backslashreplace":
        for (int k = from; k < end; k++) {
          out.append(String.format("\\x%02x", data[k] & 0xff));
        }
        break;
      case "surrogateescape":
        for (int k = from; k < end; k++) {
          out.append((char) (0xdc00 + (data[k] & 0xff)));
        }
        break;
      default:
        throw unknownHandler(errors);
    }
    return out.toString();
  }

  /**
   * Where the bad bytes starting at data[at] end, for a decoder (of {@code encoding}) reading a
   * stream chunk data[0:limit] that reported them as bad with the given length: CPython's range
   * where pygen knows the codec's byte structure, else the decoder's. Returns -1 when the bytes
   * could be the start of a character the rest of the stream completes.
   */
  static int badBytesEnd(String encoding, byte[] data, int at, int limit, int reportedLength) {
    Codec c = codec(encoding);
    int[] bad;
    switch (c.kind()) {
      case UTF8:
        bad = utf8BadRange(data, at, limit);
        break;
      case WIDE:
        bad = at + c.unit() > limit ? new int[] {limit, TRUNCATED}
            : new int[] {at + c.unit(), ILLEGAL};
        break;
      case ASCII:
      case LATIN1:
      case CHARMAP:
        bad = new int[] {at + 1, UNDEFINED};
        break;
      default:
        bad = null; // no byte rules known: the decoder's own range
        break;
    }
    if (bad == null) {
      // Also where CPython's rules find the bytes valid and Java does not.
      return Math.min(limit, at + Math.max(1, reportedLength));
    }
    return bad[1] == UNEXPECTED_END || bad[1] == TRUNCATED ? -1 : bad[0];
  }

  /**
   * Multi-byte code pages pygen knows no byte structure of: Java's own replacement, and a
   * message without positions.
   */
  private static String decodeOther(Codec c, byte[] data, int start, String errors) {
    CodingErrorAction action;
    switch (errors) {
      case "strict":
        throw PyException.of(PyExceptionType.UNICODE_DECODE_ERROR,
            "'" + c.name() + "' codec can't decode the data");
      case "replace":
        action = CodingErrorAction.REPLACE;
        break;
      case "ignore":
        action = CodingErrorAction.IGNORE;
        break;
      default:
        throw unknownHandler(errors);
    }
    try {
      return c.charset().newDecoder().onMalformedInput(action).onUnmappableCharacter(action)
          .decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  private static final int INVALID_START = 0;
  private static final int INVALID_CONTINUATION = 1;
  private static final int UNEXPECTED_END = 2;
  private static final int NOT_IN_RANGE = 3;
  private static final int UNDEFINED = 4;
  private static final int TRUNCATED = 5;
  private static final int ILLEGAL = 6;

  private static String reason(int code) {
    switch (code) {
      case INVALID_START:
        return "invalid start byte";
      case INVALID_CONTINUATION:
        return "invalid continuation byte";
      case UNEXPECTED_END:
        return "unexpected end of data";
      case NOT_IN_RANGE:
        return "ordinal not in range(128)";
      case UNDEFINED:
        return "character maps to <undefined>";
      case TRUNCATED:
        return "truncated data";
      default:
        return "illegal encoding";
    }
  }

  /** How many bytes the valid character at {@code i} takes. */
  private static int step(Codec c, byte[] data, int i) {
    if (c.kind() == Kind.UTF8) {
      int b = data[i] & 0xff;
      return b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }
    return c.kind() == Kind.WIDE ? c.unit() : 1;
  }

  /**
   * The bad byte range starting at {@code i} as {end (exclusive), reason}, or null when a valid
   * character starts there. For UTF-8 the range is CPython's: a maximal invalid prefix.
   */
  private static int[] badRange(Codec c, CharsetDecoder decoder, byte[] data, int i) {
    switch (c.kind()) {
      case UTF8:
        return utf8BadRange(data, i);
      case ASCII:
        return data[i] < 0 ? new int[] {i + 1, NOT_IN_RANGE} : null;
      case WIDE:
        if (data.length - i < c.unit()) {
          return new int[] {data.length, TRUNCATED};
        }
        return decodes(decoder, data, i, c.unit()) ? null : new int[] {i + c.unit(), ILLEGAL};
      default:
        return decodes(decoder, data, i, 1) ? null : new int[] {i + 1, UNDEFINED};
    }
  }

  private static boolean decodes(CharsetDecoder decoder, byte[] data, int from, int length) {
    try {
      decoder.reset().decode(ByteBuffer.wrap(data, from, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int[] utf8BadRange(byte[] data, int i) {
    return utf8BadRange(data, i, data.length);
  }

  /** {@link #utf8BadRange(byte[], int)} within data[0:limit]. */
  private static int[] utf8BadRange(byte[] data, int i, int limit) {
    int b = data[i] & 0xff;
    if (b < 0x80) {
      return null;
    }
    int need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 ? 1 : -1;
    if (need < 0 || b > 0xf4) {
      return new int[] {i + 1, INVALID_START};
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= limit) {
        return new int[] {limit, UNEXPECTED_END};
      }
      int n = data[i + k] & 0xff;
      int lo = 0x80;
      int hi = 0xbf;
      // Second bytes that would make overlong forms or surrogates are rejected, as in CPython.
      if (k == 1) {
        if (b == 0xe0) {
          lo = 0xa0;
        } else if (b == 0xed) {
          hi = 0x9f;
        } else if (b == 0xf0) {
          lo = 0x90;
        } else if (b == 0xf4) {
          hi = 0x8f;
        }
      }
      if (n < lo || n > hi) {
        return new int[] {i + k, INVALID_CONTINUATION};
      }
    }
    return null;
  }

  private static void decodeRun(
      CharsetDecoder decoder, byte[] data, int from, int to, StringBuilder out) {
    if (from >= to) {
      return;
    }
    try {
      out.append(decoder.reset().decode(ByteBuffer.wrap(data, from, to - from)));
    } catch (CharacterCodingException e) {
      // badRange() accepted every character here; a charset disagreeing is a pygen bug.
      throw new IllegalStateException("charset refused bytes it accepted", e);
    }
  }

  private static PyException decodeError(Codec c, byte[] data, int from, int end, String reason) {
    String where = end - from == 1
        ? String.format("byte 0x%02x in position %d", data[from] & 0xff, from)
        : "bytes in position " + from + "-" + (end - 1);
    return PyException.of(PyExceptionType.UNICODE_DECODE_ERROR,
        "'" + c.name() + "' codec can't decode " + where + ": " + reason);
  }
}
