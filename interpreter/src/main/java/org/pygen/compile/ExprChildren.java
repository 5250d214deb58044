package org.pygen.compile;

import java.util.ArrayList;
import java.util.List;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Params;

/**
 * The sub-expressions of an expression that are evaluated in the expression's own scope, in
 * evaluation order. A lambda contributes only its defaults and a comprehension only its first
 * iterable: their other parts run in a scope of their own.
 */
final class ExprChildren {
  private ExprChildren() {}

  static List<Expr> of(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.JoinedStr x) {
      out.addAll(x.parts());
    } else if (e instanceof Expr.FormattedValue x) {
      out.add(x.value());
      add(out, x.formatSpec());
    } else if (e instanceof Expr.BinOp x) {
      out.add(x.left());
      out.add(x.right());
    } else if (e instanceof Expr.UnaryOp x) {
      out.add(x.operand());
    } else if (e instanceof Expr.BoolOp x) {
      out.addAll(x.values());
    } else if (e instanceof Expr.Compare x) {
      out.add(x.left());
      out.addAll(x.comparators());
    } else if (e instanceof Expr.Call x) {
      out.add(x.func());
      out.addAll(x.args());
      for (Expr.Keyword k : x.keywords()) {
        out.add(k.value());
      }
    } else if (e instanceof Expr.Attribute x) {
      out.add(x.value());
    } else if (e instanceof Expr.Subscript x) {
      out.add(x.value());
      out.add(x.index());
    } else if (e instanceof Expr.Slice x) {
      add(out, x.lower());
      add(out, x.upper());
      add(out, x.step());
    } else if (e instanceof Expr.ListExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.TupleExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.SetExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.DictExpr x) {
      for (int i = 0; i < x.keys().size(); i++) {
        add(out, x.keys().get(i));
        out.add(x.values().get(i));
      }
    } else if (e instanceof Expr.IfExp x) {
      out.add(x.test());
      out.add(x.body());
      out.add(x.orElse());
    } else if (e instanceof Expr.Lambda x) {
      for (Params.Param p : Resolver.orderedParams(x.params())) {
        add(out, p.defaultValue());
      }
    } else if (e instanceof Expr.Yield x) {
      add(out, x.value());
    } else if (e instanceof Expr.YieldFrom x) {
      out.add(x.value());
    } else if (e instanceof Expr.Starred x) {
      out.add(x.value());
    } else if (e instanceof Expr.NamedExpr x) {
      out.add(x.value());
    } else if (e instanceof Expr.Comprehension x) {
      out.add(x.generators().get(0).iter());
    }
    return out;
  }

  private static void add(List<Expr> out, Expr e) {
    if (e != null) {
      out.add(e);
    }
  }
}
