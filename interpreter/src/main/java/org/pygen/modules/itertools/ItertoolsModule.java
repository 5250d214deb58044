package org.pygen.modules.itertools;

import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code itertools} module, with CPython 3.11's functions. Every iterator is lazy: it pulls
 * from its inputs one item at a time, as it needs them, so infinite inputs work wherever they do in
 * CPython. Only {@code product}, {@code permutations} and the combinations read their inputs up
 * front, as CPython's do.
 */
public final class ItertoolsModule {
  private ItertoolsModule() {}

  /** Builds the module. It holds only immutable type objects, so runtimes may share them. */
  public static PyModule create(PyRuntime runtime) {
    PyModule m = new PyModule("itertools");
    for (ItertoolsType type :
        new ItertoolsType[] {
          Count.TYPE,
          Cycle.TYPE,
          Repeat.TYPE,
          Islice.TYPE,
          Chain.TYPE,
          TakeWhile.TYPE,
          DropWhile.TYPE,
          FilterFalse.TYPE,
          Accumulate.TYPE,
          ZipLongest.TYPE,
          StarMap.TYPE,
          Compress.TYPE,
          Pairwise.TYPE,
          GroupBy.TYPE,
          Grouper.TYPE,
          Tee.TYPE,
          Product.TYPE,
          Permutations.TYPE,
          Combinations.TYPE,
          CombinationsWithReplacement.TYPE
        }) {
      m.define(type.name(), type);
    }
    m.define("tee", Tee.FUNCTION);
    return m;
  }
}
