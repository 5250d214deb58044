package org.pygen.runtime;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * Java's I/O failures as the {@code OSError} subclasses CPython raises, with errno, strerror and
 * file name: {@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}. Java reports
 * most failures only by the operating system's message ({@code strerror}), so the errno is found
 * from that text; numbers are Linux's, as CPython on Linux gives them.
 */
public final class OsErrors {
  private record Errno(int number, PyExceptionType type) {}

  private static final Map<String, Errno> BY_MESSAGE =
      Map.ofEntries(
          Map.entry("Operation not permitted", new Errno(1, PyExceptionType.PERMISSION_ERROR)),
          Map.entry(
              "No such file or directory", new Errno(2, PyExceptionType.FILE_NOT_FOUND_ERROR)),
          Map.entry("Input/output error", new Errno(5, PyExceptionType.OS_ERROR)),
          Map.entry("Permission denied", new Errno(13, PyExceptionType.PERMISSION_ERROR)),
          Map.entry("File exists", new Errno(17, PyExceptionType.FILE_EXISTS_ERROR)),
          Map.entry("Not a directory", new Errno(20, PyExceptionType.NOT_A_DIRECTORY_ERROR)),
          Map.entry("Is a directory", new Errno(21, PyExceptionType.IS_A_DIRECTORY_ERROR)),
          Map.entry("Invalid argument", new Errno(22, PyExceptionType.OS_ERROR)),
          Map.entry("Too many open files", new Errno(24, PyExceptionType.OS_ERROR)),
          Map.entry("Text file busy", new Errno(26, PyExceptionType.OS_ERROR)),
          Map.entry("File too large", new Errno(27, PyExceptionType.OS_ERROR)),
          Map.entry("No space left on device", new Errno(28, PyExceptionType.OS_ERROR)),
          Map.entry("Read-only file system", new Errno(30, PyExceptionType.OS_ERROR)),
          Map.entry("File name too long", new Errno(36, PyExceptionType.OS_ERROR)),
          Map.entry("Directory not empty", new Errno(39, PyExceptionType.OS_ERROR)),
          Map.entry("Too many levels of symbolic links", new Errno(40, PyExceptionType.OS_ERROR)),
          Map.entry("Disk quota exceeded", new Errno(122, PyExceptionType.OS_ERROR)));

  private OsErrors() {}

  /** {@code type: [Errno errno] text: 'path'}, or without the path when it is null. */
  public static PyException of(PyExceptionType type, int errno, String text, String path) {
    PyBaseException e =
        path == null
            ? new PyBaseException(type, (long) errno, text)
            : new PyBaseException(type, (long) errno, text, path);
    return new PyException(e);
  }

  /** {@code FileNotFoundError: [Errno 2] No such file or directory: 'path'}. */
  public static PyException notFound(String path) {
    return of(PyExceptionType.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
  }

  /**
   * The exception CPython raises for a failure on {@code path}; a null path for failures CPython
   * reports without a file name (reading or writing an open file).
   */
  public static PyException translate(IOException e, String path) {
    if (e instanceof NoSuchFileException) {
      return notFound(path);
    }
    if (e instanceof FileAlreadyExistsException) {
      return byMessage("File exists", path);
    }
    if (e instanceof DirectoryNotEmptyException) {
      return byMessage("Directory not empty", path);
    }
    if (e instanceof NotDirectoryException) {
      return byMessage("Not a directory", path);
    }
    if (e instanceof AccessDeniedException) {
      return byMessage("Permission denied", path);
    }
    String message = e.getMessage();
    if (e instanceof FileSystemException f) {
      message = f.getReason();
    } else if (e instanceof FileNotFoundException && message != null && message.endsWith(")")) {
      // java.io says "name (reason)".
      int open = message.lastIndexOf(" (");
      if (open >= 0) {
        message = message.substring(open + 2, message.length() - 1);
      }
    }
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    return byMessage(message, path);
  }

  private static PyException byMessage(String message, String path) {
    Errno errno = BY_MESSAGE.get(message);
    if (errno != null) {
      return of(errno.type(), errno.number(), message, path);
    }
    // No errno known for this text: CPython's wording without the number.
    return PyException.of(
        PyExceptionType.OS_ERROR, path == null ? message : message + ": " + Ops.repr(path));
  }
}
