package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.ThreadState;

/**
 * {@code islice(iterable, stop)} and {@code islice(iterable, start, stop[, step])}. Pulls from the
 * source exactly as CPython does: the skipped items just before each result, and nothing past the
 * last index it will return.
 */
final class Islice extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("islice", Islice::create);

  private static final String STOP_ERROR =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  private static final String INDICES_ERROR =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  private static final String STEP_ERROR = "Step for islice() must be a positive integer or None.";

  /** Marks a slice without a stop. */
  private static final long NO_STOP = -1;

  /** Null once the slice has ended. */
  private PyIterator source;

  private final long stop;
  private final long step;

  /** How many items have been taken from the source. */
  private long consumed;

  /** The index of the next item to return. */
  private long nextIndex;

  private Islice(PyIterator source, long start, long stop, long step) {
    super(TYPE);
    this.source = source;
    this.nextIndex = start;
    this.stop = stop;
    this.step = step;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("islice", "islice", args, kwNames, 2, 4);
    long start = 0;
    long stop;
    long step = 1;
    if (args.length == 2) {
      stop = stopArgument(args[1]);
    } else {
      if (args[1] != PyNone.NONE) {
        // CPython turns an unusable start into -1, which the range check below rejects.
        Long s = Params.ssizeOrNull(args[1]);
        start = s == null ? -1 : s;
      }
      stop = stopArgument(args[2]);
    }
    if (start < 0 || stop < NO_STOP) {
      throw PyException.valueError(INDICES_ERROR);
    }
    if (args.length == 4 && args[3] != PyNone.NONE) {
      Long s = Params.ssizeOrNull(args[3]);
      step = s == null ? -1 : s;
    }
    if (step < 1) {
      throw PyException.valueError(STEP_ERROR);
    }
    return new Islice(Ops.iter(ts, args[0]), start, stop, step);
  }

  /** The stop argument; an unusable one, or -1 itself, gets CPython's "Stop argument" error. */
  private static long stopArgument(Object o) {
    if (o == PyNone.NONE) {
      return NO_STOP;
    }
    Long s = Params.ssizeOrNull(o);
    if (s == null || s == NO_STOP) {
      throw PyException.valueError(STOP_ERROR);
    }
    return s;
  }

  @Override
  public Object next(ThreadState ts) {
    PyIterator from = source;
    if (from == null) {
      return DONE;
    }
    while (consumed < nextIndex) {
      if (from.next(ts) == DONE) {
        source = null;
        return DONE;
      }
      consumed++;
    }
    if (stop != NO_STOP && consumed >= stop) {
      source = null;
      return DONE;
    }
    Object v = from.next(ts);
    if (v == DONE) {
      source = null;
      return DONE;
    }
    consumed++;
    long following = nextIndex + step;
    if (following < nextIndex || (stop != NO_STOP && following > stop)) {
      following = stop == NO_STOP ? Long.MAX_VALUE : stop;
    }
    nextIndex = following;
    return v;
  }
}
