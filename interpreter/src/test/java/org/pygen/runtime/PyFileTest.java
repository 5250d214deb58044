package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** open() and file objects, with expectations taken from CPython 3.11. */
class PyFileTest {
  private final RuntimeFixture rt = new RuntimeFixture();

  @TempDir Path dir;

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  private Object open(String name, String mode) {
    return rt.builtin("open", path(name), mode);
  }

  private String error(Runnable r) {
    return assertThrows(PyException.class, r::run).exceptionLine();
  }

  @Test
  void readingTranslatesEveryNewlineConvention() throws IOException {
    Files.writeString(dir.resolve("crlf.txt"), "a\r\nb\rc\nd");
    Object f = open("crlf.txt", "r");
    assertEquals("'a\\nb\\nc\\nd'", Ops.repr(rt.method(f, "read")));
    rt.method(f, "close");

    f = open("crlf.txt", "r");
    assertEquals("'a\\n'", Ops.repr(rt.method(f, "readline")));
    assertEquals("'b\\n'", Ops.repr(rt.method(f, "readline")));
    assertEquals("'c\\n'", Ops.repr(rt.method(f, "read", 2L)));
    assertEquals("['d']", Ops.repr(rt.method(f, "readlines")));
    rt.method(f, "close");

    assertEquals("['a\\n', 'b\\n', 'c\\n', 'd']", Ops.repr(rt.builtin("list",
        open("crlf.txt", "r"))));
  }

  @Test
  void readCountsCharactersNotBytes() throws IOException {
    Files.writeString(dir.resolve("u.txt"), "héllo wörld\n€uro\n", StandardCharsets.UTF_8);
    Object f = open("u.txt", "r");
    assertEquals("'hél'", Ops.repr(rt.method(f, "read", 3L)));
    assertEquals("'lo wörld\\n€uro\\n'", Ops.repr(rt.method(f, "read", 100L)));
    assertEquals("''", Ops.repr(rt.method(f, "read")));
    assertEquals("''", Ops.repr(rt.method(f, "readline")));
    assertEquals(false, Ops.getAttr(rt.ts, f, "closed"));
    rt.method(f, "close");
    assertEquals(true, Ops.getAttr(rt.ts, f, "closed"));
  }

  @Test
  void writingIsBufferedUntilCloseAndAppendAppends() throws IOException {
    Object f = open("w.txt", "w");
    assertEquals(3L, rt.method(f, "write", "abc"));
    assertEquals(2L, rt.method(f, "write", "é\n"));
    rt.method(f, "writelines", PyList.of("x", "y\n"));
    rt.method(f, "close");
    assertEquals("abcé\nxy\n", Files.readString(dir.resolve("w.txt")));

    Object g = open("w.txt", "a");
    rt.method(g, "write", "more\n");
    rt.method(g, "close");
    assertEquals("'abcé\\nxy\\nmore\\n'", Ops.repr(rt.method(open("w.txt", "r"), "read")));

    Object h = open("w.txt", "r");
    Object out = open("print.txt", "w");
    rt.builtinKw("print", new Object[] {"to", "file", out}, new String[] {"file"});
    rt.method(out, "close");
    assertEquals("to file\n", Files.readString(dir.resolve("print.txt")));
    // CPython raises io.UnsupportedOperation, a subclass of OSError and ValueError.
    PyException notWritable = assertThrows(PyException.class, () -> rt.method(h, "write", "x"));
    assertTrue(notWritable.isInstance(PyExceptionType.OS_ERROR));
    assertEquals("not writable", notWritable.value().message());
  }

  @Test
  void aFileNeverClosedIsFlushedWhenTheRuntimeFlushes() throws IOException {
    Object f = open("unclosed.txt", "w");
    rt.method(f, "write", "kept");
    assertEquals("", Files.readString(dir.resolve("unclosed.txt")));
    rt.runtime.flush();
    assertEquals("kept", Files.readString(dir.resolve("unclosed.txt")));
    rt.method(f, "close");
    rt.runtime.flush(); // a closed file is forgotten, not flushed again
  }

  @Test
  void contextManagerProtocolClosesTheFile() throws IOException {
    Files.writeString(dir.resolve("c.txt"), "line\n");
    Object f = open("c.txt", "r");
    Object entered = rt.method(f, "__enter__");
    assertEquals(f, entered);
    assertEquals("'line\\n'", Ops.repr(rt.method(entered, "readline")));
    assertEquals(false, rt.method(f, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE));
    assertEquals(true, Ops.getAttr(rt.ts, f, "closed"));
    assertEquals("ValueError: I/O operation on closed file.", error(() -> rt.method(f, "read")));
    assertEquals("ValueError: I/O operation on closed file.",
        error(() -> rt.method(f, "__enter__")));
  }

  @Test
  void openErrorsUseCPythonMessages() throws IOException {
    String missing = path("nope.txt");
    assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'",
        error(() -> rt.builtin("open", missing)));
    assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'",
        error(() -> rt.builtin("open", dir.toString())));
    Files.writeString(dir.resolve("x.txt"), "");
    assertEquals("FileExistsError: [Errno 17] File exists: '" + path("x.txt") + "'",
        error(() -> open("x.txt", "x")));
    assertEquals("ValueError: invalid mode: 'q'", error(() -> open("x.txt", "q")));
    assertEquals("TypeError: expected str, bytes or os.PathLike object, not list",
        error(() -> rt.builtin("open", new PyList())));
  }

  @Test
  void reprNamesFileModeAndEncoding() throws IOException {
    Files.writeString(dir.resolve("r.txt"), "");
    Object f = rt.builtinKw("open", new Object[] {path("r.txt"), "r", "utf-8"},
        new String[] {"encoding"});
    assertEquals("<_io.TextIOWrapper name='" + path("r.txt") + "' mode='r' encoding='utf-8'>",
        Ops.repr(f));
    assertEquals("_io.TextIOWrapper", Ops.typeName(f));
  }
}
