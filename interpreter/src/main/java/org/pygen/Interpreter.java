package org.pygen;

import java.io.Writer;
import java.nio.file.Path;

/** STUB: being implemented; the signatures are the contract. */
public final class Interpreter implements AutoCloseable {

  /** Options for a new interpreter. */
  public static final class Builder {
    /** Where print() writes; default System.out (UTF-8). */
    public Builder out(Writer out) { throw new UnsupportedOperationException(); }
    /** Where tracebacks of threads and warnings go; default System.err (UTF-8). */
    public Builder err(Writer err) { throw new UnsupportedOperationException(); }
    public Interpreter build() { throw new UnsupportedOperationException(); }
  }

  public static Builder builder() { return new Builder(); }

  /** An interpreter writing to System.out / System.err. */
  public Interpreter() { }

  /** Evaluates one expression; returns Long/BigInteger/Double/String/Boolean/null/List/Iterator... */
  public Object eval(String expression) { throw new UnsupportedOperationException(); }

  /** Runs source as a module named "<string>". Throws PygenException on a Python error. */
  public void exec(String source) { throw new UnsupportedOperationException(); }

  /** Runs source; fileName appears in tracebacks and syntax errors. */
  public void exec(String source, String fileName) { throw new UnsupportedOperationException(); }

  /** Reads a UTF-8 file and runs it, with the path as given as its file name. */
  public void exec(Path file) { throw new UnsupportedOperationException(); }

  public Object get(String name) { throw new UnsupportedOperationException(); }

  public void set(String name, Object value) { throw new UnsupportedOperationException(); }

  /** Waits for every non-daemon thread the scripts started, then flushes output. */
  public void awaitThreads() throws InterruptedException { throw new UnsupportedOperationException(); }

  /** Flushes output; waits for nothing. */
  @Override
  public void close() { }
}
