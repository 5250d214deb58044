package org.pygen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.pygen.runtime.FilePolicy;

/**
 * Which files the scripts of an interpreter may open with {@code open()}; see {@link
 * Interpreter.Builder#fileAccess(FileAccess)}. A refused access raises CPython's {@code
 * PermissionError: [Errno 13] Permission denied: 'path'} in the script.
 *
 * <p>Under {@link #readOnly} and {@link #readWrite}, relative paths resolve against the granted
 * directory, and every path must stay inside it: paths with a {@code ..} segment are refused
 * outright, and the real path (symbolic links followed) of the file, or of its nearest existing
 * ancestor when the file does not exist yet, must lie inside the directory's real path.
 */
public final class FileAccess implements FilePolicy {
  private static final FileAccess NONE = new FileAccess(Kind.NONE, null);
  private static final FileAccess FULL = new FileAccess(Kind.FULL, null);

  private enum Kind {
    NONE,
    READ_ONLY,
    READ_WRITE,
    FULL
  }

  private final Kind kind;
  /** The granted directory's real path; null for {@link #none()} and {@link #full()}. */
  private final Path root;

  private FileAccess(Kind kind, Path root) {
    this.kind = kind;
    this.root = root;
  }

  /** No file access at all: every {@code open()} raises PermissionError. The default. */
  public static FileAccess none() {
    return NONE;
  }

  /**
   * Reading files under {@code dir} only; opening for writing raises PermissionError.
   *
   * @throws IllegalArgumentException if {@code dir} is not an existing directory
   */
  public static FileAccess readOnly(Path dir) {
    return new FileAccess(Kind.READ_ONLY, realDirectory(dir));
  }

  /**
   * Reading and writing files under {@code dir} only.
   *
   * @throws IllegalArgumentException if {@code dir} is not an existing directory
   */
  public static FileAccess readWrite(Path dir) {
    return new FileAccess(Kind.READ_WRITE, realDirectory(dir));
  }

  /**
   * Anything the JVM may touch, relative paths resolving against the JVM's working directory, as
   * for a script run from the command line.
   */
  public static FileAccess full() {
    return FULL;
  }

  private static Path realDirectory(Path dir) {
    try {
      Path real = dir.toRealPath();
      if (!Files.isDirectory(real)) {
        throw new IllegalArgumentException("not a directory: " + dir);
      }
      return real;
    } catch (IOException e) {
      throw new IllegalArgumentException("not an accessible directory: " + dir, e);
    }
  }

  /**
   * The path to open for a script's {@code path}, or PermissionError if this policy refuses it.
   * An invalid path string is returned unchecked to {@code open()}'s own validation by {@link
   * InvalidPathException}.
   */
  @Override
  public Path resolve(String path, boolean forWriting) {
    switch (kind) {
      case FULL:
        return Paths.get(path);
      case NONE:
        throw FilePolicy.permissionDenied(path);
      default:
        break;
    }
    if (forWriting && kind == Kind.READ_ONLY) {
      throw FilePolicy.permissionDenied(path);
    }
    Path given = Paths.get(path);
    for (Path segment : given) {
      // Refused rather than normalised away: "link/.." means the link's parent to the OS.
      if (segment.toString().equals("..")) {
        throw FilePolicy.permissionDenied(path);
      }
    }
    Path target = root.resolve(given);
    try {
      return inside(target, path);
    } catch (IOException e) {
      // The file system would not tell where the path leads: refuse rather than guess.
      throw FilePolicy.permissionDenied(path);
    }
  }

  /**
   * The real path of {@code target} if it lies under the root. A file that does not exist yet is
   * judged by its nearest existing ancestor, so that creating it cannot land outside.
   */
  private Path inside(Path target, String given) throws IOException {
    if (Files.exists(target)) {
      Path real = target.toRealPath();
      if (!real.startsWith(root)) {
        throw FilePolicy.permissionDenied(given);
      }
      return real;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      // A dangling symbolic link: writing through it would create its target, wherever it is.
      throw FilePolicy.permissionDenied(given);
    }
    Path ancestor = target.getParent();
    while (ancestor != null && !Files.exists(ancestor, LinkOption.NOFOLLOW_LINKS)) {
      ancestor = ancestor.getParent();
    }
    if (ancestor == null) {
      throw FilePolicy.permissionDenied(given);
    }
    Path realAncestor = ancestor.toRealPath();
    if (!realAncestor.startsWith(root)) {
      throw FilePolicy.permissionDenied(given);
    }
    // Opening the real ancestor's descendant leaves no symbolic link for the OS to follow.
    return realAncestor.resolve(ancestor.relativize(target));
  }

  @Override
  public String toString() {
    return root == null ? "FileAccess." + kind : "FileAccess." + kind + "(" + root + ")";
  }
}
