package org.pygen.compile;

import java.util.ArrayList;
import java.util.List;
import org.pygen.syntax.CmpOperator;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Params;
import org.pygen.syntax.Pos;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.UnaryOperator;

/**
 * Rewrites a generator body so that every yield is a statement of one of four shapes: {@code
 * yield v}, {@code t = yield v}, {@code yield from e}, {@code t = yield from e}. Only those shapes
 * need to suspend and resume, which keeps the resumable nodes simple.
 *
 * <p>Operands evaluated before a yield are saved in hidden temps first, in CPython's evaluation
 * order, so that nothing runs twice and nothing runs out of order:
 * {@code print(f() + (yield a))} becomes {@code $t0 = print; $t1 = f(); $t2 = yield a;
 * $t0($t1 + $t2)}. {@code and}, {@code or} and conditional expressions with a yield inside become
 * if statements, so short-circuiting still decides whether the yield happens at all.
 */
public final class YieldLowering {
  private final Scope scope;
  private final Resolution resolution;

  private YieldLowering(Scope scope, Resolution resolution) {
    this.scope = scope;
    this.resolution = resolution;
  }

  /**
   * The lowered body; statements without a yield come back unchanged (the same objects). A def,
   * lambda or comprehension rebuilt because a yield sat in its defaults, decorators or first
   * iterable keeps its scope: the rebuilt node is registered with {@code resolution}.
   */
  public static List<Stmt> lower(List<Stmt> body, Scope scope, Resolution resolution) {
    return new YieldLowering(scope, resolution).block(body);
  }

  private List<Stmt> block(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (YieldFinder.contains(s)) {
        stmt(s, out);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private void stmt(Stmt s, List<Stmt> out) {
    Pos pos = s.pos();
    if (s instanceof Stmt.ExprStmt x) {
      if (isYield(x.value())) {
        out.add(new Stmt.ExprStmt(pos, yieldWithLoweredOperand(x.value(), out)));
      } else {
        out.add(new Stmt.ExprStmt(pos, expr(x.value(), out)));
      }
    } else if (s instanceof Stmt.Assign x) {
      if (!YieldFinder.containsAny(x.targets())) {
        if (isYield(x.value()) && x.targets().size() == 1) {
          out.add(new Stmt.Assign(pos, x.targets(), yieldWithLoweredOperand(x.value(), out)));
        } else {
          out.add(new Stmt.Assign(pos, x.targets(), expr(x.value(), out)));
        }
        return;
      }
      // The value is computed first, then each target's parts, left to right.
      Expr value = spill(expr(x.value(), out), out);
      for (Expr t : x.targets()) {
        out.add(new Stmt.Assign(pos, List.of(target(t, out)), value));
      }
    } else if (s instanceof Stmt.AugAssign x) {
      // The target's container and index are evaluated first, then its current value is read,
      // then the value (with its yields) is computed: t op= v becomes $old = t; $old op= v;
      // t = $old, which keeps that order and the in-place operation.
      Expr target = spilledTarget(x.target(), out);
      if (!YieldFinder.contains(x.value())) {
        out.add(new Stmt.AugAssign(pos, target, x.op(), x.value()));
        return;
      }
      Expr.Name old = name(pos, scope.newTemp());
      out.add(new Stmt.Assign(pos, List.of(old), target));
      out.add(new Stmt.AugAssign(pos, old, x.op(), expr(x.value(), out)));
      out.add(new Stmt.Assign(pos, List.of(target), old));
    } else if (s instanceof Stmt.AnnAssign x) {
      Expr value = x.value() == null ? null : spill(expr(x.value(), out), out);
      out.add(new Stmt.AnnAssign(pos, target(x.target(), out), x.annotation(), value));
    } else if (s instanceof Stmt.Delete x) {
      for (Expr t : x.targets()) {
        out.add(new Stmt.Delete(pos, List.of(target(t, out))));
      }
    } else if (s instanceof Stmt.Return x) {
      out.add(new Stmt.Return(pos, expr(x.value(), out)));
    } else if (s instanceof Stmt.If x) {
      Expr test = expr(x.test(), out);
      out.add(new Stmt.If(pos, test, block(x.body()), block(x.orElse())));
    } else if (s instanceof Stmt.While x) {
      whileStmt(x, out);
    } else if (s instanceof Stmt.For x) {
      Expr iter = expr(x.iter(), out);
      Expr target = x.target();
      List<Stmt> body = x.body();
      if (YieldFinder.contains(target)) {
        // The target is assigned at the start of every iteration: for $t in it: target = $t
        Expr.Name item = name(pos, scope.newTemp());
        body = prepend(new Stmt.Assign(pos, List.of(target), item), body);
        target = item;
      }
      out.add(new Stmt.For(pos, target, iter, block(body), block(x.orElse())));
    } else if (s instanceof Stmt.With x) {
      withStmt(x, out);
    } else if (s instanceof Stmt.Try x) {
      boolean yieldInType = false;
      for (Stmt.ExceptHandler h : x.handlers()) {
        yieldInType |= YieldFinder.contains(h.type());
      }
      if (yieldInType) {
        out.add(tryWithYieldInExceptType(x));
        return;
      }
      List<Stmt.ExceptHandler> handlers = new ArrayList<>();
      for (Stmt.ExceptHandler h : x.handlers()) {
        handlers.add(new Stmt.ExceptHandler(h.pos(), h.type(), h.name(), block(h.body())));
      }
      out.add(
          new Stmt.Try(
              pos, block(x.body()), handlers, block(x.orElse()), block(x.finalBody())));
    } else if (s instanceof Stmt.Raise x) {
      List<Expr> parts = ordered(nullableList(x.exc(), x.cause()), out);
      out.add(new Stmt.Raise(pos, parts.get(0), parts.get(1)));
    } else if (s instanceof Stmt.Assert x) {
      Expr test = expr(x.test(), out);
      if (!YieldFinder.contains(x.msg())) {
        out.add(new Stmt.Assert(pos, test, x.msg()));
        return;
      }
      // The message is evaluated only when the test fails: if not test: <msg>; assert False, msg
      List<Stmt> failing = new ArrayList<>();
      Expr msg = expr(x.msg(), failing);
      failing.add(new Stmt.Assert(pos, new Expr.Constant(pos, Boolean.FALSE), msg));
      out.add(
          new Stmt.If(pos, new Expr.UnaryOp(pos, UnaryOperator.NOT, test), failing, List.of()));
    } else if (s instanceof Stmt.FunctionDef x) {
      List<Expr> parts = new ArrayList<>(x.decorators());
      List<Params.Param> params = Resolver.orderedParams(x.params());
      for (Params.Param p : params) {
        parts.add(p.defaultValue());
      }
      List<Expr> lowered = ordered(parts, out);
      int n = x.decorators().size();
      Stmt.FunctionDef def =
          new Stmt.FunctionDef(
              pos,
              x.name(),
              withDefaults(x.params(), lowered.subList(n, lowered.size())),
              x.body(),
              lowered.subList(0, n));
      resolution.alias(def, x);
      out.add(def);
    } else {
      throw new LoweringException(pos, "yield is not supported here yet");
    }
  }

  /**
   * {@code while cond: body else: tail} with a yield in cond becomes {@code while True: <cond's
   * statements>; if not $c: [$ended = True]; break; body} followed by {@code if $ended: tail}, so
   * the else clause still runs only when the condition turned false.
   */
  private void whileStmt(Stmt.While x, List<Stmt> out) {
    Pos pos = x.pos();
    if (!YieldFinder.contains(x.test())) {
      out.add(new Stmt.While(pos, x.test(), block(x.body()), block(x.orElse())));
      return;
    }
    String ended = x.orElse().isEmpty() ? null : scope.newTemp();
    if (ended != null) {
      out.add(assign(pos, ended, new Expr.Constant(pos, Boolean.FALSE)));
    }
    List<Stmt> loop = new ArrayList<>();
    Expr test = expr(x.test(), loop);
    List<Stmt> exit = new ArrayList<>();
    if (ended != null) {
      exit.add(assign(pos, ended, new Expr.Constant(pos, Boolean.TRUE)));
    }
    exit.add(new Stmt.Break(pos));
    loop.add(new Stmt.If(pos, new Expr.UnaryOp(pos, UnaryOperator.NOT, test), exit, List.of()));
    loop.addAll(block(x.body()));
    out.add(new Stmt.While(pos, new Expr.Constant(pos, Boolean.TRUE), loop, List.of()));
    if (ended != null) {
      out.add(new Stmt.If(pos, name(pos, ended), block(x.orElse()), List.of()));
    }
  }

  /**
   * A try statement one of whose except clauses has a yield in its type. The clauses' types are
   * evaluated only while an exception is being matched, one after the other, so the matching is
   * written out: a catch-all clause binds the exception to a temp, then an if chain tests each
   * type in order with an exception-match comparison and runs the first clause that matches, and
   * a bare raise re-raises the exception when none does.
   *
   * <pre>
   * try:                               try:
   *     body                               try:
   * except A as a:                             body
   *     h1                   becomes       except as $e:       # catches everything
   * except (yield) as b:                       if $e matches A: a = $e; try: h1 finally: del a
   *     h2                                     else:
   * else: e                                        $t = yield
   * finally: f                                     if $e matches $t: ... h2 ...
   *                                                else: raise
   *                                        else: e
   *                                    finally: f
   * </pre>
   */
  private Stmt tryWithYieldInExceptType(Stmt.Try x) {
    Pos pos = x.pos();
    String caught = scope.newTemp();
    List<Stmt> dispatch = new ArrayList<>();
    List<Stmt> next = dispatch;
    for (Stmt.ExceptHandler h : x.handlers()) {
      List<Stmt> body = new ArrayList<>();
      if (h.name() != null) {
        body.add(new Stmt.Assign(h.pos(), List.of(name(h.pos(), h.name())), name(pos, caught)));
        body.add(
            new Stmt.Try(
                h.pos(),
                h.body(),
                List.of(),
                List.of(),
                List.of(new Stmt.Delete(h.pos(), List.of(name(h.pos(), h.name()))))));
      } else {
        body.addAll(h.body());
      }
      if (h.type() == null) {
        next.addAll(body);
        next = null;
        break;
      }
      Expr type = expr(h.type(), next);
      Expr matches =
          new Expr.Compare(
              h.pos(), name(pos, caught), List.of(CmpOperator.EXCEPTION_MATCH), List.of(type));
      List<Stmt> otherwise = new ArrayList<>();
      next.add(new Stmt.If(h.pos(), matches, body, otherwise));
      next = otherwise;
    }
    if (next != null) {
      next.add(new Stmt.Raise(pos, null, null));
    }
    Stmt.ExceptHandler catchAll = new Stmt.ExceptHandler(pos, null, caught, dispatch);
    Stmt.Try inner = new Stmt.Try(pos, x.body(), List.of(catchAll), x.orElse(), List.of());
    Stmt.Try whole =
        x.finalBody().isEmpty()
            ? inner
            : new Stmt.Try(pos, List.of(inner), List.of(), List.of(), x.finalBody());
    List<Stmt> lowered = new ArrayList<>();
    stmt(whole, lowered); // a try statement lowers to exactly one statement
    return lowered.get(0);
  }

  /** Several items become nested with statements, so each manager is entered in order. */
  private void withStmt(Stmt.With x, List<Stmt> out) {
    List<Stmt.WithItem> items = x.items();
    Stmt.WithItem first = items.get(0);
    Expr ctx = expr(first.contextExpr(), out);
    Expr target = first.target();
    List<Stmt> inner = x.body();
    if (items.size() > 1) {
      inner = List.of(new Stmt.With(x.pos(), items.subList(1, items.size()), inner));
    }
    if (YieldFinder.contains(target)) {
      // The target is assigned right after __enter__: with m as $t: target = $t; ...
      Expr.Name entered = name(x.pos(), scope.newTemp());
      inner = prepend(new Stmt.Assign(x.pos(), List.of(target), entered), inner);
      target = entered;
    }
    out.add(new Stmt.With(x.pos(), List.of(new Stmt.WithItem(ctx, target)), block(inner)));
  }

  private static List<Stmt> prepend(Stmt first, List<Stmt> rest) {
    List<Stmt> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  // ---- expressions ----

  private static boolean isYield(Expr e) {
    return e instanceof Expr.Yield || e instanceof Expr.YieldFrom;
  }

  /** A yield kept at statement level, with its operand lowered. */
  private Expr yieldWithLoweredOperand(Expr e, List<Stmt> pre) {
    if (e instanceof Expr.Yield y) {
      return y.value() == null ? y : new Expr.Yield(y.pos(), expr(y.value(), pre));
    }
    Expr.YieldFrom y = (Expr.YieldFrom) e;
    return new Expr.YieldFrom(y.pos(), expr(y.value(), pre));
  }

  /** A yield-free equivalent of {@code e}, with the statements that must run first in {@code pre}. */
  private Expr expr(Expr e, List<Stmt> pre) {
    if (e == null || !YieldFinder.contains(e)) {
      return e;
    }
    Pos pos = e.pos();
    if (isYield(e)) {
      String t = scope.newTemp();
      pre.add(new Stmt.Assign(pos, List.of(name(pos, t)), yieldWithLoweredOperand(e, pre)));
      return name(pos, t);
    }
    if (e instanceof Expr.BoolOp x) {
      String t = scope.newTemp();
      pre.addAll(shortCircuit(x, 0, t));
      return name(pos, t);
    }
    if (e instanceof Expr.IfExp x) {
      String t = scope.newTemp();
      Expr test = expr(x.test(), pre);
      List<Stmt> then = new ArrayList<>();
      then.add(assign(pos, t, expr(x.body(), then)));
      List<Stmt> otherwise = new ArrayList<>();
      otherwise.add(assign(pos, t, expr(x.orElse(), otherwise)));
      pre.add(new Stmt.If(pos, test, then, otherwise));
      return name(pos, t);
    }
    if (e instanceof Expr.Compare x && x.ops().size() > 1) {
      String t = scope.newTemp();
      Expr left = spill(expr(x.left(), pre), pre);
      pre.addAll(chain(x, 0, left, t));
      return name(pos, t);
    }
    if (e instanceof Expr.Comprehension x) {
      Expr.ComprehensionFor first = x.generators().get(0);
      List<Expr.ComprehensionFor> generators = new ArrayList<>(x.generators());
      generators.set(
          0,
          new Expr.ComprehensionFor(first.pos(), first.target(), expr(first.iter(), pre),
              first.ifs()));
      Expr.Comprehension c =
          new Expr.Comprehension(pos, x.kind(), x.elt(), x.value(), generators);
      resolution.alias(c, x);
      return c;
    }
    if (e instanceof Expr.Lambda x) {
      List<Expr> defaults = new ArrayList<>();
      for (Params.Param p : Resolver.orderedParams(x.params())) {
        defaults.add(p.defaultValue());
      }
      Expr.Lambda l = new Expr.Lambda(pos, withDefaults(x.params(), ordered(defaults, pre)), x.body());
      resolution.alias(l, x);
      return l;
    }
    return rebuild(e, ordered(ExprChildren.of(e), pre));
  }

  /** {@code a and b and c} evaluated into temp {@code t}, stopping at the deciding operand. */
  private List<Stmt> shortCircuit(Expr.BoolOp x, int i, String t) {
    Pos pos = x.pos();
    List<Stmt> stmts = new ArrayList<>();
    stmts.add(assign(pos, t, expr(x.values().get(i), stmts)));
    if (i + 1 < x.values().size()) {
      Expr cond =
          x.isAnd() ? name(pos, t) : new Expr.UnaryOp(pos, UnaryOperator.NOT, name(pos, t));
      stmts.add(new Stmt.If(pos, cond, shortCircuit(x, i + 1, t), List.of()));
    }
    return stmts;
  }

  /** {@code a < b < c}: each link into temp {@code t}, stopping at the first false one. */
  private List<Stmt> chain(Expr.Compare x, int i, Expr left, String t) {
    Pos pos = x.pos();
    List<Stmt> stmts = new ArrayList<>();
    Expr right = spill(expr(x.comparators().get(i), stmts), stmts);
    CmpOperator op = x.ops().get(i);
    stmts.add(assign(pos, t, new Expr.Compare(pos, left, List.of(op), List.of(right))));
    if (i + 1 < x.ops().size()) {
      stmts.add(new Stmt.If(pos, name(pos, t), chain(x, i + 1, right, t), List.of()));
    }
    return stmts;
  }

  /**
   * Lowers operands evaluated left to right: those before the last one containing a yield are
   * saved in temps (they must be computed before the yield), that one is lowered, and the rest
   * stay as they are (they run after the yield anyway). Null entries stay null.
   */
  private List<Expr> ordered(List<Expr> children, List<Stmt> pre) {
    int last = -1;
    for (int i = 0; i < children.size(); i++) {
      if (YieldFinder.contains(children.get(i))) {
        last = i;
      }
    }
    List<Expr> out = new ArrayList<>(children.size());
    for (int i = 0; i < children.size(); i++) {
      Expr c = children.get(i);
      if (c == null || i > last) {
        out.add(c);
      } else if (i < last) {
        out.add(spill(expr(c, pre), pre));
      } else {
        out.add(expr(c, pre));
      }
    }
    return out;
  }

  /**
   * An assignment target whose parts (container, index, attribute owner, unpacked elements) are
   * lowered in evaluation order, so a yield inside a target works.
   */
  private Expr target(Expr t, List<Stmt> pre) {
    if (!YieldFinder.contains(t)) {
      return t;
    }
    Pos pos = t.pos();
    if (t instanceof Expr.TupleExpr x) {
      return new Expr.TupleExpr(pos, targets(x.elts(), pre));
    }
    if (t instanceof Expr.ListExpr x) {
      return new Expr.ListExpr(pos, targets(x.elts(), pre));
    }
    if (t instanceof Expr.Starred x) {
      return new Expr.Starred(pos, target(x.value(), pre));
    }
    if (t instanceof Expr.Subscript || t instanceof Expr.Attribute) {
      return rebuild(t, ordered(ExprChildren.of(t), pre));
    }
    throw new LoweringException(pos, "yield inside this assignment target is not supported yet");
  }

  /**
   * Unpacking targets are assigned left to right, each after the previous one: lowering them one
   * by one keeps that order. (A yield in a later element runs before earlier elements are
   * assigned: CPython evaluates each element's parts right before assigning it, and so do we.)
   */
  private List<Expr> targets(List<Expr> elts, List<Stmt> pre) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : elts) {
      out.add(target(e, pre));
    }
    return out;
  }

  /** An augmented-assignment target with its container and index saved in temps. */
  private Expr spilledTarget(Expr t, List<Stmt> pre) {
    if (t instanceof Expr.Subscript x) {
      Expr container = spill(expr(x.value(), pre), pre);
      return new Expr.Subscript(t.pos(), container, spill(expr(x.index(), pre), pre));
    }
    if (t instanceof Expr.Attribute x) {
      return new Expr.Attribute(t.pos(), spill(expr(x.value(), pre), pre), x.attr());
    }
    return t;
  }

  /** The same parameters with new default values, given in {@link Resolver#orderedParams} order. */
  private static Params withDefaults(Params p, List<Expr> defaults) {
    int[] i = {0};
    java.util.function.UnaryOperator<Params.Param> next =
        q -> new Params.Param(q.pos(), q.name(), defaults.get(i[0]++));
    List<Params.Param> posOnly = p.posOnly().stream().map(next).toList();
    List<Params.Param> args = p.args().stream().map(next).toList();
    List<Params.Param> kwOnly = p.kwOnly().stream().map(next).toList();
    Params.Param varArg = p.varArg() == null ? null : next.apply(p.varArg());
    Params.Param kwArg = p.kwArg() == null ? null : next.apply(p.kwArg());
    return new Params(posOnly, args, varArg, kwOnly, kwArg);
  }

  /** Saves a value in a temp unless it is a constant (which cannot change). */
  private Expr spill(Expr e, List<Stmt> pre) {
    if (e instanceof Expr.Constant) {
      return e;
    }
    if (e instanceof Expr.Starred s) {
      return new Expr.Starred(s.pos(), spill(s.value(), pre));
    }
    String t = scope.newTemp();
    pre.add(assign(e.pos(), t, e));
    return name(e.pos(), t);
  }

  /** The same expression with its children (from {@link ExprChildren#of}) replaced. */
  private static Expr rebuild(Expr e, List<Expr> c) {
    Pos pos = e.pos();
    if (e instanceof Expr.JoinedStr) {
      return new Expr.JoinedStr(pos, c);
    } else if (e instanceof Expr.FormattedValue x) {
      return new Expr.FormattedValue(
          pos, c.get(0), x.conversion(), x.formatSpec() == null ? null : c.get(1));
    } else if (e instanceof Expr.BinOp x) {
      return new Expr.BinOp(pos, c.get(0), x.op(), c.get(1));
    } else if (e instanceof Expr.UnaryOp x) {
      return new Expr.UnaryOp(pos, x.op(), c.get(0));
    } else if (e instanceof Expr.Compare x) {
      return new Expr.Compare(pos, c.get(0), x.ops(), c.subList(1, c.size()));
    } else if (e instanceof Expr.Call x) {
      int nArgs = x.args().size();
      List<Expr.Keyword> kws = new ArrayList<>();
      for (int i = 0; i < x.keywords().size(); i++) {
        Expr.Keyword k = x.keywords().get(i);
        kws.add(new Expr.Keyword(k.pos(), k.name(), c.get(1 + nArgs + i)));
      }
      return new Expr.Call(pos, c.get(0), c.subList(1, 1 + nArgs), kws);
    } else if (e instanceof Expr.Attribute x) {
      return new Expr.Attribute(pos, c.get(0), x.attr());
    } else if (e instanceof Expr.Subscript) {
      return new Expr.Subscript(pos, c.get(0), c.get(1));
    } else if (e instanceof Expr.Slice x) {
      int i = 0;
      Expr lower = x.lower() == null ? null : c.get(i++);
      Expr upper = x.upper() == null ? null : c.get(i++);
      Expr step = x.step() == null ? null : c.get(i);
      return new Expr.Slice(pos, lower, upper, step);
    } else if (e instanceof Expr.ListExpr) {
      return new Expr.ListExpr(pos, c);
    } else if (e instanceof Expr.TupleExpr) {
      return new Expr.TupleExpr(pos, c);
    } else if (e instanceof Expr.SetExpr) {
      return new Expr.SetExpr(pos, c);
    } else if (e instanceof Expr.DictExpr x) {
      List<Expr> keys = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      int i = 0;
      for (Expr k : x.keys()) {
        keys.add(k == null ? null : c.get(i++));
        values.add(c.get(i++));
      }
      return new Expr.DictExpr(pos, keys, values);
    } else if (e instanceof Expr.Starred) {
      return new Expr.Starred(pos, c.get(0));
    } else if (e instanceof Expr.NamedExpr x) {
      return new Expr.NamedExpr(pos, x.target(), c.get(0));
    }
    throw new LoweringException(pos, "yield is not supported in this expression yet");
  }

  private static List<Expr> nullableList(Expr a, Expr b) {
    List<Expr> l = new ArrayList<>();
    l.add(a);
    l.add(b);
    return l;
  }

  private void reject(Expr e, String where) {
    if (YieldFinder.contains(e)) {
      throw new LoweringException(e.pos(), "yield inside " + where + " is not supported yet");
    }
  }

  private void rejectIn(List<Expr> es, String where) {
    for (Expr e : es) {
      reject(e, where);
    }
  }

  private static Expr.Name name(Pos pos, String id) {
    return new Expr.Name(pos, id);
  }

  private static Stmt assign(Pos pos, String temp, Expr value) {
    return new Stmt.Assign(pos, List.of(name(pos, temp)), value);
  }
}
