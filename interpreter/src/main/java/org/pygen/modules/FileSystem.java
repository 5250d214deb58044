package org.pygen.modules;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.pygen.runtime.Ops;
import org.pygen.runtime.OsErrors;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyRuntime;

/**
 * The file-system side of the {@code os} and {@code os.path} modules. Every path a script names
 * is first given to the runtime's {@link org.pygen.runtime.FilePolicy}, exactly as {@code open()}
 * gives it, before anything touches the disk; Java's I/O errors become CPython's {@code OSError}
 * subclasses with their errno and message, for example {@code FileNotFoundError: [Errno 2] No
 * such file or directory: 'x'}.
 */
final class FileSystem {
  private final PyRuntime runtime;

  FileSystem(PyRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Where {@code path} leads under the policy; PermissionError when refused, ValueError for a
   * path Java cannot represent (a NUL character).
   */
  Path resolve(String path, boolean forWriting) {
    if (path.isEmpty()) {
      // Java reads "" as the current directory; the OS finds no such file.
      throw notFound(path);
    }
    try {
      Paths.get(path);
      return runtime.filePolicy().resolve(path, forWriting);
    } catch (InvalidPathException e) {
      throw PyException.valueError("embedded null byte");
    }
  }

  /** Whether the policy lets scripts read the file system from its root: full file access. */
  boolean readsEverything() {
    try {
      runtime.filePolicy().resolve("/", false);
      return true;
    } catch (PyException refused) {
      return false;
    }
  }

  /** {@code os.getcwd()}: the directory relative paths resolve against, as the policy sees it. */
  String currentDirectory() {
    return resolve(".", false).toAbsolutePath().normalize().toString();
  }

  /** A path argument of a C-level os function: a str, or CPython's TypeError. */
  static String pathArgument(String function, Object path, boolean integerAllowed) {
    if (path instanceof String s) {
      return s;
    }
    throw PyException.typeError(
        function + ": path should be string, bytes" + (integerAllowed ? ", os.PathLike or integer"
            : " or os.PathLike") + ", not " + Ops.typeName(path));
  }

  /** A path argument of a function CPython writes in Python: a str, or os.fspath's TypeError. */
  static String fspath(Object path) {
    if (path instanceof String s) {
      return s;
    }
    throw PyException.typeError(
        "expected str, bytes or os.PathLike object, not " + Ops.typeName(path));
  }

  /** CPython's {@code OSError} subclass for an error number, with the path it concerns. */
  static PyException osError(PyExceptionType type, int errno, String text, String path) {
    return new PyException(new PyBaseException(type, (long) errno, text, path));
  }

  static PyException notFound(String path) {
    return osError(PyExceptionType.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
  }

  static PyException isADirectory(String path) {
    return osError(PyExceptionType.IS_A_DIRECTORY_ERROR, 21, "Is a directory", path);
  }

  static PyException notADirectory(String path) {
    return osError(PyExceptionType.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", path);
  }

  /** Translates a Java I/O failure on {@code path} into the exception CPython raises. */
  static PyException translate(IOException e, String path) {
    return OsErrors.translate(e, path);
  }
}
