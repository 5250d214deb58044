package org.pygen.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A seekable channel over a {@link RandomAccessFile}: unlike a {@code FileChannel}, it stays open
 * when the thread using it is interrupted (see {@link FileStreams}).
 */
final class RandomAccessChannel implements SeekableByteChannel {
  private final RandomAccessFile file;
  /** Whether every write goes to the current end of the file, as with O_APPEND. */
  private final boolean append;
  private boolean open = true;

  RandomAccessChannel(RandomAccessFile file, boolean append) {
    this.file = file;
    this.append = append;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    checkOpen();
    int n;
    if (dst.hasArray()) {
      n = file.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
    } else {
      byte[] chunk = new byte[dst.remaining()];
      n = file.read(chunk);
      if (n > 0) {
        dst.put(chunk, 0, n);
      }
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    checkOpen();
    if (append) {
      file.seek(file.length());
    }
    int n = src.remaining();
    if (src.hasArray()) {
      file.write(src.array(), src.arrayOffset() + src.position(), n);
      src.position(src.limit());
    } else {
      byte[] chunk = new byte[n];
      src.get(chunk);
      file.write(chunk);
    }
    return n;
  }

  @Override
  public long position() throws IOException {
    checkOpen();
    return file.getFilePointer();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    checkOpen();
    file.seek(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    checkOpen();
    return file.length();
  }

  @Override
  public SeekableByteChannel truncate(long size) throws IOException {
    checkOpen();
    if (size < file.length()) {
      file.setLength(size);
    }
    return this;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    open = false;
    file.close();
  }

  private void checkOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
