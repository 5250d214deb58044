package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyObjectTyped;

/**
 * What every itertools iterator shares: its type object, and the type name CPython uses in error
 * messages ({@code 'itertools.count' object is not subscriptable}) and in the default repr. {@code
 * __next__} and {@code __iter__} come from the runtime, as for the built-in iterators.
 */
abstract class ItertoolsIterator implements PyIterator, PyObjectTyped {
  private final ItertoolsType type;

  ItertoolsIterator(ItertoolsType type) {
    this.type = type;
  }

  @Override
  public final String typeName() {
    return type.qualifiedName();
  }

  @Override
  public final Object pythonType() {
    return type;
  }

  @Override
  public String toString() {
    return "<" + type.qualifiedName() + " object at " + Ops.addressOf(this) + ">";
  }
}
