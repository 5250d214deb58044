package org.pygen.runtime;

import java.util.Map;

/**
 * A value whose type keeps its methods in one table shared by all its values, as the built-in
 * containers do: a call site can then call {@code obj.name(...)} straight from the table,
 * without a bound-method object (see {@link Ops#builtinMethod}). The table must depend on the
 * value's Java class alone.
 */
public interface HasMethodTable {
  Map<String, BuiltinMethod> methodTable();
}
