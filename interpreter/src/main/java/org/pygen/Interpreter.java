package org.pygen;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pygen.compile.NodeCompiler;
import org.pygen.compile.Resolution;
import org.pygen.compile.Resolver;
import org.pygen.exec.Code;
import org.pygen.exec.Frame;
import org.pygen.exec.Globals;
import org.pygen.exec.Tracebacks;
import org.pygen.modules.SysModule;
import org.pygen.modules.ThreadingModule;
import org.pygen.modules.itertools.ItertoolsModule;
import org.pygen.runtime.Builtins;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ThreadState;
import org.pygen.runtime.TimeModule;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Module;
import org.pygen.syntax.SourceParser;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.SyntaxErrorException;

/**
 * The front door for running pygen code from Java. An interpreter owns one module namespace
 * (its globals), its output streams and everything scripts import; two interpreters share nothing.
 *
 * <pre>{@code
 * try (Interpreter py = Interpreter.builder().out(writer).build()) {
 *   py.exec("def squares(n):\n    for i in range(n):\n        yield i * i\n");
 *   Iterator<?> it = (Iterator<?>) py.eval("squares(3)");
 * }
 * }</pre>
 *
 * <p>Values cross to Java as {@code Long} (or {@code BigInteger} beyond 64 bits), {@code Double},
 * {@code String}, {@code Boolean}, {@code null} for None, {@code List} for lists and tuples,
 * {@code Map} for dicts and {@code Iterator} for generators and other iterators. Python errors
 * cross as {@link PygenException}.
 */
public final class Interpreter implements AutoCloseable {
  private final PyRuntime runtime;
  private final Globals globals;

  /** Options for a new interpreter. */
  public static final class Builder {
    private Writer out;
    private Writer err;
    private List<String> argv = List.of("");
    private FileAccess fileAccess = FileAccess.none();
    private int maxThreads;

    private Builder() {}

    /** {@code sys.argv}: the script's name, then its arguments; default {@code [""]}. */
    public Builder argv(List<String> argv) {
      this.argv = List.copyOf(argv);
      return this;
    }

    /** Where {@code print()} writes; default: standard output, UTF-8. */
    public Builder out(Writer out) {
      this.out = out;
      return this;
    }

    /** Where errors of script threads are reported; default: standard error, UTF-8. */
    public Builder err(Writer err) {
      this.err = err;
      return this;
    }

    /**
     * Which files scripts may open; default {@link FileAccess#none()}. A refused {@code open()}
     * raises {@code PermissionError} in the script.
     */
    public Builder fileAccess(FileAccess fileAccess) {
      this.fileAccess = java.util.Objects.requireNonNull(fileAccess, "fileAccess");
      return this;
    }

    /**
     * How many {@code threading.Thread}s scripts may have running at once; default 0, no threads.
     * Starting one more raises {@code RuntimeError: can't start new thread} in the script.
     */
    public Builder threads(int maxThreads) {
      if (maxThreads < 0) {
        throw new IllegalArgumentException("maxThreads must not be negative: " + maxThreads);
      }
      this.maxThreads = maxThreads;
      return this;
    }

    public Interpreter build() {
      Interpreter interpreter =
          new Interpreter(
              out != null ? out : utf8(System.out), err != null ? err : utf8(System.err), argv);
      interpreter.runtime.setFilePolicy(fileAccess);
      interpreter.runtime.threads().setMaxThreads(maxThreads);
      return interpreter;
    }

    private static Writer utf8(PrintStream stream) {
      return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An interpreter writing to standard output and standard error. */
  public Interpreter() {
    this(Builder.utf8(System.out), Builder.utf8(System.err), List.of(""));
  }

  private Interpreter(Writer out, Writer err, List<String> argv) {
    Map<String, Function<PyRuntime, PyModule>> modules =
        Map.of(
            "time", TimeModule::create,
            "threading", ThreadingModule::create,
            "itertools", ItertoolsModule::create,
            "sys", rt -> SysModule.create(rt, argv));
    this.runtime = new PyRuntime(out, err, modules);
    Builtins.install(runtime);
    this.globals = new Globals(runtime);
    globals.put("__name__", "__main__");
  }

  /**
   * Evaluates one expression in the interpreter's globals and returns its value as a plain Java
   * object (see the class comment).
   */
  public Object eval(String expression) {
    try {
      Expr e = SourceParser.parseExpression(expression, "<string>");
      String result = "$eval";
      Module m =
          new Module(
              "<string>",
              expression.lines().toList(),
              List.of(new Stmt.Assign(e.pos(), List.of(new Expr.Name(e.pos(), result)), e)));
      Resolution r = Resolver.resolve(m);
      Code code = NodeCompiler.compileModule(m, r);
      Frame f = run(code);
      return JavaValues.toJava(runtime, f.locals[r.moduleScope().slot(result)]);
    } catch (SyntaxErrorException e) {
      throw Errors.fromSyntax(e);
    }
  }

  /** Runs source code as the main module, under the file name {@code <string>}. */
  public void exec(String source) {
    exec(source, "<string>");
  }

  /** Runs source code; {@code fileName} appears in tracebacks and syntax errors. */
  public void exec(String source, String fileName) {
    try {
      Module m = SourceParser.parse(source, fileName);
      Resolution r = Resolver.resolve(m);
      run(NodeCompiler.compileModule(m, r));
    } catch (SyntaxErrorException e) {
      throw Errors.fromSyntax(e);
    } finally {
      runtime.flush();
    }
  }

  /** Reads a UTF-8 file and runs it; the path, as given, names it in tracebacks. */
  public void exec(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    exec(source, file.toString());
  }

  private Frame run(Code code) {
    ThreadState ts = new ThreadState(runtime);
    Frame f = new Frame(code, globals, new Object[code.slotCount()], ts);
    try {
      // The module's own frame counts towards the recursion limit, as in CPython.
      ts.enterCall();
      code.body().exec(f);
      return f;
    } catch (PyException e) {
      Tracebacks.record(e, f);
      throw Errors.fromPython(e);
    } catch (StackOverflowError e) {
      throw Errors.recursion(code.fileName(), f.line);
    } catch (RuntimeException e) {
      throw Errors.internal(e);
    }
  }

  /** The value of a global, converted to Java; null when unbound or None. */
  public Object get(String name) {
    return JavaValues.toJava(runtime, globals.get(name));
  }

  /** Binds a global to a Java value, converted to its Python counterpart. */
  public void set(String name, Object value) {
    globals.put(name, JavaValues.fromJava(value));
  }

  /** Waits for every non-daemon thread the scripts started, then flushes output. */
  public void awaitThreads() throws InterruptedException {
    runtime.threads().joinNonDaemon();
    runtime.flush();
  }

  /**
   * Closes every generator still suspended inside a try or with block (running its finally
   * blocks and exits, as CPython does for the generators alive at exit), then flushes output.
   * Does not wait for threads (see {@link #awaitThreads()}).
   */
  @Override
  public void close() {
    runtime.runPendingCleanups();
    runtime.flush();
  }
}
