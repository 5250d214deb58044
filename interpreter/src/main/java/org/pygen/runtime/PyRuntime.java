package org.pygen.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The state one {@code Interpreter} owns: its output streams, its builtins, the modules imported
 * so far and its limits. Two runtimes share nothing.
 */
public final class PyRuntime {
  private final Writer out;
  private final Writer err;
  /** Concurrent: {@code import builtins} lets a script change it while threads read it. */
  private final Namespace builtins = new Namespace(null);
  private final Map<String, PyModule> modules = new ConcurrentHashMap<>();
  private final Map<String, Function<PyRuntime, PyModule>> moduleFactories;
  private final ThreadRegistry threads = new ThreadRegistry();
  private final Set<PendingCleanup> pendingCleanups = ConcurrentHashMap.newKeySet();
  // Files scripts opened and have not closed, held weakly: flush() flushes them so that
  // open(p, "w").write(s) without close() still reaches the disk, as it does in CPython.
  private final Set<PyFile> openFiles =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
  private volatile int recursionLimit = 1000;
  /** {@code sys.get_int_max_str_digits()}: 0 for no limit (see {@link IntDigitsLimit}). */
  private volatile int intMaxStrDigits = IntDigitsLimit.DEFAULT_MAX_DIGITS;
  private volatile FilePolicy filePolicy = FilePolicy.NONE;
  private volatile ExecutionLimits limits = ExecutionLimits.NONE;
  /** Where {@code input()} reads lines; none until the interpreter gives one. */
  private volatile LineInput in;
  /** Incremented by {@link #cancel}: runs started before see a different value and stop. */
  private volatile long cancelEpoch;
  /** Set by {@link #requestKeyboardInterrupt}; taken by the main thread's next checkpoint. */
  private final java.util.concurrent.atomic.AtomicBoolean keyboardInterrupt =
      new java.util.concurrent.atomic.AtomicBoolean();
  /** Changes whenever a class's namespace changes, so cached method lookups are dropped. */
  private final java.util.concurrent.atomic.AtomicLong classEpoch =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile List<String> builtinNamesInCPythonOrder;

  public PyRuntime(
      Writer out, Writer err, Map<String, Function<PyRuntime, PyModule>> moduleFactories) {
    this.out = out;
    this.err = err;
    this.moduleFactories = Map.copyOf(moduleFactories);
  }

  /** Where {@code print} writes. Writers synchronise on themselves for a whole print call. */
  public Writer out() {
    return out;
  }

  public Writer err() {
    return err;
  }

  /** The builtins namespace as a map; filled while the interpreter is built. */
  public Map<String, Object> builtins() {
    return builtins.asMap();
  }

  /** The builtins namespace itself, which module namespaces fall back to. */
  public Namespace builtinNamespace() {
    return builtins;
  }

  /**
   * The builtins' names in the order CPython's builtins dict has them (then pygen's own), plus
   * None, True and False, which CPython's dict also holds. NameError suggestions search this list,
   * so ties between equally close names are broken as in CPython.
   */
  public List<String> builtinNamesInCPythonOrder() {
    List<String> names = builtinNamesInCPythonOrder;
    if (names == null) {
      names = BuiltinOrder.arrange(builtins.asMap().keySet());
      builtinNamesInCPythonOrder = names;
    }
    return names;
  }

  /** Sets where {@code input()} reads from. */
  public void setIn(Reader reader) {
    this.in = new LineInput(reader);
  }

  /**
   * {@code input()}: one line without its line break, or null at the end of input. The wait
   * honours the caller's limits, {@link #cancel} and interrupts (see {@link LineInput}).
   */
  public String readLine(ThreadState ts) {
    LineInput input = in;
    return input == null ? null : input.readLine(ts);
  }

  public ExecutionLimits limits() {
    return limits;
  }

  public void setLimits(ExecutionLimits limits) {
    this.limits = limits;
  }

  /** See {@link PyClass#lookup}: the version of every class namespace of this runtime. */
  public long classEpoch() {
    return classEpoch.get();
  }

  void classChanged() {
    classEpoch.incrementAndGet();
  }

  /**
   * Asks the program's main thread to raise KeyboardInterrupt at its next step, as CPython does
   * on Ctrl-C: the program may catch it, and its finally blocks run.
   */
  public void requestKeyboardInterrupt() {
    keyboardInterrupt.set(true);
  }

  /** Drops an interrupt no script took, so it does not hit the next run. */
  public void clearKeyboardInterrupt() {
    keyboardInterrupt.set(false);
  }

  /** Whether a KeyboardInterrupt is pending; clears it. */
  boolean takeKeyboardInterrupt() {
    return keyboardInterrupt.getAndSet(false);
  }

  long cancelEpoch() {
    return cancelEpoch;
  }

  /** Stops every run of this runtime that is in progress now, at its next step. */
  public synchronized void cancel() {
    cancelEpoch++;
  }

  public int recursionLimit() {
    return recursionLimit;
  }

  public void setRecursionLimit(int limit) {
    this.recursionLimit = limit;
  }

  /** The most decimal digits an int may have when converted to or from text; 0: no limit. */
  public int intMaxStrDigits() {
    return intMaxStrDigits;
  }

  /**
   * {@code sys.set_int_max_str_digits(n)}: 0, or at least 640 as in CPython; ValueError
   * otherwise.
   */
  public void setIntMaxStrDigits(int digits) {
    if (digits != 0 && digits < IntDigitsLimit.THRESHOLD) {
      throw PyException.valueError(
          "maxdigits must be 0 or larger than " + IntDigitsLimit.THRESHOLD);
    }
    this.intMaxStrDigits = digits;
  }

  /** Registers a cleanup that must run at the latest when the interpreter closes. */
  public void addPendingCleanup(PendingCleanup c) {
    pendingCleanups.add(c);
  }

  /** Forgets a cleanup that has run (or is no longer needed). */
  public void removePendingCleanup(PendingCleanup c) {
    pendingCleanups.remove(c);
  }

  /** Runs every cleanup still pending, on the calling thread. */
  public void runPendingCleanups() {
    ThreadState ts = new ThreadState(this);
    for (PendingCleanup c : pendingCleanups.toArray(new PendingCleanup[0])) {
      c.runCleanup(ts);
    }
  }

  /** Which files {@code open()} may open; refuses every file until the owner grants more. */
  public FilePolicy filePolicy() {
    return filePolicy;
  }

  public void setFilePolicy(FilePolicy policy) {
    this.filePolicy = policy;
  }

  public ThreadRegistry threads() {
    return threads;
  }

  /** The module named {@code name}, created on first import; ModuleNotFoundError if unknown. */
  public PyModule importModule(String name) {
    PyModule m = modules.get(name);
    if (m != null) {
      return m;
    }
    Function<PyRuntime, PyModule> factory = moduleFactories.get(name);
    if (factory == null) {
      throw PyException.of(
          PyExceptionType.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }
    return modules.computeIfAbsent(name, n -> factory.apply(this));
  }

  /** Writes text to a stream as one unit, so lines from several threads never interleave. */
  public static void writeAtomically(Writer w, String text, boolean flush) {
    synchronized (w) {
      try {
        w.write(text);
        if (flush) {
          w.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Remembers a file a script opened, for {@link #flush}. */
  void fileOpened(PyFile file) {
    openFiles.add(file);
  }

  /** Forgets a file once it is closed. */
  void fileClosed(PyFile file) {
    openFiles.remove(file);
  }

  /** Flushes both output streams, ignoring a closed stream, and every file still open. */
  public void flush() {
    PyFile[] files;
    synchronized (openFiles) {
      files = openFiles.toArray(new PyFile[0]);
    }
    for (PyFile f : files) {
      f.flushQuietly();
    }
    for (Writer w : new Writer[] {out, err}) {
      synchronized (w) {
        try {
          w.flush();
        } catch (IOException ignored) {
          // Nothing sensible to report to: the stream itself is gone.
        }
      }
    }
  }
}
