package org.pygen.runtime;

/**
 * Implemented by runtime objects other than the built-in containers that can be iterated (for
 * example instances of classes defining {@code __iter__}); {@link Ops#iter} asks them for an
 * iterator.
 */
public interface PyIterable {
  /** A fresh iterator over this object. */
  PyIterator iter(ThreadState ts);
}
