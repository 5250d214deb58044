package org.pygen.runtime;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the files of {@code open()} with {@code java.io} rather than NIO channels. An NIO file
 * channel is closed for good when the thread using it is interrupted, and embedders interrupt
 * threads running scripts: a file the script keeps (a log in a global) would be closed under it,
 * its buffered text lost. {@code java.io} streams ignore interrupts, as CPython retries a system
 * call a signal interrupted. Paths of other file systems (an embedder's in-memory one) keep NIO.
 *
 * <p>{@code kind} is the open mode's letter: r, w, a or x.
 */
final class FileStreams {
  private FileStreams() {}

  static InputStream input(Path p) throws IOException {
    if (isDefault(p)) {
      return new FileInputStream(p.toFile());
    }
    return Files.newInputStream(p);
  }

  static OutputStream output(Path p, char kind) throws IOException {
    if (!isDefault(p)) {
      return Files.newOutputStream(p, options(kind));
    }
    if (kind == 'x') {
      // Created first, so an existing file (or directory) fails with FileAlreadyExistsException.
      Files.createFile(p);
    }
    return new FileOutputStream(p.toFile(), kind == 'a');
  }

  /**
   * A channel for a binary file: reads and writes at a position, seekable. In append mode every
   * write goes to the end, and the position starts there.
   */
  static SeekableByteChannel channel(Path p, char kind) throws IOException {
    if (!isDefault(p)) {
      SeekableByteChannel c = Files.newByteChannel(p, options(kind));
      return kind == 'a' ? c.position(c.size()) : c;
    }
    if (kind == 'r') {
      return new RandomAccessChannel(new RandomAccessFile(p.toFile(), "r"), false);
    }
    if (kind == 'x') {
      Files.createFile(p);
    }
    RandomAccessFile file = new RandomAccessFile(p.toFile(), "rw");
    try {
      if (kind == 'w') {
        file.setLength(0);
      } else if (kind == 'a') {
        file.seek(file.length());
      }
    } catch (IOException e) {
      file.close();
      throw e;
    }
    return new RandomAccessChannel(file, kind == 'a');
  }

  private static boolean isDefault(Path p) {
    return p.getFileSystem() == FileSystems.getDefault();
  }

  private static OpenOption[] options(char kind) {
    switch (kind) {
      case 'r':
        return new OpenOption[] {StandardOpenOption.READ};
      case 'w':
        return new OpenOption[] {
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE
        };
      case 'a':
        return new OpenOption[] {
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE
        };
      default:
        return new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
    }
  }
}
