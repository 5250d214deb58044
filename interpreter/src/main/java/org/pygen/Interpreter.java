package org.pygen;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pygen.exec.Code;
import org.pygen.exec.Frame;
import org.pygen.exec.Globals;
import org.pygen.exec.Tracebacks;
import org.pygen.modules.SysModule;
import org.pygen.modules.ThreadingModule;
import org.pygen.modules.itertools.ItertoolsModule;
import org.pygen.runtime.Builtins;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ScriptStop;
import org.pygen.runtime.ThreadState;
import org.pygen.runtime.TimeModule;

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
 * <h2>Values</h2>
 *
 * <p>From pygen to Java ({@link #get}, {@link #eval}, results of {@link #call}, arguments of
 * Java functions):
 *
 * <ul>
 *   <li>int → {@code Long}, or {@code BigInteger} beyond 64 bits; float → {@code Double}; str →
 *       {@code String}; bool → {@code Boolean}; None → {@code null}
 *   <li>list → a <em>live</em> {@code List<Object>} view: reads see later changes by scripts,
 *       {@code set}/{@code add}/{@code remove} change the list scripts see
 *   <li>dict → a <em>live</em> {@code Map<Object, Object>} view, in insertion order
 *   <li>tuple → an unmodifiable {@code List}; set and frozenset → an unmodifiable {@code Set} copy
 *   <li>generator or other iterator → an {@code Iterator} that is also {@code AutoCloseable}
 *       (closing a generator runs its {@code finally} blocks); each pull steps it once, nothing is
 *       buffered. {@link PygenStreams#of(Iterator)} makes a lazy {@code Stream} of it
 *   <li>anything else (functions, class instances, modules) → an opaque handle, to pass back to
 *       {@link #call(Object, Object...)}, {@link #callMethod} or {@link #set}
 * </ul>
 *
 * <p>From Java to pygen ({@link #set}, arguments of {@link #call}, results of Java functions):
 *
 * <ul>
 *   <li>{@code Long}, {@code Integer}, {@code Short}, {@code Byte}, {@code BigInteger} → int;
 *       {@code Double}, {@code Float} → float; {@code String}, {@code Character} → str; {@code
 *       Boolean} → bool; {@code null} → None. {@code BigDecimal} and other numbers are not
 *       converted (pass a {@code double} or a {@code String})
 *   <li>{@code List} → a new list (a copy: later Java changes are not seen); {@code Map} → a new
 *       dict (a copy); {@code Set} → a new set; arrays ({@code Object[]} and primitive) → a new
 *       list. A view obtained from pygen goes back as the very list or dict it shows
 *   <li>{@code Iterator} and {@code Stream} → an iterator and {@code Iterable} (other than {@code
 *       List} and {@code Set}) → an iterable, both pulled lazily as the script loops (a stream is
 *       closed when exhausted)
 *   <li>{@link JavaFunction}, {@code Function}, {@code BiFunction}, {@code Supplier}, {@code
 *       Consumer}, {@code Predicate}, {@code Runnable} → a callable; exceptions it throws become
 *       Python exceptions (see {@link JavaFunction})
 *   <li>other objects are passed as they are: scripts can hold them and hand them back to Java
 * </ul>
 *
 * <p>Python errors cross as {@link PygenException}.
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
    private Limits limits = Limits.DEFAULT;
    private Reader in;
    private final Map<String, Object> predefined = new LinkedHashMap<>();

    private Builder() {}

    /** Limits for the scripts; default {@link Limits#DEFAULT}. */
    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Grants what {@code pygen run} grants a program on the command line: full file access, any
     * number of threads and no limits. For trusted scripts only.
     */
    public Builder trusted() {
      return fileAccess(FileAccess.full()).threads(Integer.MAX_VALUE).limits(Limits.NONE);
    }

    /** Where {@code input()} reads lines; default: standard input, UTF-8. */
    public Builder in(Reader in) {
      this.in = in;
      return this;
    }

    /**
     * Predefines a global the scripts see, converted as {@link #set} converts values: a Java
     * function to call, a configuration value, a list to fill.
     */
    public Builder define(String name, Object value) {
      predefined.put(name, value);
      return this;
    }

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
      interpreter.runtime.setLimits(limits.toRuntime());
      if (in != null) {
        interpreter.runtime.setIn(in);
      }
      predefined.forEach(interpreter::set);
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
        Map.ofEntries(
            Map.entry("time", TimeModule::create),
            Map.entry("threading", ThreadingModule::create),
            Map.entry("itertools", ItertoolsModule::create),
            Map.entry("math", org.pygen.modules.math.MathModule::create),
            Map.entry("random", org.pygen.modules.random.RandomModule::create),
            Map.entry("queue", org.pygen.modules.QueueModule::create),
            Map.entry("os", org.pygen.modules.OsModule::create),
            Map.entry("os.path", org.pygen.modules.OsPathModule::create),
            Map.entry("sys", rt -> SysModule.create(rt, argv)),
            // The builtins namespace itself: builtins.x = 1 makes x visible everywhere.
            Map.entry("builtins", rt -> new PyModule("builtins", rt.builtins())));
    this.runtime = new PyRuntime(out, err, modules);
    runtime.setIn(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Builtins.install(runtime);
    this.globals = new Globals(runtime);
    globals.put("__name__", "__main__");
  }

  /**
   * Evaluates one expression in the interpreter's globals and returns its value as a plain Java
   * object (see the class comment).
   */
  public Object eval(String expression) {
    Frontend.Compiled c = Frontend.expression(expression);
    Frame f = run(c.code());
    return JavaValues.toJava(runtime, f.locals[c.resultSlot()]);
  }

  /** Runs source code as the main module, under the file name {@code <string>}. */
  public void exec(String source) {
    exec(source, "<string>");
  }

  /** Runs source code; {@code fileName} appears in tracebacks and syntax errors. */
  public void exec(String source, String fileName) {
    try {
      run(Frontend.module(source, fileName, false).code());
    } finally {
      runtime.flush();
    }
  }

  /**
   * Reads a UTF-8 file and runs it; the path, as given, names it in tracebacks. A file that is not
   * UTF-8 is a SyntaxError, as in CPython; one that cannot be read an {@code
   * UncheckedIOException}.
   */
  public void exec(Path file) {
    exec(SourceFiles.read(file), file.toString());
  }

  private Frame run(Code code) {
    ThreadState ts = new ThreadState(runtime);
    ts.setMainThread();
    runtime.clearKeyboardInterrupt();
    ThreadState previous = ts.activate();
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
    } catch (OutOfMemoryError e) {
      // The script's objects went with its frames: report CPython's MemoryError, and the
      // interpreter goes on (an Error reaching the host would take it down).
      PyException memory = memoryError();
      Tracebacks.record(memory, f);
      throw Errors.fromPython(memory);
    } catch (ScriptStop e) {
      throw Errors.stopped(e);
    } catch (RuntimeException e) {
      throw Errors.internal(e);
    } finally {
      ThreadState.restore(previous);
    }
  }

  /**
   * Stops every script of this interpreter that is running now (on any thread) at its next
   * step, with {@link ScriptCancelledException}; also ends a {@code time.sleep} promptly. Calls
   * started afterwards run normally.
   */
  public void cancel() {
    runtime.cancel();
  }

  /**
   * Raises {@code KeyboardInterrupt} in the script running on the caller's side (not in its
   * {@code threading} threads) at its next step, as Ctrl-C does in python3: unlike {@link
   * #cancel()}, the script can catch it and its {@code finally} blocks run. A script blocked in
   * {@code time.sleep}, {@code join} or a queue wakes up for it. An interrupt no script has
   * taken is dropped when the next {@code exec}, {@code eval} or call starts.
   */
  public void interrupt() {
    runtime.requestKeyboardInterrupt();
  }

  /** The value of a global, converted to Java; null when unbound or None. */
  public Object get(String name) {
    return JavaValues.toJava(runtime, globals.get(name));
  }

  /** Binds a global to a Java value, converted to its Python counterpart. */
  public void set(String name, Object value) {
    globals.put(name, JavaValues.fromJava(value));
  }

  /**
   * The globals as a live map: reading sees what scripts bound, writing binds and unbinds globals
   * (values converted as by {@link #get} and {@link #set}). Builtins are not in it.
   */
  public Map<String, Object> globals() {
    return new GlobalsView(runtime, globals);
  }

  /** {@link #compile(String, String)} under the file name {@code <string>}. */
  public Script compile(String source) {
    return compile(source, "<string>");
  }

  /**
   * Parses and compiles source once, for running many times with {@link Script#run()} without
   * parsing again. {@code fileName} appears in tracebacks.
   *
   * @throws PygenException for a syntax error, with every problem found
   */
  public Script compile(String source, String fileName) {
    Frontend.Compiled c = Frontend.module(source, fileName, true);
    return new Script(this, c.code(), fileName, c.resultSlot());
  }

  /**
   * Reads a UTF-8 file and compiles it as {@link #compile(String, String)} does, named by its
   * path. A file that is not UTF-8 is a SyntaxError, as in CPython.
   *
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public Script compile(Path file) {
    return compile(SourceFiles.read(file), file.toString());
  }

  /** Runs compiled module code in the globals; the value in {@code resultSlot}, or null if < 0. */
  Object runCompiled(Code code, int resultSlot) {
    try {
      Frame f = run(code);
      return resultSlot < 0 ? null : JavaValues.toJava(runtime, f.locals[resultSlot]);
    } finally {
      runtime.flush();
    }
  }

  /**
   * Calls the function bound to a global (or a builtin such as {@code len}) with positional
   * arguments converted from Java; returns the result converted to Java.
   *
   * @throws PygenException when the name is unbound or the call raises
   */
  public Object call(String globalName, Object... args) {
    return callWithKeywords(globalName, Arrays.asList(args), Map.of());
  }

  /**
   * Calls a function value: one obtained from {@link #get} or {@link #eval}, or a Java function
   * (see {@link JavaFunction}); a {@code String} names a global as in {@link #call(String,
   * Object...)}. Arguments are converted from Java, the result to Java.
   */
  public Object call(Object function, Object... args) {
    return callWithKeywords(function, Arrays.asList(args), Map.of());
  }

  /**
   * Like {@link #call(Object, Object...)} with keyword arguments too, passed in the map's
   * iteration order: {@code callWithKeywords("f", List.of(1), Map.of("b", 2))} is {@code f(1,
   * b=2)}.
   */
  public Object callWithKeywords(Object function, List<?> args, Map<String, ?> kwargs) {
    Object callee = callee(function);
    Object[] all = new Object[args.size() + kwargs.size()];
    String[] kwNames = kwargs.isEmpty() ? null : new String[kwargs.size()];
    int i = 0;
    for (Object a : args) {
      all[i++] = JavaValues.fromJava(a);
    }
    int k = 0;
    for (Map.Entry<String, ?> e : kwargs.entrySet()) {
      kwNames[k++] = e.getKey();
      all[i++] = JavaValues.fromJava(e.getValue());
    }
    return invoke(ts -> Ops.call(ts, callee, all, kwNames));
  }

  /**
   * Calls a method of a pygen object, {@code receiver.method(args)}, e.g. of a class instance a
   * script returned. Arguments and result are converted as for {@link #call(Object, Object...)}.
   */
  public Object callMethod(Object receiver, String method, Object... args) {
    Object target = JavaValues.fromJava(receiver);
    Object[] all = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      all[i] = JavaValues.fromJava(args[i]);
    }
    return invoke(ts -> Ops.callMethod(ts, target, method, all, null));
  }

  private Object callee(Object function) {
    if (function instanceof String name) {
      Object value = globals.lookup(name);
      if (value == null) {
        throw Errors.fromPython(
            PyException.of(PyExceptionType.NAME_ERROR, "name '" + name + "' is not defined"));
      }
      return value;
    }
    return JavaValues.fromJava(function);
  }

  /** Runs a call from Java on this thread, with errors crossing as for {@link #exec}. */
  private Object invoke(Function<ThreadState, Object> body) {
    ThreadState ts = new ThreadState(runtime);
    ts.setMainThread();
    runtime.clearKeyboardInterrupt();
    ThreadState previous = ts.activate();
    try {
      return JavaValues.toJava(runtime, body.apply(ts));
    } catch (PyException e) {
      throw Errors.fromPython(e);
    } catch (StackOverflowError e) {
      throw Errors.fromPython(
          PyException.of(PyExceptionType.RECURSION_ERROR, "maximum recursion depth exceeded"));
    } catch (OutOfMemoryError e) {
      throw Errors.fromPython(memoryError());
    } catch (ScriptStop e) {
      throw Errors.stopped(e);
    } catch (RuntimeException e) {
      throw Errors.internal(e);
    } finally {
      ThreadState.restore(previous);
      runtime.flush();
    }
  }

  /** The MemoryError standing for an OutOfMemoryError of the JVM. */
  static PyException memoryError() {
    return new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
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
