package org.pygen.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Module;
import org.pygen.syntax.Params;
import org.pygen.syntax.Pos;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.SyntaxErrorException;
import org.pygen.syntax.SyntaxProblem;

/**
 * Decides, for every name in a module, whether it is a local (a frame slot), a cell shared with
 * nested functions, or a global; marks each function containing yield as a generator; and reports
 * the errors CPython's compiler reports at this stage ('return' outside function, 'break' outside
 * loop, ...). Python's rule: a name bound anywhere in a function body is local to it unless
 * declared global or nonlocal; other names are looked up in enclosing functions, then globals.
 */
public final class Resolver {
  private final Module module;
  private final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
  private final List<Scope> functionScopes = new ArrayList<>();
  private final List<SyntaxProblem> problems = new ArrayList<>();
  /** Scopes of comprehensions, where yield is forbidden, mapped to their display name. */
  private final IdentityHashMap<Scope, String> comprehensionKinds = new IdentityHashMap<>();

  /** The implicit cell holding the class being defined, for super() and {@code __class__}. */
  public static final String CLASS_CELL = "__class__";

  private Resolver(Module module) {
    this.module = module;
  }

  /** Resolves a parsed module; throws SyntaxErrorException listing every problem found. */
  public static Resolution resolve(Module module) {
    Resolver r = new Resolver(module);
    Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
    r.visitBlock(module.body(), top, 0);
    r.bindLocals();
    r.bindFreeVariables();
    if (!r.problems.isEmpty()) {
      r.problems.sort(
          (a, b) -> a.line() != b.line() ? a.line() - b.line() : a.column() - b.column());
      throw new SyntaxErrorException(module.fileName(), r.problems);
    }
    return new Resolution(top, r.scopes);
  }

  // ---- pass 1: collect names per scope ----

  private void visitBlock(List<Stmt> body, Scope s, int loops) {
    for (Stmt st : body) {
      visitStmt(st, s, loops);
    }
  }

  private void visitStmt(Stmt st, Scope s, int loops) {
    if (st instanceof Stmt.ExprStmt x) {
      visitExpr(x.value(), s);
    } else if (st instanceof Stmt.Assign x) {
      visitExpr(x.value(), s);
      for (Expr t : x.targets()) {
        visitTarget(t, s);
      }
    } else if (st instanceof Stmt.AugAssign x) {
      visitExpr(x.value(), s);
      visitTarget(x.target(), s);
      if (x.target() instanceof Expr.Name n) {
        s.used.add(n.id());
      }
    } else if (st instanceof Stmt.AnnAssign x) {
      if (x.value() != null) {
        visitExpr(x.value(), s);
      }
      visitTarget(x.target(), s);
    } else if (st instanceof Stmt.Pass) {
      // nothing to resolve
    } else if (st instanceof Stmt.Break) {
      if (loops == 0) {
        problem(st.pos(), "'break' outside loop", 5);
      }
    } else if (st instanceof Stmt.Continue) {
      if (loops == 0) {
        problem(st.pos(), "'continue' not properly in loop", 8);
      }
    } else if (st instanceof Stmt.Return x) {
      if (!s.isFunction() || comprehensionKinds.containsKey(s)) {
        problem(st.pos(), "'return' outside function", -1);
      }
      if (x.value() != null) {
        visitExpr(x.value(), s);
      }
    } else if (st instanceof Stmt.Delete x) {
      for (Expr t : x.targets()) {
        visitTarget(t, s);
      }
    } else if (st instanceof Stmt.If x) {
      visitExpr(x.test(), s);
      visitBlock(x.body(), s, loops);
      visitBlock(x.orElse(), s, loops);
    } else if (st instanceof Stmt.While x) {
      visitExpr(x.test(), s);
      visitBlock(x.body(), s, loops + 1);
      visitBlock(x.orElse(), s, loops);
    } else if (st instanceof Stmt.For x) {
      visitExpr(x.iter(), s);
      visitTarget(x.target(), s);
      visitBlock(x.body(), s, loops + 1);
      visitBlock(x.orElse(), s, loops);
    } else if (st instanceof Stmt.FunctionDef x) {
      for (Expr d : x.decorators()) {
        visitExpr(d, s);
      }
      visitFunction(x, x.name(), x.params(), s);
      s.assigned.add(x.name());
      Scope fn = scopes.get(x);
      visitBlock(x.body(), fn, 0);
    } else if (st instanceof Stmt.ClassDef x) {
      for (Expr d : x.decorators()) {
        visitExpr(d, s);
      }
      visitExprs(x.bases(), s);
      for (Expr.Keyword k : x.keywords()) {
        visitExpr(k.value(), s);
      }
      Scope cls = new Scope(Scope.Kind.CLASS, x.name(), s);
      scopes.put(x, cls);
      functionScopes.add(cls);
      visitBlock(x.body(), cls, 0);
      s.assigned.add(x.name());
    } else if (st instanceof Stmt.With x) {
      for (Stmt.WithItem item : x.items()) {
        visitExpr(item.contextExpr(), s);
        if (item.target() != null) {
          visitTarget(item.target(), s);
        }
      }
      visitBlock(x.body(), s, loops);
    } else if (st instanceof Stmt.Try x) {
      visitBlock(x.body(), s, loops);
      for (Stmt.ExceptHandler h : x.handlers()) {
        if (h.type() != null) {
          visitExpr(h.type(), s);
        }
        if (h.name() != null) {
          assign(h.name(), s);
        }
        visitBlock(h.body(), s, loops);
      }
      visitBlock(x.orElse(), s, loops);
      visitBlock(x.finalBody(), s, loops);
    } else if (st instanceof Stmt.Raise x) {
      if (x.exc() != null) {
        visitExpr(x.exc(), s);
      }
      if (x.cause() != null) {
        visitExpr(x.cause(), s);
      }
    } else if (st instanceof Stmt.Assert x) {
      visitExpr(x.test(), s);
      if (x.msg() != null) {
        visitExpr(x.msg(), s);
      }
    } else if (st instanceof Stmt.Import x) {
      for (Stmt.Alias a : x.names()) {
        String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
        assign(bound, s);
      }
    } else if (st instanceof Stmt.ImportFrom x) {
      for (Stmt.Alias a : x.names()) {
        if (a.name().equals("*")) {
          if (s.isFunction()) {
            problem(st.pos(), "import * only allowed at module level", -1);
          }
        } else {
          assign(a.asName() != null ? a.asName() : a.name(), s);
        }
      }
    } else if (st instanceof Stmt.Global x) {
      for (String n : x.names()) {
        boolean inBlock = s.kind() != Scope.Kind.MODULE;
        if (inBlock && s.assigned.contains(n)) {
          problem(st.pos(), "name '" + n + "' is assigned to before global declaration", -1);
        } else if (inBlock && s.used.contains(n)) {
          problem(st.pos(), "name '" + n + "' is used prior to global declaration", -1);
        }
        s.declaredGlobal.add(n);
      }
    } else if (st instanceof Stmt.Nonlocal x) {
      if (s.kind() == Scope.Kind.MODULE) {
        problem(st.pos(), "nonlocal declaration not allowed at module level", -1);
        return;
      }
      for (String n : x.names()) {
        if (s.assigned.contains(n)) {
          problem(st.pos(), "name '" + n + "' is assigned to before nonlocal declaration", -1);
        }
        s.declaredNonlocal.add(n);
        s.nonlocalPositions.putIfAbsent(n, st.pos());
      }
    } else {
      throw new IllegalStateException("unknown statement " + st);
    }
  }

  private void visitFunction(Object node, String name, Params params, Scope s) {
    for (Params.Param p : orderedParams(params)) {
      if (p.defaultValue() != null) {
        visitExpr(p.defaultValue(), s);
      }
    }
    Scope fn = newFunctionScope(node, name, s);
    for (Params.Param p : orderedParams(params)) {
      if (fn.params.contains(p.name())) {
        problem(p.pos(), "duplicate argument '" + p.name() + "' in function definition", -1);
      }
      fn.params.add(p.name());
      fn.assigned.add(p.name());
      fn.slot(p.name());
    }
  }

  private Scope newFunctionScope(Object node, String name, Scope parent) {
    Scope fn = new Scope(Scope.Kind.FUNCTION, name, parent);
    scopes.put(node, fn);
    functionScopes.add(fn);
    return fn;
  }

  /** Parameters in frame-slot order: positional (only and ordinary), keyword-only, *, **. */
  static List<Params.Param> orderedParams(Params p) {
    List<Params.Param> all = new ArrayList<>(p.posOnly());
    all.addAll(p.args());
    all.addAll(p.kwOnly());
    if (p.varArg() != null) {
      all.add(p.varArg());
    }
    if (p.kwArg() != null) {
      all.add(p.kwArg());
    }
    return all;
  }

  private static void assign(String name, Scope s) {
    s.assigned.add(name);
  }

  private void visitTarget(Expr t, Scope s) {
    if (t instanceof Expr.Name n) {
      assign(n.id(), s);
    } else if (t instanceof Expr.TupleExpr x) {
      for (Expr e : x.elts()) {
        visitTarget(e, s);
      }
    } else if (t instanceof Expr.ListExpr x) {
      for (Expr e : x.elts()) {
        visitTarget(e, s);
      }
    } else if (t instanceof Expr.Starred x) {
      visitTarget(x.value(), s);
    } else {
      // Attribute and subscript targets evaluate their parts; the parser rejects the rest.
      visitExpr(t, s);
    }
  }

  private void visitExprs(List<Expr> es, Scope s) {
    for (Expr e : es) {
      if (e != null) {
        visitExpr(e, s);
      }
    }
  }

  private void visitExpr(Expr e, Scope s) {
    if (e instanceof Expr.Name x) {
      s.used.add(x.id());
      if (x.id().equals("super") && s.isFunction()) {
        // A zero-argument super() needs the class being defined: CPython's implicit __class__.
        s.used.add(CLASS_CELL);
      }
    } else if (e instanceof Expr.Constant) {
      // nothing
    } else if (e instanceof Expr.JoinedStr x) {
      visitExprs(x.parts(), s);
    } else if (e instanceof Expr.FormattedValue x) {
      visitExpr(x.value(), s);
      if (x.formatSpec() != null) {
        visitExpr(x.formatSpec(), s);
      }
    } else if (e instanceof Expr.BinOp x) {
      visitExpr(x.left(), s);
      visitExpr(x.right(), s);
    } else if (e instanceof Expr.UnaryOp x) {
      visitExpr(x.operand(), s);
    } else if (e instanceof Expr.BoolOp x) {
      visitExprs(x.values(), s);
    } else if (e instanceof Expr.Compare x) {
      visitExpr(x.left(), s);
      visitExprs(x.comparators(), s);
    } else if (e instanceof Expr.Call x) {
      visitExpr(x.func(), s);
      visitExprs(x.args(), s);
      for (Expr.Keyword k : x.keywords()) {
        visitExpr(k.value(), s);
      }
    } else if (e instanceof Expr.Attribute x) {
      visitExpr(x.value(), s);
    } else if (e instanceof Expr.Subscript x) {
      visitExpr(x.value(), s);
      visitExpr(x.index(), s);
    } else if (e instanceof Expr.Slice x) {
      visitExprs(java.util.Arrays.asList(x.lower(), x.upper(), x.step()), s);
    } else if (e instanceof Expr.ListExpr x) {
      visitExprs(x.elts(), s);
    } else if (e instanceof Expr.TupleExpr x) {
      visitExprs(x.elts(), s);
    } else if (e instanceof Expr.SetExpr x) {
      visitExprs(x.elts(), s);
    } else if (e instanceof Expr.DictExpr x) {
      visitExprs(x.keys(), s);
      visitExprs(x.values(), s);
    } else if (e instanceof Expr.IfExp x) {
      visitExpr(x.test(), s);
      visitExpr(x.body(), s);
      visitExpr(x.orElse(), s);
    } else if (e instanceof Expr.Lambda x) {
      visitFunction(x, "<lambda>", x.params(), s);
      visitExpr(x.body(), scopes.get(x));
    } else if (e instanceof Expr.Yield x) {
      checkYield(e.pos(), s, "yield");
      if (x.value() != null) {
        visitExpr(x.value(), s);
      }
    } else if (e instanceof Expr.YieldFrom x) {
      checkYield(e.pos(), s, "yield from");
      visitExpr(x.value(), s);
    } else if (e instanceof Expr.Starred x) {
      visitExpr(x.value(), s);
    } else if (e instanceof Expr.NamedExpr x) {
      visitExpr(x.value(), s);
      Scope target = s;
      while (comprehensionKinds.containsKey(target)) {
        target = target.parent();
      }
      assign(x.target().id(), target);
      s.used.add(x.target().id());
    } else if (e instanceof Expr.Comprehension x) {
      visitComprehension(x, s);
    } else {
      throw new IllegalStateException("unknown expression " + e);
    }
  }

  private void visitComprehension(Expr.Comprehension x, Scope s) {
    visitExpr(x.generators().get(0).iter(), s);
    String name =
        switch (x.kind()) {
          case LIST -> "<listcomp>";
          case SET -> "<setcomp>";
          case DICT -> "<dictcomp>";
          case GENERATOR -> "<genexpr>";
        };
    Scope c = newFunctionScope(x, name, s);
    comprehensionKinds.put(
        c,
        switch (x.kind()) {
          case LIST -> "list comprehension";
          case SET -> "set comprehension";
          case DICT -> "dict comprehension";
          case GENERATOR -> "generator expression";
        });
    c.params.add(".0");
    c.assigned.add(".0");
    c.slot(".0");
    if (x.kind() == Expr.ComprehensionKind.GENERATOR) {
      c.markGenerator();
    }
    boolean first = true;
    for (Expr.ComprehensionFor g : x.generators()) {
      if (!first) {
        visitExpr(g.iter(), c);
      }
      first = false;
      visitTarget(g.target(), c);
      visitExprs(g.ifs(), c);
    }
    visitExpr(x.elt(), c);
    if (x.value() != null) {
      visitExpr(x.value(), c);
    }
  }

  private void checkYield(Pos pos, Scope s, String what) {
    String comp = comprehensionKinds.get(s);
    if (comp != null) {
      problem(pos, "'yield' inside " + comp, -1);
    } else if (!s.isFunction()) {
      problem(pos, "'" + what.split(" ")[0] + "' outside function", -1);
    } else {
      s.markGenerator();
    }
  }

  // ---- pass 2: bindings ----

  private void bindLocals() {
    for (Scope s : functionScopes) {
      BindingKind own = s.isClass() ? BindingKind.NAMESPACE : BindingKind.LOCAL;
      for (String n : s.assigned) {
        if (s.declaredGlobal.contains(n) || s.declaredNonlocal.contains(n)) {
          continue;
        }
        s.bind(n, own);
      }
      for (String n : s.declaredGlobal) {
        s.bind(n, BindingKind.GLOBAL);
      }
    }
  }

  private void bindFreeVariables() {
    for (Scope s : functionScopes) {
      List<String> wanted = new ArrayList<>(s.declaredNonlocal);
      for (String n : s.used) {
        if (!s.isLocalOrCell(n) && !s.declaredGlobal.contains(n) && !wanted.contains(n)
            && s.binding(n) != BindingKind.NAMESPACE) {
          wanted.add(n);
        }
      }
      if (s.isClass()) {
        // Names a class body reads without assigning them may come from an enclosing function.
        for (String n : s.used) {
          if (!s.assigned.contains(n) && !s.declaredGlobal.contains(n) && !wanted.contains(n)) {
            wanted.add(n);
          }
        }
      }
      for (String n : wanted) {
        if (s.isLocalOrCell(n)) {
          continue;
        }
        Scope owner = findEnclosingOwner(s, n);
        if (owner == null) {
          if (s.declaredNonlocal.contains(n)) {
            problem(s.nonlocalPositions.get(n), "no binding for nonlocal '" + n + "' found", -1);
          }
          continue;
        }
        owner.bind(n, BindingKind.CELL);
        for (Scope m = s; m != owner; m = m.parent()) {
          if (m.isClass() && m.binding(n) == BindingKind.NAMESPACE && m.assigned.contains(n)) {
            // The class body has its own n; it only passes the cell on to its methods.
            m.addFree(n);
            m.slot(n);
          } else {
            m.bind(n, BindingKind.CELL);
            m.addFree(n);
          }
        }
      }
    }
  }

  private static Scope findEnclosingOwner(Scope s, String name) {
    for (Scope p = s.parent(); p != null && p.kind() != Scope.Kind.MODULE; p = p.parent()) {
      if (p.isClass()) {
        // Functions do not see a class body's names, except the implicit __class__ cell.
        if (name.equals(CLASS_CELL)) {
          return p;
        }
        continue;
      }
      if (p.declaredGlobal.contains(name)) {
        return null;
      }
      if (p.isLocalOrCell(name) && !p.freeNames().contains(name)) {
        return p;
      }
      if (p.declaredNonlocal.contains(name) || p.freeNames().contains(name)) {
        continue;
      }
    }
    return null;
  }

  // ---- problems ----

  /**
   * Records an error. {@code width} is the caret width; -1 means "to the end of the statement's
   * line", which is what CPython underlines for statement-level errors.
   */
  private void problem(Pos pos, String message, int width) {
    String line = pos.line() - 1 < module.lines().size() ? module.lines().get(pos.line() - 1) : "";
    int end = width < 0 ? line.stripTrailing().length() : pos.col() + width;
    if (end <= pos.col()) {
      end = pos.col() + 1;
    }
    problems.add(new SyntaxProblem("SyntaxError", message, pos.line(), pos.col(), end, line));
  }
}
