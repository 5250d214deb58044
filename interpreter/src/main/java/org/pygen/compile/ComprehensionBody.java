package org.pygen.compile;

import java.util.ArrayList;
import java.util.List;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Pos;
import org.pygen.syntax.Stmt;

/**
 * The body of a comprehension's function, written as ordinary statements: nested for and if
 * statements around an append (list), add (set), item assignment (dict) or yield (generator
 * expression), with the result held in a hidden local and returned.
 */
final class ComprehensionBody {
  private static final String RESULT = "$result";
  private static final String KEY = "$key";

  private ComprehensionBody() {}

  /** {@code firstIterator}: the parameter holding the first iterable's iterator. */
  static List<Stmt> of(Expr.Comprehension x, String firstIterator) {
    Pos pos = x.pos();
    List<Stmt> body = innermost(x);
    for (int i = x.generators().size() - 1; i >= 0; i--) {
      Expr.ComprehensionFor g = x.generators().get(i);
      for (int j = g.ifs().size() - 1; j >= 0; j--) {
        body = List.of(new Stmt.If(pos, g.ifs().get(j), body, List.of()));
      }
      Expr iter = i == 0 ? new Expr.Name(pos, firstIterator) : g.iter();
      body = List.of(new Stmt.For(pos, g.target(), iter, body, List.of()));
    }
    if (x.kind() == Expr.ComprehensionKind.GENERATOR) {
      return body;
    }
    Expr empty =
        switch (x.kind()) {
          case LIST -> new Expr.ListExpr(pos, List.of());
          case SET -> new Expr.SetExpr(pos, List.of());
          default -> new Expr.DictExpr(pos, List.of(), List.of());
        };
    List<Stmt> full = new ArrayList<>();
    full.add(new Stmt.Assign(pos, List.of(result(pos)), empty));
    full.addAll(body);
    full.add(new Stmt.Return(pos, result(pos)));
    return full;
  }

  private static List<Stmt> innermost(Expr.Comprehension x) {
    Pos pos = x.pos();
    switch (x.kind()) {
      case LIST:
      case SET:
        String method = x.kind() == Expr.ComprehensionKind.LIST ? "append" : "add";
        return List.of(
            new Stmt.ExprStmt(
                pos,
                new Expr.Call(
                    pos,
                    new Expr.Attribute(pos, result(pos), method),
                    List.of(x.elt()),
                    List.of())));
      case DICT:
        // The key is evaluated before the value (Python 3.8+), so it goes through a temp.
        Expr.Name key = new Expr.Name(pos, KEY);
        return List.of(
            new Stmt.Assign(pos, List.of(key), x.elt()),
            new Stmt.Assign(
                pos, List.of(new Expr.Subscript(pos, result(pos), key)), x.value()));
      case GENERATOR:
      default:
        return List.of(new Stmt.ExprStmt(pos, new Expr.Yield(pos, x.elt())));
    }
  }

  private static Expr.Name result(Pos pos) {
    return new Expr.Name(pos, RESULT);
  }
}
