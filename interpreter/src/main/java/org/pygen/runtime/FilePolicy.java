package org.pygen.runtime;

import java.nio.file.Path;

/**
 * Decides which files the scripts of one runtime may open. {@code open()} asks it before touching
 * the file system; the embedding API ({@code org.pygen.FileAccess}) supplies the implementations,
 * so this package does not depend on it.
 */
public interface FilePolicy {
  /** Refuses every open: what a runtime allows until its owner grants more. */
  FilePolicy NONE = (path, forWriting) -> {
    throw permissionDenied(path);
  };

  /**
   * The file to open for {@code path}, as the script wrote it.
   *
   * @param path the path the script passed to {@code open()}
   * @param forWriting whether the file is opened for writing, appending or creating
   * @return the path to open
   * @throws PyException {@code PermissionError} when the policy refuses the access
   */
  Path resolve(String path, boolean forWriting);

  /** CPython's {@code PermissionError: [Errno 13] Permission denied: 'path'}. */
  static PyException permissionDenied(String path) {
    return new PyException(
        new PyBaseException(PyExceptionType.PERMISSION_ERROR, 13L, "Permission denied", path));
  }
}
