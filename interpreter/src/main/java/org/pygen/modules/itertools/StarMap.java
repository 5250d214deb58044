package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/** {@code starmap(function, iterable)}: {@code function(*item)} for each item. */
final class StarMap extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("starmap", StarMap::create);

  private final Object function;
  private final PyIterator source;

  private StarMap(Object function, PyIterator source) {
    super(TYPE);
    this.function = function;
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("starmap", "starmap", args, kwNames, 2, 2);
    return new StarMap(args[0], Ops.iter(ts, args[1]));
  }

  @Override
  public Object next(ThreadState ts) {
    Object item = source.next(ts);
    if (item == DONE) {
      return DONE;
    }
    Object[] callArgs = item instanceof PyTuple t ? t.toArray() : Ops.toArray(ts, item);
    return Ops.call(ts, function, callArgs, null);
  }
}
