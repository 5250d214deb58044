package org.pygen.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code os} module, POSIX-flavoured on every platform: the path constants, {@code getcwd},
 * {@code listdir}, {@code remove}/{@code unlink}, {@code mkdir}, {@code makedirs}, {@code rmdir},
 * {@code environ}, {@code getenv} and {@code cpu_count}; {@code os.path} is the {@code os.path}
 * module. Every file-system access goes through the interpreter's file policy first, as {@code
 * open()} does (see {@link FileSystem}).
 *
 * <p>{@code environ} is a snapshot dict of the process environment, but only for scripts whose
 * file policy lets them read the whole file system (as {@code pygen run} and {@code
 * Builder.trusted()} do): they could read it anyway, from {@code /proc/self/environ}. Any other
 * policy shows an empty {@code environ}, so a sandboxed script learns no secrets from it.
 * Changing it changes what {@code getenv} reports, as in CPython, never the real environment.
 */
public final class OsModule {
  private OsModule() {}

  /** Builds the module for one runtime, whose file policy it consults for every access. */
  public static PyModule create(PyRuntime runtime) {
    FileSystem fs = new FileSystem(runtime);
    Map<String, String> environment = fs.readsEverything() ? System.getenv() : Map.of();
    PyModule m = new PyModule("os");
    m.define("path", runtime.importModule("os.path"));
    m.define("name", "posix");
    m.define("sep", "/");
    m.define("altsep", PyNone.NONE);
    m.define("curdir", ".");
    m.define("pardir", "..");
    m.define("extsep", ".");
    m.define("pathsep", ":");
    m.define("linesep", "\n");
    m.define("devnull", "/dev/null");
    PyDict environ = new PyDict();
    // Sorted, so that iterating the snapshot does not depend on the JVM's map order.
    new TreeMap<>(environment).forEach(environ::put);
    m.define("environ", environ);
    define(m, "getenv", (ts, a, kw) -> {
      Object[] p = Params.function("getenv", 1, "key", "default").bind(a, kw);
      if (!(p[0] instanceof String)) {
        throw PyException.typeError("str expected, not " + Ops.typeName(p[0]));
      }
      Object v = environ.getOrNull(p[0]);
      return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
    });
    define(m, "getcwd", (ts, a, kw) -> {
      Params.none("posix.getcwd", a, kw);
      return fs.currentDirectory();
    });
    define(m, "cpu_count", (ts, a, kw) -> {
      Params.none("posix.cpu_count", a, kw);
      return (long) Runtime.getRuntime().availableProcessors();
    });
    define(m, "listdir", (ts, a, kw) -> listdir(fs, a, kw));
    PyCallable remove = (ts, a, kw) -> remove(fs, a, kw);
    define(m, "remove", remove);
    define(m, "unlink", remove);
    define(m, "rmdir", (ts, a, kw) -> rmdir(fs, a, kw));
    define(m, "mkdir", (ts, a, kw) -> {
      Object[] p = bindClinic("mkdir", a, kw, "path", "mode", "dir_fd");
      mkdir(fs, FileSystem.pathArgument("mkdir", p[0], false));
      return PyNone.NONE;
    });
    define(m, "makedirs", (ts, a, kw) -> {
      Object[] p = Params.function("makedirs", 1, "name", "mode", "exist_ok").bind(a, kw);
      makedirs(fs, FileSystem.fspath(p[0]), p[2] != null && Ops.isTrue(p[2]));
      return PyNone.NONE;
    });
    return m;
  }

  private static void define(PyModule m, String name, PyCallable body) {
    m.define(name, new PyBuiltinFunction(name, body));
  }

  /**
   * Binds the arguments of a C-level os function whose first parameter is required, with
   * Argument Clinic's messages ({@code remove() missing required argument 'path' (pos 1)}).
   */
  private static Object[] bindClinic(String name, Object[] args, String[] kw, String... names) {
    int nKw = kw == null ? 0 : kw.length;
    int nPos = args.length - nKw;
    // Only the first two parameters of mkdir, and the first of the others, are positional.
    int maxPositional = name.equals("mkdir") ? 2 : 1;
    if (nPos > maxPositional) {
      throw PyException.typeError(
          name + "() takes at most " + maxPositional + " argument" + (maxPositional == 1 ? "" : "s")
              + " (" + nPos + " given)");
    }
    Object[] slots = new Object[names.length];
    System.arraycopy(args, 0, slots, 0, nPos);
    for (int k = 0; k < nKw; k++) {
      int slot = List.of(names).indexOf(kw[k]);
      if (slot < 0) {
        throw PyException.typeError(
            "'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
      }
      if (slots[slot] != null) {
        throw PyException.typeError(
            "argument for " + name + "() given by name ('" + kw[k] + "') and position ("
                + (slot + 1) + ")");
      }
      slots[slot] = args[nPos + k];
    }
    if (slots[0] == null) {
      throw PyException.typeError(
          name + "() missing required argument '" + names[0] + "' (pos 1)");
    }
    for (int i = 1; i < names.length; i++) {
      if (names[i].equals("dir_fd") && slots[i] != null && slots[i] != PyNone.NONE) {
        throw PyException.of(
            PyExceptionType.NOT_IMPLEMENTED_ERROR, "dir_fd unavailable on this platform");
      }
    }
    return slots;
  }

  private static Object listdir(FileSystem fs, Object[] args, String[] kw) {
    if (kw != null && kw.length > 0 && !kw[0].equals("path")) {
      throw PyException.typeError(
          "'" + kw[0] + "' is an invalid keyword argument for listdir()");
    }
    if (args.length > 1) {
      throw PyException.typeError("listdir() takes at most 1 argument (" + args.length
          + " given)");
    }
    Object arg = args.length == 0 || args[0] == PyNone.NONE ? "." : args[0];
    if (!(arg instanceof String path)) {
      throw PyException.typeError(
          "listdir: path should be string, bytes, os.PathLike, integer or None, not "
              + Ops.typeName(arg));
    }
    Path dir = fs.resolve(path, false);
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    } catch (IOException e) {
      throw FileSystem.translate(e, path);
    }
    // CPython lists in the directory's own order, which no program can rely on; sorted is one
    // such order, and the same on every platform.
    Collections.sort(names);
    return PyList.fromList(names);
  }

  private static Object remove(FileSystem fs, Object[] args, String[] kw) {
    Object[] p = bindClinic("remove", args, kw, "path", "dir_fd");
    String path = FileSystem.pathArgument("remove", p[0], false);
    Path target = fs.resolve(path, true);
    // unlink(2) refuses a directory (Linux: EISDIR); Files.delete would remove an empty one.
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw FileSystem.isADirectory(path);
    }
    try {
      Files.delete(target);
    } catch (IOException e) {
      throw FileSystem.translate(e, path);
    }
    return PyNone.NONE;
  }

  private static Object rmdir(FileSystem fs, Object[] args, String[] kw) {
    Object[] p = bindClinic("rmdir", args, kw, "path", "dir_fd");
    String path = FileSystem.pathArgument("rmdir", p[0], false);
    Path target = fs.resolve(path, true);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw FileSystem.notADirectory(path);
    }
    try {
      Files.delete(target);
    } catch (IOException e) {
      throw FileSystem.translate(e, path);
    }
    return PyNone.NONE;
  }

  private static void mkdir(FileSystem fs, String path) {
    Path target = fs.resolve(path, true);
    try {
      Files.createDirectory(target);
    } catch (IOException e) {
      throw FileSystem.translate(e, path);
    }
  }

  /** {@code makedirs}, as CPython's Python code does it: parents first, each through the policy. */
  private static void makedirs(FileSystem fs, String name, boolean existOk) {
    org.pygen.runtime.PyTuple parts = OsPathModule.split(name);
    String head = (String) parts.get(0);
    String tail = (String) parts.get(1);
    if (tail.isEmpty()) {
      parts = OsPathModule.split(head);
      head = (String) parts.get(0);
      tail = (String) parts.get(1);
    }
    if (!head.isEmpty() && !tail.isEmpty() && !exists(fs, head)) {
      try {
        makedirs(fs, head, existOk);
      } catch (PyException e) {
        // Another thread may have made it meanwhile, as CPython tolerates.
        if (!e.isInstance(PyExceptionType.FILE_EXISTS_ERROR)) {
          throw e;
        }
      }
      if (tail.equals(".")) {
        return;
      }
    }
    try {
      mkdir(fs, name);
    } catch (PyException e) {
      // Cannot rely on checking for the directory first: only a refused or failed mkdir of an
      // existing directory is fine, and only when exist_ok says so.
      if (!existOk || !isDirectory(fs, name)) {
        throw e;
      }
    }
  }

  private static boolean exists(FileSystem fs, String path) {
    try {
      return Files.exists(fs.resolve(path, false));
    } catch (PyException e) {
      return false;
    }
  }

  private static boolean isDirectory(FileSystem fs, String path) {
    try {
      return Files.isDirectory(fs.resolve(path, false));
    } catch (PyException e) {
      return false;
    }
  }
}
