package org.pygen.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;

/**
 * The {@code os.path} module, with CPython's {@code posixpath} rules on every platform (pygen's
 * {@code os} is POSIX-flavoured: {@code os.sep} is {@code /}). The string functions touch no
 * file; {@code exists}, {@code isfile}, {@code isdir}, {@code getsize} and {@code abspath} ask the
 * interpreter's file policy first, as {@code open()} does, and a path the policy refuses simply
 * does not exist for {@code exists}, as an unreadable path does not in CPython.
 */
public final class OsPathModule {
  private OsPathModule() {}

  /** Builds the module for one runtime, whose file policy it consults. */
  public static PyModule create(PyRuntime runtime) {
    FileSystem fs = new FileSystem(runtime);
    PyModule m = new PyModule("posixpath");
    m.define("sep", "/");
    m.define("curdir", ".");
    m.define("pardir", "..");
    m.define("extsep", ".");
    m.define("pathsep", ":");
    m.define("altsep", PyNone.NONE);
    m.define("devnull", "/dev/null");
    define(m, "join", (ts, a, kw) -> join(a, kw));
    define(m, "basename", (ts, a, kw) -> {
      String p = one("basename", a, kw);
      return p.substring(p.lastIndexOf('/') + 1);
    });
    define(m, "dirname", (ts, a, kw) -> split(one("dirname", a, kw)).get(0));
    define(m, "split", (ts, a, kw) -> split(one("split", a, kw)));
    define(m, "splitext", (ts, a, kw) -> splitext(one("splitext", a, kw)));
    define(m, "isabs", (ts, a, kw) -> one("isabs", a, kw).startsWith("/"));
    define(m, "normpath", (ts, a, kw) -> normpath(one("normpath", a, kw)));
    define(m, "abspath", (ts, a, kw) -> abspath(fs, one("abspath", a, kw)));
    define(m, "relpath", (ts, a, kw) -> relpath(fs, a, kw));
    define(m, "exists", (ts, a, kw) -> test(fs, "exists", a, kw, Files::exists));
    define(m, "isfile", (ts, a, kw) -> test(fs, "isfile", a, kw, Files::isRegularFile));
    define(m, "isdir", (ts, a, kw) -> test(fs, "isdir", a, kw, Files::isDirectory));
    define(m, "getsize", (ts, a, kw) -> getsize(fs, a, kw));
    return m;
  }

  private static void define(PyModule m, String name, PyCallable body) {
    m.define(name, new PyBuiltinFunction(name, body));
  }

  /** The one path argument of a function written in Python in CPython. */
  private static String one(String function, Object[] args, String[] kw) {
    Object p = Params.function(function, 1, function.equals("isabs") ? "s" : "p").bind(args, kw)[0];
    return FileSystem.fspath(p);
  }

  private static Object join(Object[] args, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyException.typeError("join() got an unexpected keyword argument '" + kw[0] + "'");
    }
    if (args.length == 0) {
      throw PyException.typeError("join() missing 1 required positional argument: 'a'");
    }
    StringBuilder path = new StringBuilder(FileSystem.fspath(args[0]));
    for (int i = 1; i < args.length; i++) {
      if (!(args[i] instanceof String b)) {
        throw PyException.typeError(
            "join() argument must be str, bytes, or os.PathLike object, not '"
                + org.pygen.runtime.Ops.typeName(args[i]) + "'");
      }
      if (b.startsWith("/")) {
        path.setLength(0);
        path.append(b);
      } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
        path.append(b);
      } else {
        path.append('/').append(b);
      }
    }
    return path.toString();
  }

  private static String join(List<String> parts) {
    return (String) join(parts.toArray(), null);
  }

  /** {@code split(p)}: (head, tail); the head loses trailing slashes unless it is all slashes. */
  static PyTuple split(String p) {
    int i = p.lastIndexOf('/') + 1;
    String head = p.substring(0, i);
    String tail = p.substring(i);
    if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
      int end = head.length();
      while (end > 0 && head.charAt(end - 1) == '/') {
        end--;
      }
      head = head.substring(0, end);
    }
    return PyTuple.of(head, tail);
  }

  /** {@code splitext(p)}: the extension starts at the last dot, unless the name only has dots. */
  private static PyTuple splitext(String p) {
    int sepIndex = p.lastIndexOf('/');
    int dotIndex = p.lastIndexOf('.');
    if (dotIndex > sepIndex) {
      for (int i = sepIndex + 1; i < dotIndex; i++) {
        if (p.charAt(i) != '.') {
          return PyTuple.of(p.substring(0, dotIndex), p.substring(dotIndex));
        }
      }
    }
    return PyTuple.of(p, "");
  }

  /** {@code normpath(p)}: collapses separators, {@code .} and {@code ..} as posixpath does. */
  static String normpath(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int initialSlashes = path.startsWith("/") ? 1 : 0;
    if (path.startsWith("//") && !path.startsWith("///")) {
      initialSlashes = 2; // POSIX leaves the meaning of exactly two leading slashes open
    }
    List<String> parts = new ArrayList<>();
    for (String comp : path.split("/", -1)) {
      if (comp.isEmpty() || comp.equals(".")) {
        continue;
      }
      boolean keep = !comp.equals("..")
          || (initialSlashes == 0 && parts.isEmpty())
          || (!parts.isEmpty() && parts.get(parts.size() - 1).equals(".."));
      if (keep) {
        parts.add(comp);
      } else if (!parts.isEmpty()) {
        parts.remove(parts.size() - 1);
      }
    }
    String result = "/".repeat(initialSlashes) + String.join("/", parts);
    return result.isEmpty() ? "." : result;
  }

  static String abspath(FileSystem fs, String path) {
    if (!path.startsWith("/")) {
      path = join(List.of(fs.currentDirectory(), path));
    }
    return normpath(path);
  }

  private static Object relpath(FileSystem fs, Object[] args, String[] kw) {
    Object[] a = Params.function("relpath", 1, "path", "start").bind(args, kw);
    String path = FileSystem.fspath(a[0]);
    if (path.isEmpty()) {
      throw PyException.valueError("no path specified");
    }
    String start = a[1] == null || a[1] == PyNone.NONE ? "." : FileSystem.fspath(a[1]);
    List<String> startParts = components(abspath(fs, start));
    List<String> pathParts = components(abspath(fs, path));
    int common = 0;
    while (common < startParts.size() && common < pathParts.size()
        && startParts.get(common).equals(pathParts.get(common))) {
      common++;
    }
    List<String> rel = new ArrayList<>();
    for (int i = common; i < startParts.size(); i++) {
      rel.add("..");
    }
    rel.addAll(pathParts.subList(common, pathParts.size()));
    return rel.isEmpty() ? "." : join(rel);
  }

  private static List<String> components(String path) {
    List<String> parts = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return parts;
  }

  /** A stat-based test: False when the path is missing, refused or invalid, as in CPython. */
  private static Object test(
      FileSystem fs, String name, Object[] args, String[] kw,
      java.util.function.Predicate<Path> check) {
    Object p = Params.function(name, 1, name.equals("isdir") ? "s" : "path").bind(args, kw)[0];
    if (p instanceof Long || p instanceof Boolean) {
      return Boolean.FALSE; // a file descriptor: pygen scripts have none
    }
    String path = FileSystem.pathArgument("stat", p, true);
    try {
      return check.test(fs.resolve(path, false));
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.OS_ERROR) || e.isInstance(PyExceptionType.VALUE_ERROR)) {
        return Boolean.FALSE;
      }
      throw e;
    }
  }

  private static Object getsize(FileSystem fs, Object[] args, String[] kw) {
    Object p = Params.function("getsize", 1, "filename").bind(args, kw)[0];
    String path = FileSystem.pathArgument("stat", p, true);
    try {
      return Files.size(fs.resolve(path, false));
    } catch (IOException e) {
      throw FileSystem.translate(e, path);
    }
  }
}
