package org.pygen.compile;

import java.util.IdentityHashMap;

/**
 * What the resolver learned about a module: the module scope and the scope of every function,
 * lambda and comprehension, keyed by the identity of its AST node.
 */
public final class Resolution {
  private final Scope moduleScope;
  private final IdentityHashMap<Object, Scope> scopes;

  Resolution(Scope moduleScope, IdentityHashMap<Object, Scope> scopes) {
    this.moduleScope = moduleScope;
    this.scopes = scopes;
  }

  public Scope moduleScope() {
    return moduleScope;
  }

  /**
   * Gives a rebuilt node the scope of the node it replaces (the yield lowering rebuilds a def,
   * lambda or comprehension when a yield sits in a part evaluated in the enclosing scope).
   */
  void alias(Object rebuilt, Object original) {
    scopes.put(rebuilt, scopeOf(original));
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
