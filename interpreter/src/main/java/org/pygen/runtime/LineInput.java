package org.pygen.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where {@code input()} reads lines. When input is waiting, the line is read directly. Otherwise
 * a read from a terminal or a pipe could block for ever, and a blocked Java read cannot be
 * interrupted, so the read runs on a helper daemon thread while the script's thread waits in
 * short slices, checking its limits, {@code cancel()} and interrupts. A read abandoned that way
 * is not lost: the next {@code input()} takes its line.
 */
final class LineInput {
  private final BufferedReader reader;
  /** The read in progress (possibly abandoned by a stopped script), or null. */
  private CompletableFuture<String> pending;

  LineInput(Reader reader) {
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
  }

  /** One line without its line break, or null at the end of input. */
  String readLine(ThreadState ts) {
    CompletableFuture<String> read;
    synchronized (this) {
      if (pending == null) {
        String direct = readIfAvailable();
        if (direct != null) {
          return direct;
        }
        pending = startRead();
      }
      read = pending;
    }
    while (true) {
      ts.checkpoint();
      try {
        String line = read.get(20, TimeUnit.MILLISECONDS);
        synchronized (this) {
          if (pending == read) {
            pending = null;
          }
        }
        return line;
      } catch (TimeoutException e) {
        // Still waiting: check the limits again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        synchronized (this) {
          if (pending == read) {
            pending = null;
          }
        }
        throw PyException.of(
            PyExceptionType.OS_ERROR, String.valueOf(e.getCause().getMessage()));
      }
    }
  }

  /**
   * The next line when input is already waiting (a redirected file, a line typed at a terminal):
   * read on the caller's thread, which costs no thread. Null when a read could block.
   */
  private String readIfAvailable() {
    try {
      return reader.ready() ? reader.readLine() : null;
    } catch (IOException e) {
      throw PyException.of(PyExceptionType.OS_ERROR, String.valueOf(e.getMessage()));
    }
  }

  private CompletableFuture<String> startRead() {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                result.complete(reader.readLine());
              } catch (IOException e) {
                result.completeExceptionally(e);
              }
            },
            "pygen-input");
    t.setDaemon(true);
    t.start();
    return result;
  }
}
