package org.pygen.runtime;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text file opened by {@code open()} (binary modes are {@link PyBinaryFile}): modes r, w, a and x, UTF-8 by default, universal newlines
 * on read ({@code \r\n} and {@code \r} read as {@code \n}), buffered writes flushed on close.
 * Every operation is synchronized, so a file shared between threads stays consistent. The
 * runtime's {@link FilePolicy} decides which paths may be opened and where relative ones lead.
 *
 * <p>Reading takes the file in chunks of 8192 bytes, or as many as a {@code read(n)} still wants
 * when that is more, each decoded as it arrives, as CPython's {@code TextIOWrapper} does: a file
 * that grows or is truncated while it is read gives the same lines as in CPython, which depend
 * on how far it has read ahead.
 */
public final class PyFile implements HasAttributes, PyIterator, PyObjectTyped {
  private static final int BUFFER = 8192;
  /** Room for the bytes of a character split between two chunks. */
  private static final int SPLIT_CHARACTER = 16;
  /** The most bytes one {@code read(n)} asks the file for at once. */
  private static final int MAX_CHUNK = 1 << 20;
  /**
   * Closes the streams of files that scripts dropped without closing, as CPython's reference
   * counting does, so a loop of {@code open(p).read()} does not run out of file descriptors.
   * A stateless JVM-wide service, shared safely by every runtime.
   */
  private static final Cleaner CLEANER = Cleaner.create();

  private final String name;
  private final String mode;
  private final String encoding;
  /** The error handler's name: strict, replace, ignore, backslashreplace, ... */
  private final String errors;
  /** The file being read, or null when writing. */
  private final InputStream in;
  private final CharsetDecoder decoder;
  /** The chunk being decoded; starts with the bytes of a character the last chunk split. */
  private byte[] bytes;
  private int undecoded;
  private final Writer writer;
  /** The stream under writer, written directly only with what an error handler produced. */
  private final OutputStream rawOut;
  /** An encoder of the file's charset that checks each write, or null when reading. */
  private final CharsetEncoder writeCheck;
  /** Decoded text; {@code position} is the next character to read, {@code limit} the end. */
  private char[] buffer;
  private int position;
  private int limit;
  private boolean closed;
  private final Cleaner.Cleanable cleanable;
  private PyRuntime runtime;

  private PyFile(String name, String mode, String encoding, String errors, InputStream in,
      Charset charset, OutputStream rawOut) {
    this.name = name;
    this.mode = mode;
    this.encoding = encoding;
    this.errors = errors;
    this.in = in;
    this.rawOut = rawOut;
    this.writer = rawOut == null ? null
        : new BufferedWriter(new OutputStreamWriter(rawOut, charset.newEncoder()), BUFFER);
    this.writeCheck = rawOut == null ? null : charset.newEncoder();
    if (in != null) {
      decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      bytes = new byte[BUFFER + SPLIT_CHARACTER];
      buffer = new char[(int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte())];
    } else {
      decoder = null;
      bytes = null;
      buffer = null;
    }
    this.cleanable = CLEANER.register(this, new StreamCloser(in, writer));
  }

  /** Closes a dropped file's streams; must not refer to the PyFile itself. */
  private static final class StreamCloser implements Runnable {
    private final InputStream in;
    private final Writer writer;

    StreamCloser(InputStream in, Writer writer) {
      this.in = in;
      this.writer = writer;
    }

    @Override
    public void run() {
      try {
        if (writer != null) {
          writer.close();
        }
        if (in != null) {
          in.close();
        }
      } catch (IOException ignored) {
        // Nobody is left to report to: the script dropped the file.
      }
    }
  }

  /** The {@code open(file, mode='r', buffering=-1, encoding=None, ...)} builtin. */
  static Object open(ThreadState ts, Object[] args, String[] kw) {
    Object[] a =
        Args.bind("open", args, kw, 0, 7, "file", "mode", "buffering", "encoding", "errors",
            "newline", "closefd");
    if (a[0] == null) {
      throw PyException.typeError("open() missing required argument 'file' (pos 1)");
    }
    if (!(a[0] instanceof String path)) {
      throw PyException.typeError(
          "expected str, bytes or os.PathLike object, not " + Ops.typeName(a[0]));
    }
    String mode = a[1] == null ? "r" : Args.str("open", a[1], "'mode'");
    String encoding = optionalStr(a[3], "encoding");
    String errors = optionalStr(a[4], "errors");
    char kind = parseMode(mode);
    if (mode.indexOf('b') >= 0) {
      refuseInBinaryMode(encoding != null, "an encoding");
      refuseInBinaryMode(a[4] != null && a[4] != PyNone.NONE, "an errors");
      refuseInBinaryMode(a[5] != null && a[5] != PyNone.NONE, "a newline");
      // CPython's binary files report their mode normalised: 'bw' is 'wb'.
      return PyBinaryFile.open(path, kind, kind + "b", ts.runtime().filePolicy());
    }
    PyFile f = open(path, mode, encoding, errors, ts.runtime().filePolicy());
    f.runtime = ts.runtime();
    f.runtime.fileOpened(f);
    return f;
  }

  /** An argument that is a str or None (null then). */
  private static String optionalStr(Object o, String argument) {
    if (o == null || o == PyNone.NONE) {
      return null;
    }
    if (!(o instanceof String s)) {
      throw PyException.typeError(
          "open() argument '" + argument + "' must be str or None, not " + Ops.typeName(o));
    }
    return s;
  }

  private static void refuseInBinaryMode(boolean given, String argument) {
    if (given) {
      throw PyException.valueError("binary mode doesn't take " + argument + " argument");
    }
  }

  /**
   * Opens {@code path} as a text file, as {@code open(path, mode, encoding=encoding)} does, if
   * {@code policy} allows it; PermissionError otherwise. Binary modes are opened by the {@code
   * open} builtin, not here.
   */
  public static PyFile open(String path, String mode, String encoding, FilePolicy policy) {
    return open(path, mode, encoding, null, policy);
  }

  /**
   * {@link #open(String, String, String, FilePolicy)} with an error handler for text that does
   * not decode or encode ({@code errors=}; null means strict). As in CPython, an unknown handler
   * is reported (LookupError) only when some text needs it.
   */
  public static PyFile open(
      String path, String mode, String encoding, String errors, FilePolicy policy) {
    char kind = parseMode(mode);
    if (mode.indexOf('b') >= 0) {
      throw PyException.valueError("binary mode is not supported here: use the open builtin");
    }
    Charset charset = charset(encoding);
    Path p;
    try {
      Paths.get(path);
      // Asked before anything touches the file system, so a refused path reveals nothing.
      p = policy.resolve(path, kind != 'r');
    } catch (InvalidPathException e) {
      throw PyException.valueError("embedded null character in path");
    }
    if (path.isEmpty()) {
      // Java reads "" as the current directory; the OS finds no such file.
      throw OsErrors.notFound(path);
    }
    String shownEncoding = encoding == null ? "UTF-8" : encoding;
    String handler = errors == null ? "strict" : errors;
    try {
      if (kind == 'r') {
        return new PyFile(
            path, mode, shownEncoding, handler, FileStreams.input(p), charset, null);
      }
      return new PyFile(
          path, mode, shownEncoding, handler, null, charset, FileStreams.output(p, kind));
    } catch (IOException e) {
      throw OsErrors.translate(e, path);
    }
  }

  /** Validates a mode string; returns its kind: r, w, a or x. */
  private static char parseMode(String mode) {
    char kind = 0;
    int seen = 0;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      int bit = "rwaxbt+".indexOf(c);
      if (bit < 0 || (seen & (1 << bit)) != 0) {
        throw PyException.valueError("invalid mode: '" + mode + "'");
      }
      seen |= 1 << bit;
      if (bit < 4) {
        if (kind != 0) {
          throw PyException.valueError(
              "must have exactly one of create/read/write/append mode");
        }
        kind = c;
      }
    }
    if (kind == 0) {
      throw PyException.valueError(
          "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (mode.indexOf('b') >= 0 && mode.indexOf('t') >= 0) {
      throw PyException.valueError("can't have text and binary mode at once");
    }
    if (mode.indexOf('+') >= 0) {
      throw PyException.valueError("update mode ('+') is not supported by pygen");
    }
    return kind;
  }

  /** The charset of a Python encoding name such as {@code latin-1}; LookupError if unknown. */
  private static Charset charset(String encoding) {
    return encoding == null ? StandardCharsets.UTF_8 : Codecs.fileCharset(encoding);
  }

  /** The path the file was opened with. */
  public String name() {
    return name;
  }

  /** Whether {@code close()} has been called. */
  public synchronized boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw PyException.valueError("I/O operation on closed file.");
    }
  }

  private void checkReadable() {
    checkOpen();
    if (in == null) {
      throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "not readable");
    }
  }

  private void checkWritable() {
    checkOpen();
    if (writer == null) {
      throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "not writable");
    }
  }

  // ------------------------------------------------------------------ reading

  /** The next raw character, or -1 at end of file. */
  private int rawChar() {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  /**
   * Reads and decodes the next chunk into the empty buffer; false at end of file. At the end of
   * the file nothing is remembered: a later read sees what was appended since, as in CPython.
   */
  private boolean fill() {
    return fill(BUFFER);
  }

  /** {@link #fill()} reading up to {@code sizeHint} bytes when that is more than a chunk. */
  private boolean fill(int sizeHint) {
    position = 0;
    limit = 0;
    int want = Math.max(BUFFER, Math.min(sizeHint, MAX_CHUNK));
    ensureChunkRoom(want);
    while (limit == 0) {
      int n;
      try {
        n = in.read(bytes, undecoded, Math.min(want, bytes.length - undecoded));
      } catch (IOException e) {
        throw OsErrors.translate(e, null);
      }
      if (n < 0) {
        if (undecoded > 0) {
          byte[] rest = java.util.Arrays.copyOf(bytes, undecoded);
          undecoded = 0; // the file ends inside a character
          if (errors.equals("strict")) {
            throw decodeError(rest);
          }
          String tail = Codecs.decode(rest, encoding, errors);
          if (tail.isEmpty()) {
            return false;
          }
          CharBuffer text = roomFor(CharBuffer.wrap(buffer), tail.length());
          text.put(tail);
          limit = text.position();
          return true;
        }
        return false;
      }
      decodeChunk(n);
    }
    return true;
  }

  /** Grows the byte and character buffers to take a chunk of {@code want} bytes. */
  private void ensureChunkRoom(int want) {
    if (bytes.length < want + SPLIT_CHARACTER) {
      bytes = java.util.Arrays.copyOf(bytes, want + SPLIT_CHARACTER);
      buffer = new char[(int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte())];
    }
  }

  /**
   * Decodes the undecoded bytes plus {@code n} more just read into the empty character buffer;
   * the bytes of a character split at the end wait for the next chunk.
   */
  private void decodeChunk(int n) {
    int total = undecoded + n;
    ByteBuffer chunk = ByteBuffer.wrap(bytes, 0, total);
    CharBuffer text = CharBuffer.wrap(buffer);
    while (true) {
      CoderResult result = decoder.decode(chunk, text, false);
      if (result.isOverflow()) {
        text = roomFor(text, 64); // only after a handler's text took the room
        continue;
      }
      if (!result.isError()) {
        break;
      }
      if (errors.equals("strict")) {
        byte[] whole = java.util.Arrays.copyOf(bytes, total);
        undecoded = 0;
        throw decodeError(whole);
      }
      int at = chunk.position();
      int end = Codecs.badBytesEnd(encoding, bytes, at, total, result.length());
      if (end < 0) {
        break; // maybe a character the next chunk completes
      }
      String replacement = Codecs.decodeReplacement(errors, bytes, at, end);
      text = roomFor(text, replacement.length());
      text.put(replacement);
      chunk.position(end);
    }
    undecoded = chunk.remaining();
    System.arraycopy(bytes, chunk.position(), bytes, 0, undecoded);
    position = 0;
    limit = text.position();
  }

  /**
   * {@code text} (over {@link #buffer}) with room for {@code more} characters, moving to a
   * larger buffer if need be: an error handler's text can be longer than the bytes it replaces.
   */
  private CharBuffer roomFor(CharBuffer text, int more) {
    if (text.remaining() >= more) {
      return text;
    }
    buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, text.position() + more));
    CharBuffer larger = CharBuffer.wrap(buffer);
    larger.position(text.position());
    return larger;
  }

  /**
   * {@code read(n)} for a large n with nothing buffered, in UTF-8: reads the bytes and, when they
   * are all ASCII without a '\r' (the common case), makes the String from them directly, in two
   * vectorised passes instead of decoding to characters first. Returns null otherwise, with the
   * bytes decoded into the buffer for the general path (also when fewer came: end of file).
   */
  private String readAsciiDirectly(int n) {
    ensureChunkRoom(n);
    int got = 0;
    try {
      while (got < n) {
        int r = in.read(bytes, got, n - got);
        if (r < 0) {
          break;
        }
        got += r;
      }
    } catch (IOException e) {
      throw OsErrors.translate(e, null);
    }
    if (got == 0) {
      return "";
    }
    String s = new String(bytes, 0, got, StandardCharsets.UTF_8);
    // As many characters as bytes and no replacement character: every byte was ASCII.
    if (s.length() == got && s.indexOf('\uFFFD') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    decodeChunk(got);
    return null;
  }

  /**
   * The UnicodeDecodeError for a chunk that does not decode, worded as bytes.decode words it
   * (the byte, its position in the chunk, why), as CPython's TextIOWrapper reports its chunk's.
   */
  private PyException decodeError(byte[] chunk) {
    try {
      Codecs.decode(chunk, encoding, "strict");
    } catch (PyException e) {
      return e;
    }
    return PyException.of(
        PyExceptionType.UNICODE_DECODE_ERROR,
        "'" + encoding.toLowerCase() + "' codec can't decode the file: invalid data");
  }

  /** The next character with newlines translated, or -1 at end of file. */
  private int nextChar() {
    int c = rawChar();
    if (c == '\r') {
      int d = rawChar();
      if (d != '\n' && d != -1) {
        position--; // rawChar just filled or advanced the buffer, so d is still there
      }
      return '\n';
    }
    return c;
  }

  /** {@code f.read(n)}: up to n characters, or everything when n is negative. */
  public synchronized String read(long n) {
    checkReadable();
    // The characters gather in a char array, turned into a String once at the end: both copies
    // are bulk (the String constructor compresses Latin-1 text in one vectorised pass), where a
    // StringBuilder would check every character as it is appended.
    if (n >= BUFFER
        && n <= MAX_CHUNK
        && position >= limit
        && undecoded == 0
        && decoder.charset() == StandardCharsets.UTF_8) {
      String direct = readAsciiDirectly((int) n);
      if (direct != null) {
        return direct;
      }
    }
    char[] out = new char[n < 0 ? 8192 : (int) Math.min(n, 1 << 16)];
    int length = 0;
    while (n < 0 || length < n) {
      if (position >= limit && !fill((int) Math.min(n < 0 ? 1 << 16 : n - length, MAX_CHUNK))) {
        break;
      }
      // Copy the buffered run up to the next '\r' at once; only a '\r' needs translating.
      if (position < limit) {
        int end = n < 0 ? limit : (int) Math.min(limit, position + (n - length));
        int run = position;
        while (run < end && buffer[run] != '\r') {
          run++;
        }
        int count = run - position;
        out = ensureRoom(out, length, count);
        System.arraycopy(buffer, position, out, length, count);
        length += count;
        position = run;
        if (run == end) {
          continue;
        }
      }
      int c = nextChar();
      if (c < 0) {
        break;
      }
      out = ensureRoom(out, length, 1);
      out[length++] = (char) c;
    }
    return new String(out, 0, length);
  }

  /** {@code chars}, or a copy at least twice as big, with room for {@code more} after length. */
  private static char[] ensureRoom(char[] chars, int length, int more) {
    if (length + more <= chars.length) {
      return chars;
    }
    return java.util.Arrays.copyOf(chars, Math.max(length + more, 2 * chars.length));
  }

  /** {@code f.readline()}: the next line with its newline, or "" at end of file. */
  public synchronized String readLine(long limitChars) {
    checkReadable();
    StringBuilder sb = new StringBuilder(80);
    while (limitChars < 0 || sb.length() < limitChars) {
      // Copy the buffered run up to a line end at once; a line end goes through nextChar.
      if (position < limit) {
        int end =
            limitChars < 0
                ? limit
                : (int) Math.min(limit, position + (limitChars - sb.length()));
        int run = position;
        while (run < end && buffer[run] != '\n' && buffer[run] != '\r') {
          run++;
        }
        sb.append(buffer, position, run - position);
        position = run;
        if (run == end) {
          continue;
        }
      }
      int c = nextChar();
      if (c < 0) {
        break;
      }
      sb.append((char) c);
      if (c == '\n') {
        break;
      }
    }
    return sb.toString();
  }

  @Override
  public Object next(ThreadState ts) {
    String line = readLine(-1);
    return line.isEmpty() ? DONE : line;
  }

  // ------------------------------------------------------------------ writing

  /** {@code f.write(s)}: returns the number of characters written. */
  public synchronized long write(String s) {
    checkWritable();
    try {
      if (Codecs.encodesCleanly(s, writeCheck)) {
        writer.write(s);
      } else {
        // Encoded here, as CPython encodes each write: strict raises UnicodeEncodeError with
        // nothing written; another handler's bytes follow the text written before.
        byte[] data = Codecs.encode(s, encoding, errors).data();
        writer.flush();
        rawOut.write(data);
      }
    } catch (IOException e) {
      throw OsErrors.translate(e, null);
    }
    return s.length();
  }

  /** Writes buffered text to the file. */
  public synchronized void flush() {
    checkOpen();
    if (writer != null) {
      try {
        writer.flush();
      } catch (IOException e) {
        throw OsErrors.translate(e, null);
      }
    }
  }

  /** Closes the file, flushing pending writes; closing twice is harmless. */
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (runtime != null) {
      runtime.fileClosed(this);
    }
    try {
      if (writer != null) {
        writer.close();
      }
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      throw OsErrors.translate(e, null);
    } finally {
      cleanable.clean(); // the streams are closed: nothing left for the cleaner to do
    }
  }

  /** Flushes pending writes of an open file, ignoring errors (for {@link PyRuntime#flush}). */
  synchronized void flushQuietly() {
    if (!closed && writer != null) {
      try {
        writer.flush();
      } catch (IOException ignored) {
        // Reported when the script itself flushes or closes the file.
      }
    }
  }

  // ------------------------------------------------------------------ Python face

  private static final Map<String, BuiltinMethod> METHODS =
      Map.ofEntries(
          Map.entry("read", (ts, self, args, kw) -> {
            Args.count("read", args, kw, 0, 1);
            return ((PyFile) self).read(args.length == 0 ? -1 : Args.index(args[0], -1));
          }),
          Map.entry("readline", (ts, self, args, kw) -> {
            Args.count("readline", args, kw, 0, 1);
            return ((PyFile) self).readLine(args.length == 0 ? -1 : Args.index(args[0], -1));
          }),
          Map.entry("readlines", (ts, self, args, kw) -> {
            Args.count("readlines", args, kw, 0, 1);
            return ((PyFile) self).readLines(args.length == 0 ? -1 : Args.index(args[0], -1));
          }),
          Map.entry("write", (ts, self, args, kw) -> {
            Object s = Args.exactlyOne("write", args, kw);
            if (!(s instanceof String str)) {
              throw PyException.typeError(
                  "write() argument must be str, not " + Ops.typeName(s));
            }
            return ((PyFile) self).write(str);
          }),
          Map.entry("writelines", (ts, self, args, kw) -> {
            PyFile f = (PyFile) self;
            PyIterator it = Ops.iter(ts, Args.exactlyOne("writelines", args, kw));
            for (Object v = it.next(ts); v != DONE; v = it.next(ts)) {
              if (!(v instanceof String str)) {
                throw PyException.typeError(
                    "write() argument must be str, not " + Ops.typeName(v));
              }
              f.write(str);
            }
            return PyNone.NONE;
          }),
          Map.entry("close", (ts, self, args, kw) -> {
            Args.none("close", args, kw);
            ((PyFile) self).close();
            return PyNone.NONE;
          }),
          Map.entry("flush", (ts, self, args, kw) -> {
            Args.none("flush", args, kw);
            ((PyFile) self).flush();
            return PyNone.NONE;
          }),
          Map.entry("readable", (ts, self, args, kw) -> {
            PyFile f = (PyFile) self;
            f.checkOpen();
            return f.in != null;
          }),
          Map.entry("writable", (ts, self, args, kw) -> {
            PyFile f = (PyFile) self;
            f.checkOpen();
            return f.writer != null;
          }),
          Map.entry("__enter__", (ts, self, args, kw) -> {
            ((PyFile) self).checkOpenSynchronized();
            return self;
          }),
          Map.entry("__exit__", (ts, self, args, kw) -> {
            ((PyFile) self).close();
            return Boolean.FALSE;
          }),
          Map.entry("__iter__", (ts, self, args, kw) -> {
            ((PyFile) self).checkOpenSynchronized();
            return self;
          }),
          Map.entry("__next__", (ts, self, args, kw) -> ((PyFile) self).nextOrRaise(ts)));

  private synchronized void checkOpenSynchronized() {
    checkOpen();
  }

  /** {@code f.readlines()}: the remaining lines (stopping once {@code hint} chars are read). */
  public synchronized PyList readLines(long hint) {
    checkReadable();
    List<Object> lines = new ArrayList<>();
    long total = 0;
    while (true) {
      String line = readLine(-1);
      if (line.isEmpty()) {
        break;
      }
      lines.add(line);
      total += line.length();
      if (hint > 0 && total >= hint) {
        break;
      }
    }
    return PyList.fromList(lines);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "closed":
        return isClosed();
      case "name":
        return name;
      case "mode":
        return mode;
      case "encoding":
        return encoding;
      case "errors":
        return errors;
      default:
        BuiltinMethod m = METHODS.get(attr);
        return m == null ? null : new PyBuiltinMethod(this, attr, m);
    }
  }

  @Override
  public String typeName() {
    return "_io.TextIOWrapper";
  }

  @Override
  public String toString() {
    return "<_io.TextIOWrapper name="
        + Ops.repr(name)
        + " mode="
        + Ops.repr(mode)
        + " encoding="
        + Ops.repr(encoding)
        + ">";
  }
}
