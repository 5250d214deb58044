package org.pygen.compile;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the resolver learned about a module: the module scope and the scope of every function,
 * lambda and comprehension, keyed by the identity of its AST node.
 */
public final class Resolution {
  private final Scope moduleScope;
  private final Map<Object, Scope> scopes;

  Resolution(Scope moduleScope, IdentityHashMap<Object, Scope> scopes) {
    this.moduleScope = moduleScope;
    this.scopes = scopes;
  }

  public Scope moduleScope() {
    return moduleScope;
  }

  /** The scope created by a FunctionDef, Lambda or Comprehension node. */
  public Scope scopeOf(Object node) {
    Scope s = scopes.get(node);
    if (s == null) {
      throw new IllegalStateException("no scope for " + node);
    }
    return s;
  }
}
