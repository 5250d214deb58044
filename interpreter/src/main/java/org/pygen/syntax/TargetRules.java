package org.pygen.syntax;

/**
 * Which expressions may be assigned to or deleted, and how CPython names the ones that may not
 * (the {@code %s} in "cannot assign to %s"). Mirrors {@code _PyPegen_get_invalid_target} and
 * {@code _PyPegen_get_expr_name}.
 */
final class TargetRules {
  private TargetRules() {}

  /** The context a target appears in. */
  enum Kind {
    /** Assignment, with, comprehension and augmented targets. */
    STORE,
    /** A for-loop or comprehension target (where {@code a in b} parses as a comparison). */
    FOR,
    /** A del statement's targets. */
    DELETE
  }

  /** The first sub-expression of {@code target} that cannot be a target, or null if all can. */
  static Expr invalidTarget(Expr target, Kind kind) {
    if (target instanceof Expr.Name
        || target instanceof Expr.Attribute
        || target instanceof Expr.Subscript) {
      return null;
    }
    if (target instanceof Expr.TupleExpr t) {
      return firstInvalid(t.elts(), kind);
    }
    if (target instanceof Expr.ListExpr l) {
      return firstInvalid(l.elts(), kind);
    }
    if (target instanceof Expr.Starred s) {
      return kind == Kind.DELETE ? target : invalidTarget(s.value(), kind);
    }
    if (target instanceof Expr.Compare c && kind == Kind.FOR) {
      return c.ops().get(0) == CmpOperator.IN ? invalidTarget(c.left(), kind) : null;
    }
    return target;
  }

  private static Expr firstInvalid(java.util.List<Expr> elts, Kind kind) {
    for (Expr e : elts) {
      Expr bad = invalidTarget(e, kind);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** CPython's name for the kind of {@code e} in error messages. */
  static String describe(Expr e) {
    if (e instanceof Expr.Attribute) {
      return "attribute";
    } else if (e instanceof Expr.Subscript) {
      return "subscript";
    } else if (e instanceof Expr.Starred) {
      return "starred";
    } else if (e instanceof Expr.Name) {
      return "name";
    } else if (e instanceof Expr.ListExpr) {
      return "list";
    } else if (e instanceof Expr.TupleExpr) {
      return "tuple";
    } else if (e instanceof Expr.Lambda) {
      return "lambda";
    } else if (e instanceof Expr.Call) {
      return "function call";
    } else if (e instanceof Expr.BoolOp
        || e instanceof Expr.BinOp
        || e instanceof Expr.UnaryOp) {
      return "expression";
    } else if (e instanceof Expr.Comprehension c) {
      switch (c.kind()) {
        case LIST:
          return "list comprehension";
        case SET:
          return "set comprehension";
        case DICT:
          return "dict comprehension";
        default:
          return "generator expression";
      }
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return "yield expression";
    } else if (e instanceof Expr.DictExpr) {
      return "dict literal";
    } else if (e instanceof Expr.SetExpr) {
      return "set display";
    } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Expr.Constant c) {
      Object v = c.value();
      if (v == Expr.NONE) {
        return "None";
      } else if (Boolean.TRUE.equals(v)) {
        return "True";
      } else if (Boolean.FALSE.equals(v)) {
        return "False";
      } else if (v == Expr.ELLIPSIS) {
        return "ellipsis";
      }
      return "literal";
    } else if (e instanceof Expr.Compare) {
      return "comparison";
    } else if (e instanceof Expr.IfExp) {
      return "conditional expression";
    } else if (e instanceof Expr.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }
}
