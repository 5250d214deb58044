package org.pygen.compile;

import java.util.List;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Params;
import org.pygen.syntax.Stmt;

/** Answers "does this code contain a yield of the current scope?" (not of nested functions). */
final class YieldFinder {
  private YieldFinder() {}

  static boolean contains(Expr e) {
    if (e == null) {
      return false;
    }
    if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return true;
    }
    if (e instanceof Expr.Comprehension) {
      // A yield in the first iterable would belong to this scope; the lowering rejects it.
      return contains(((Expr.Comprehension) e).generators().get(0).iter());
    }
    for (Expr c : ExprChildren.of(e)) {
      if (contains(c)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsAny(List<? extends Expr> es) {
    for (Expr e : es) {
      if (contains(e)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(List<Stmt> body) {
    for (Stmt s : body) {
      if (contains(s)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(Stmt s) {
    if (s instanceof Stmt.ExprStmt x) {
      return contains(x.value());
    } else if (s instanceof Stmt.Assign x) {
      return contains(x.value()) || containsAny(x.targets());
    } else if (s instanceof Stmt.AugAssign x) {
      return contains(x.value()) || contains(x.target());
    } else if (s instanceof Stmt.AnnAssign x) {
      return contains(x.value()) || contains(x.target());
    } else if (s instanceof Stmt.Return x) {
      return contains(x.value());
    } else if (s instanceof Stmt.Delete x) {
      return containsAny(x.targets());
    } else if (s instanceof Stmt.If x) {
      return contains(x.test()) || contains(x.body()) || contains(x.orElse());
    } else if (s instanceof Stmt.While x) {
      return contains(x.test()) || contains(x.body()) || contains(x.orElse());
    } else if (s instanceof Stmt.For x) {
      return contains(x.iter())
          || contains(x.target())
          || contains(x.body())
          || contains(x.orElse());
    } else if (s instanceof Stmt.With x) {
      for (Stmt.WithItem item : x.items()) {
        if (contains(item.contextExpr()) || contains(item.target())) {
          return true;
        }
      }
      return contains(x.body());
    } else if (s instanceof Stmt.Try x) {
      if (contains(x.body()) || contains(x.orElse()) || contains(x.finalBody())) {
        return true;
      }
      for (Stmt.ExceptHandler h : x.handlers()) {
        if (contains(h.type()) || contains(h.body())) {
          return true;
        }
      }
      return false;
    } else if (s instanceof Stmt.Raise x) {
      return contains(x.exc()) || contains(x.cause());
    } else if (s instanceof Stmt.Assert x) {
      return contains(x.test()) || contains(x.msg());
    } else if (s instanceof Stmt.FunctionDef x) {
      if (containsAny(x.decorators())) {
        return true;
      }
      for (Params.Param p : Resolver.orderedParams(x.params())) {
        if (contains(p.defaultValue())) {
          return true;
        }
      }
      return false;
    } else if (s instanceof Stmt.ClassDef x) {
      return containsAny(x.bases()) || containsAny(x.decorators());
    }
    return false;
  }
}
