package org.pygen.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file opened by {@code open()} in binary mode ({@code rb}, {@code wb}, {@code ab}, {@code
 * xb}): reads give {@code bytes}, writes take bytes-like values, and {@code seek}/{@code tell}
 * work in byte offsets. Writes go straight to the file, so nothing is lost when a script
 * forgets to close the file; reads go through a small buffer. Every operation is synchronized.
 */
final class PyBinaryFile implements HasAttributes, PyIterator, PyObjectTyped {
  private static final int BUFFER = 8192;
  /** Closes channels of files that scripts dropped without closing (see {@link PyFile}). */
  private static final Cleaner CLEANER = Cleaner.create();

  private final String name;
  private final String mode;
  private final boolean readable;
  private final SeekableByteChannel channel;
  private final ByteBuffer buffer;
  private boolean closed;
  private final Cleaner.Cleanable cleanable;

  private PyBinaryFile(
      String name, String mode, boolean readable, SeekableByteChannel channel) {
    this.name = name;
    this.mode = mode;
    this.readable = readable;
    this.channel = channel;
    this.buffer = ByteBuffer.allocate(readable ? BUFFER : 0);
    buffer.flip(); // empty: nothing read yet
    this.cleanable = CLEANER.register(this, new ChannelCloser(channel));
  }

  /** Closes a dropped file's channel; must not refer to the file object itself. */
  private static final class ChannelCloser implements Runnable {
    private final SeekableByteChannel channel;

    ChannelCloser(SeekableByteChannel channel) {
      this.channel = channel;
    }

    @Override
    public void run() {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nobody is left to report to: the script dropped the file.
      }
    }
  }

  /**
   * Opens {@code path} in binary mode; {@code kind} is one of r, w, a, x and {@code mode} the
   * string the script gave, kept for {@code f.mode}.
   */
  static PyBinaryFile open(String path, char kind, String mode, FilePolicy policy) {
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
    try {
      return new PyBinaryFile(path, mode, kind == 'r', FileStreams.channel(p, kind));
    } catch (IOException e) {
      throw OsErrors.translate(e, path);
    }
  }

  private static PyException ioError(IOException e) {
    return OsErrors.translate(e, null);
  }

  /**
   * Fails on a closed file with the wording CPython's buffered file uses for {@code operation}
   * (each operation words it differently, e.g. "read of closed file").
   */
  private void checkOpen(String message) {
    if (closed) {
      throw PyException.valueError(message);
    }
  }

  /** Reading a write-only file fails first, even when it is closed, as in CPython. */
  private void checkReadable(String operation) {
    if (!readable) {
      throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "read");
    }
    checkOpen(operation + " of closed file");
  }

  private void checkWritable() {
    if (readable) {
      throw PyException.of(PyExceptionType.UNSUPPORTED_OPERATION, "write");
    }
    checkOpen("write to closed file");
  }

  // ------------------------------------------------------------------ reading

  /** Refills the buffer when it is used up; false at end of file. */
  private boolean fill() {
    if (buffer.hasRemaining()) {
      return true;
    }
    buffer.clear();
    try {
      int n = channel.read(buffer);
      buffer.flip();
      return n > 0;
    } catch (IOException e) {
      buffer.flip();
      throw ioError(e);
    }
  }

  /** {@code f.read(n)}: up to n bytes, or everything left when n is negative. */
  synchronized PyBytes read(long n) {
    checkReadable("read");
    ByteArrayOutputStream out = new ByteArrayOutputStream(n < 0 ? 256 : (int) Math.min(n, BUFFER));
    while ((n < 0 || out.size() < n) && fill()) {
      int take = n < 0 ? buffer.remaining() : (int) Math.min(buffer.remaining(), n - out.size());
      out.write(buffer.array(), buffer.position(), take);
      buffer.position(buffer.position() + take);
    }
    return PyBytes.wrap(out.toByteArray());
  }

  /** {@code f.readline(limit)}: bytes up to and including the next {@code \n}. */
  synchronized PyBytes readLine(long limit) {
    checkReadable("readline");
    ByteArrayOutputStream out = new ByteArrayOutputStream(80);
    while ((limit < 0 || out.size() < limit) && fill()) {
      byte b = buffer.get();
      out.write(b);
      if (b == '\n') {
        break;
      }
    }
    return PyBytes.wrap(out.toByteArray());
  }

  /** {@code f.readlines(hint)}: the remaining lines, stopping once {@code hint} bytes are read. */
  synchronized PyList readLines(long hint) {
    checkReadable("readline");
    List<Object> lines = new ArrayList<>();
    long total = 0;
    while (true) {
      PyBytes line = readLine(-1);
      if (line.size() == 0) {
        break;
      }
      lines.add(line);
      total += line.size();
      if (hint > 0 && total >= hint) {
        break;
      }
    }
    return PyList.fromList(lines);
  }

  @Override
  public Object next(ThreadState ts) {
    PyBytes line = readLine(-1);
    return line.size() == 0 ? DONE : line;
  }

  // ------------------------------------------------------------------ writing and seeking

  /** {@code f.write(b)}: returns the number of bytes written. */
  synchronized long write(Object value) {
    checkWritable();
    if (!(value instanceof PyBytes b)) {
      throw PyException.typeError(
          "a bytes-like object is required, not '" + Ops.typeName(value) + "'");
    }
    try {
      ByteBuffer src = ByteBuffer.wrap(b.data());
      while (src.hasRemaining()) {
        channel.write(src);
      }
    } catch (IOException e) {
      throw ioError(e);
    }
    return b.size();
  }

  /** {@code f.tell()}: the byte offset the next read or write uses. */
  synchronized long tell() {
    checkOpen("I/O operation on closed file");
    try {
      return channel.position() - buffer.remaining();
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /** {@code f.seek(offset, whence)}: whence 0 from the start, 1 from here, 2 from the end. */
  synchronized long seek(long offset, long whence) {
    checkOpen("seek of closed file");
    try {
      long base;
      switch ((int) whence) {
        case 0:
          base = 0;
          break;
        case 1:
          base = channel.position() - buffer.remaining();
          break;
        case 2:
          base = channel.size();
          break;
        default:
          throw invalidArgument();
      }
      long target = base + offset;
      if (target < 0) {
        throw invalidArgument();
      }
      buffer.position(buffer.limit()); // drop what was read ahead
      channel.position(target);
      return target;
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  private static PyException invalidArgument() {
    return new PyException(
        new PyBaseException(PyExceptionType.OS_ERROR, 22L, "Invalid argument"));
  }

  /** Closes the file; closing twice is harmless. */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      throw ioError(e);
    } finally {
      cleanable.clean();
    }
  }

  // ------------------------------------------------------------------ Python face

  private static long optionalSize(String method, Object[] args, String[] kw) {
    Args.count(method, args, kw, 0, 1);
    return args.length == 0 ? -1 : Args.index(args[0], -1);
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.ofEntries(
          Map.entry("read", (ts, self, args, kw) ->
              ((PyBinaryFile) self).read(optionalSize("read", args, kw))),
          Map.entry("readline", (ts, self, args, kw) ->
              ((PyBinaryFile) self).readLine(optionalSize("readline", args, kw))),
          Map.entry("readlines", (ts, self, args, kw) ->
              ((PyBinaryFile) self).readLines(optionalSize("readlines", args, kw))),
          Map.entry("write", (ts, self, args, kw) ->
              ((PyBinaryFile) self).write(Args.exactlyOne("write", args, kw))),
          Map.entry("writelines", (ts, self, args, kw) -> {
            PyBinaryFile f = (PyBinaryFile) self;
            PyIterator it = Ops.iter(ts, Args.exactlyOne("writelines", args, kw));
            for (Object v = it.next(ts); v != DONE; v = it.next(ts)) {
              f.write(v);
            }
            return PyNone.NONE;
          }),
          Map.entry("tell", (ts, self, args, kw) -> {
            Args.none("tell", args, kw);
            return ((PyBinaryFile) self).tell();
          }),
          Map.entry("seek", (ts, self, args, kw) -> {
            Args.count("seek", args, kw, 1, 2);
            return ((PyBinaryFile) self)
                .seek(Args.index(args[0], 0), args.length > 1 ? Args.index(args[1], 0) : 0);
          }),
          Map.entry("close", (ts, self, args, kw) -> {
            Args.none("close", args, kw);
            ((PyBinaryFile) self).close();
            return PyNone.NONE;
          }),
          Map.entry("flush", (ts, self, args, kw) -> {
            Args.none("flush", args, kw);
            PyBinaryFile f = (PyBinaryFile) self;
            f.checkOpenSynchronized(
                f.readable ? "I/O operation on closed file." : "flush of closed file");
            return PyNone.NONE;
          }),
          Map.entry("readable", (ts, self, args, kw) -> {
            PyBinaryFile f = (PyBinaryFile) self;
            f.checkOpenSynchronized("I/O operation on closed file");
            return f.readable;
          }),
          Map.entry("writable", (ts, self, args, kw) -> {
            PyBinaryFile f = (PyBinaryFile) self;
            f.checkOpenSynchronized("I/O operation on closed file");
            return !f.readable;
          }),
          Map.entry("seekable", (ts, self, args, kw) -> {
            ((PyBinaryFile) self).checkOpenSynchronized("I/O operation on closed file");
            return Boolean.TRUE;
          }),
          Map.entry("__enter__", (ts, self, args, kw) -> {
            ((PyBinaryFile) self).checkOpenSynchronized("I/O operation on closed file.");
            return self;
          }),
          Map.entry("__exit__", (ts, self, args, kw) -> {
            ((PyBinaryFile) self).close();
            return Boolean.FALSE;
          }),
          Map.entry("__iter__", (ts, self, args, kw) -> {
            ((PyBinaryFile) self).checkOpenSynchronized("I/O operation on closed file.");
            return self;
          }),
          Map.entry("__next__", (ts, self, args, kw) -> ((PyBinaryFile) self).nextOrRaise(ts)));

  private synchronized void checkOpenSynchronized(String message) {
    checkOpen(message);
  }

  private synchronized boolean isClosed() {
    return closed;
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
      default:
        BuiltinMethod m = METHODS.get(attr);
        return m == null ? null : new PyBuiltinMethod(this, attr, m);
    }
  }

  @Override
  public String typeName() {
    return readable ? "_io.BufferedReader" : "_io.BufferedWriter";
  }

  @Override
  public String toString() {
    return "<" + typeName() + " name=" + Ops.repr(name) + ">";
  }
}
