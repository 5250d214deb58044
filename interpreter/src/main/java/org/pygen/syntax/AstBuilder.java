package org.pygen.syntax;

import static org.pygen.syntax.ProblemCollector.SYNTAX_ERROR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pygen.grammar.PygenLexer;
import org.pygen.grammar.PygenParser;
import org.pygen.syntax.Expr.ComprehensionKind;

/**
 * Walks an ANTLR parse tree and builds the immutable AST. Besides building, it performs the checks
 * CPython's grammar performs with its "invalid_*" rules and that this project's deliberately
 * permissive grammar leaves open: assignment and deletion targets, parameter and argument order,
 * keyword argument names, unparenthesised generator arguments. Problems go to the collector and
 * building carries on, so that several can be reported.
 */
final class AstBuilder {
  private final String fileName;
  private final ProblemCollector problems;
  private final int lineDelta;
  private final int colDelta;
  /** First and last token of each expression built, for error carets that cover it. */
  private Map<Expr, Token[]> spans = new IdentityHashMap<>();

  /**
   * @param lineDelta added to every line (non-zero for f-string field expressions)
   * @param colDelta added to columns on the first line (ditto)
   */
  AstBuilder(String fileName, ProblemCollector problems, int lineDelta, int colDelta) {
    this.fileName = fileName;
    this.problems = problems;
    this.lineDelta = lineDelta;
    this.colDelta = colDelta;
  }

  // ---------------------------------------------------------------- entry points

  /** The statements of a whole file. */
  List<Stmt> fileInput(PygenParser.FileInputContext ctx) {
    List<Stmt> body = new ArrayList<>();
    for (PygenParser.StmtContext s : ctx.stmt()) {
      statement(s, body);
    }
    return body;
  }

  /**
   * Builds one top-level statement of a file parsed statement by statement, adding it to {@code
   * body}. Spans are kept only while their statement is built: no later error points into it.
   */
  void topLevelStatement(PygenParser.StmtContext ctx, List<Stmt> body) {
    statement(ctx, body);
    // clear() costs the table's capacity: after one huge statement, start a small table again.
    spans = spans.size() > 1024 ? new IdentityHashMap<>() : spans;
    spans.clear();
  }

  /**
   * Builds what can be built of a tree ANTLR recovered from errors, only to find the problems
   * the builder reports; statements left incomplete by the recovery are skipped.
   */
  void checkRecoveredTree(PygenParser.FileInputContext ctx) {
    for (PygenParser.StmtContext s : ctx.stmt()) {
      if (ParseTrees.containsError(s)) {
        // Recovery may have glued tokens into shapes the source does not have.
        continue;
      }
      try {
        statement(s, new ArrayList<>());
      } catch (RuntimeException incompleteTree) {
        // A node missing after error recovery; the parser has reported it already.
      }
    }
  }

  /** The expression of an eval() input. */
  Expr evalInput(PygenParser.EvalInputContext ctx) {
    Expr e = testlist(ctx.testlist());
    rejectBareStarred(e);
    return e;
  }

  /** An expression from a parse that stopped early (used to word an error). */
  Expr expression(PygenParser.ExprContext ctx) {
    return expr(ctx);
  }

  // ---------------------------------------------------------------- positions and problems

  private Pos pos(Token t) {
    int line = t.getLine();
    int col = t.getCharPositionInLine();
    return new Pos(line + lineDelta, line == 1 ? col + colDelta : col);
  }

  private Pos pos(ParserRuleContext ctx) {
    return pos(ctx.getStart());
  }

  private <T extends Expr> T span(T e, ParserRuleContext ctx) {
    return span(e, ctx.getStart(), ctx.getStop());
  }

  private <T extends Expr> T span(T e, Token first, Token last) {
    spans.put(e, new Token[] {first, last == null ? first : last});
    return e;
  }

  private void problemAt(Expr e, String message) {
    Token[] s = spans.get(e);
    if (s != null) {
      problems.add(problems.span(SYNTAX_ERROR, message, s[0], s[1]));
    } else {
      problems.add(
          problems.caret(SYNTAX_ERROR, message, e.pos().line(), e.pos().col()));
    }
  }

  private void problemAt(Token t, String message) {
    problems.add(problems.caret(SYNTAX_ERROR, message, t.getLine(), t.getCharPositionInLine()));
  }

  /**
   * Records a problem that CPython's compiler or symbol table finds, not its parser: it is only
   * reported when the file has no parse problem.
   */
  private void compileProblemAt(Expr e, String message) {
    Token[] s = spans.get(e);
    problems.addAfterParse(
        s != null
            ? problems.span(SYNTAX_ERROR, message, s[0], s[1])
            : problems.caret(SYNTAX_ERROR, message, e.pos().line(), e.pos().col()));
  }

  private void compileProblemAt(Token t, String message) {
    problems.addAfterParse(
        problems.caret(SYNTAX_ERROR, message, t.getLine(), t.getCharPositionInLine()));
  }

  // ---------------------------------------------------------------- statements

  private void statement(PygenParser.StmtContext ctx, List<Stmt> out) {
    if (ctx.simpleStmts() != null) {
      simpleStmts(ctx.simpleStmts(), out);
    } else {
      out.add(compound(ctx.compoundStmt()));
    }
  }

  private void simpleStmts(PygenParser.SimpleStmtsContext ctx, List<Stmt> out) {
    for (PygenParser.SimpleStmtContext s : ctx.simpleStmt()) {
      out.add(simple(s));
    }
  }

  private List<Stmt> block(PygenParser.BlockContext ctx) {
    List<Stmt> out = new ArrayList<>();
    if (ctx.simpleStmts() != null) {
      simpleStmts(ctx.simpleStmts(), out);
    } else {
      for (PygenParser.StmtContext s : ctx.stmt()) {
        statement(s, out);
      }
    }
    return out;
  }

  private Stmt simple(PygenParser.SimpleStmtContext ctx) {
    Pos pos = pos(ctx);
    if (ctx.exprStmt() != null) {
      return exprStmt(ctx.exprStmt());
    } else if (ctx.passStmt() != null) {
      return new Stmt.Pass(pos);
    } else if (ctx.breakStmt() != null) {
      return new Stmt.Break(pos);
    } else if (ctx.continueStmt() != null) {
      return new Stmt.Continue(pos);
    } else if (ctx.returnStmt() != null) {
      PygenParser.TestlistStarExprContext value = ctx.returnStmt().testlistStarExpr();
      return new Stmt.Return(pos, value == null ? null : value(value));
    } else if (ctx.yieldStmt() != null) {
      return new Stmt.ExprStmt(pos, yieldExpr(ctx.yieldStmt().yieldExpr()));
    } else if (ctx.delStmt() != null) {
      return delStmt(pos, ctx.delStmt());
    } else if (ctx.raiseStmt() != null) {
      PygenParser.RaiseStmtContext r = ctx.raiseStmt();
      Expr exc = r.test().isEmpty() ? null : test(r.test(0));
      Expr cause = r.test().size() > 1 ? test(r.test(1)) : null;
      return new Stmt.Raise(pos, exc, cause);
    } else if (ctx.globalStmt() != null) {
      return new Stmt.Global(pos, names(ctx.globalStmt().NAME()));
    } else if (ctx.nonlocalStmt() != null) {
      return new Stmt.Nonlocal(pos, names(ctx.nonlocalStmt().NAME()));
    } else if (ctx.assertStmt() != null) {
      PygenParser.AssertStmtContext a = ctx.assertStmt();
      return new Stmt.Assert(pos, test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null);
    } else if (ctx.importName() != null) {
      return importName(pos, ctx.importName());
    } else {
      return importFrom(pos, ctx.importFrom());
    }
  }

  private static List<String> names(List<TerminalNode> nodes) {
    List<String> out = new ArrayList<>();
    for (TerminalNode n : nodes) {
      out.add(n.getText());
    }
    return out;
  }

  private Stmt exprStmt(PygenParser.ExprStmtContext ctx) {
    Pos pos = pos(ctx);
    PygenParser.TestlistStarExprContext first = ctx.testlistStarExpr(0);
    if (ctx.annAssign() != null) {
      PygenParser.AnnAssignContext a = ctx.annAssign();
      Expr target = testlistStarExpr(first);
      checkAnnotationTarget(target);
      Expr annotation = test(a.test());
      Expr value =
          a.yieldExpr() != null
              ? yieldExpr(a.yieldExpr())
              : a.testlistStarExpr() != null ? value(a.testlistStarExpr()) : null;
      return new Stmt.AnnAssign(pos, target, annotation, value);
    }
    if (ctx.augAssignOp() != null) {
      Expr target = testlistStarExpr(first);
      if (!(target instanceof Expr.Name
          || target instanceof Expr.Attribute
          || target instanceof Expr.Subscript)) {
        problemAt(
            target,
            "'" + TargetRules.describe(target) + "' is an illegal expression for augmented assignment");
      }
      Expr value =
          ctx.yieldExpr().isEmpty() ? testlist(ctx.testlist()) : yieldExpr(ctx.yieldExpr(0));
      return new Stmt.AugAssign(pos, target, augOperator(ctx.augAssignOp()), value);
    }
    List<ParserRuleContext> parts = new ArrayList<>();
    for (ParseTree child : ctx.children) {
      if (child instanceof PygenParser.TestlistStarExprContext
          || child instanceof PygenParser.YieldExprContext) {
        parts.add((ParserRuleContext) child);
      }
    }
    List<Expr> exprs = new ArrayList<>();
    for (ParserRuleContext part : parts) {
      exprs.add(
          part instanceof PygenParser.YieldExprContext y
              ? yieldExpr(y)
              : testlistStarExpr((PygenParser.TestlistStarExprContext) part));
    }
    Expr value = exprs.get(exprs.size() - 1);
    rejectBareStarred(value);
    if (exprs.size() == 1) {
      return new Stmt.ExprStmt(pos, value);
    }
    List<Expr> targets = exprs.subList(0, exprs.size() - 1);
    checkAssignTargets(parts, targets);
    return new Stmt.Assign(pos, List.copyOf(targets), value);
  }

  /** Mirrors CPython's invalid_named_expression and invalid_assignment rules. */
  private void checkAssignTargets(List<ParserRuleContext> parts, List<Expr> targets) {
    for (int k = 0; k < targets.size(); k++) {
      Expr target = targets.get(k);
      if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
        problemAt(target, "assignment to yield expression not possible");
        return;
      }
      Expr bad = TargetRules.invalidTarget(target, TargetRules.Kind.STORE);
      if (bad == null) {
        checkStarredTarget(target);
        continue;
      }
      // CPython's invalid_named_expression only gets to see the first target.
      if (k == 0
          && ParseTrees.isBitwiseOr(parts.get(k))
          && !excludedFromEqualsHint(target)
          && equalsHintApplies(parts, k)) {
        problemAt(
            target,
            "cannot assign to "
                + TargetRules.describe(target)
                + " here. Maybe you meant '==' instead of '='?");
      } else {
        problemAt(bad, "cannot assign to " + TargetRules.describe(bad));
      }
      return;
    }
  }

  private static boolean excludedFromEqualsHint(Expr target) {
    if (target instanceof Expr.ListExpr || target instanceof Expr.TupleExpr) {
      return true;
    }
    if (target instanceof Expr.Comprehension c) {
      return c.kind() == ComprehensionKind.GENERATOR;
    }
    if (target instanceof Expr.Constant c) {
      return c.value() == Expr.NONE || c.value() instanceof Boolean;
    }
    return false;
  }

  /**
   * Whether a bitwise_or expression starts right after the '=' that follows part {@code k} and is
   * not itself followed by '=' (CPython's {@code '=' bitwise_or !('='|':=')}).
   */
  private static boolean equalsHintApplies(List<ParserRuleContext> parts, int k) {
    ParserRuleContext next = parts.get(k + 1);
    if (!(next instanceof PygenParser.TestlistStarExprContext list)) {
      return false;
    }
    int startType = list.getStart().getType();
    if (startType == PygenLexer.NOT
        || startType == PygenLexer.LAMBDA
        || startType == PygenLexer.STAR) {
      return false;
    }
    boolean followedByEquals = k + 1 < parts.size() - 1;
    return !(followedByEquals
        && list.COMMA().isEmpty()
        && ParseTrees.isBitwiseOr(list.getChild(0)));
  }

  /** CPython's compiler rejects {@code *a = x} and two stars in one unpacking. */
  private void checkStarredTarget(Expr target) {
    if (target instanceof Expr.Starred) {
      compileProblemAt(target, "starred assignment target must be in a list or tuple");
      return;
    }
    List<Expr> elts =
        target instanceof Expr.TupleExpr t
            ? t.elts()
            : target instanceof Expr.ListExpr l ? l.elts() : List.of();
    int stars = 0;
    for (Expr e : elts) {
      if (e instanceof Expr.Starred) {
        stars++;
        if (stars == 2) {
          compileProblemAt(target, "multiple starred expressions in assignment");
          return;
        }
      } else {
        checkStarredTarget(e);
      }
    }
  }

  private void checkAnnotationTarget(Expr target) {
    if (target instanceof Expr.Name
        || target instanceof Expr.Attribute
        || target instanceof Expr.Subscript) {
      return;
    }
    if (target instanceof Expr.TupleExpr t && !spansStartAt(t, "(")) {
      problemAt(t.elts().get(0), "only single target (not tuple) can be annotated");
    } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
      problemAt(
          target,
          "only single target (not " + TargetRules.describe(target) + ") can be annotated");
    } else {
      problemAt(target, "illegal target for annotation");
    }
  }

  private boolean spansStartAt(Expr e, String text) {
    Token[] s = spans.get(e);
    return s != null && s[0].getText().equals(text);
  }

  /** A starred expression is only valid inside a display, a call or an assignment target. */
  private void rejectBareStarred(Expr value) {
    if (value instanceof Expr.Starred) {
      compileProblemAt(value, "can't use starred expression here");
    }
  }

  private static BinOperator augOperator(PygenParser.AugAssignOpContext ctx) {
    switch (ctx.getStart().getType()) {
      case PygenLexer.PLUSEQUAL:
        return BinOperator.ADD;
      case PygenLexer.MINEQUAL:
        return BinOperator.SUB;
      case PygenLexer.STAREQUAL:
        return BinOperator.MUL;
      case PygenLexer.ATEQUAL:
        return BinOperator.MATMUL;
      case PygenLexer.SLASHEQUAL:
        return BinOperator.TRUEDIV;
      case PygenLexer.PERCENTEQUAL:
        return BinOperator.MOD;
      case PygenLexer.AMPEREQUAL:
        return BinOperator.BITAND;
      case PygenLexer.VBAREQUAL:
        return BinOperator.BITOR;
      case PygenLexer.CIRCUMFLEXEQUAL:
        return BinOperator.BITXOR;
      case PygenLexer.LEFTSHIFTEQUAL:
        return BinOperator.LSHIFT;
      case PygenLexer.RIGHTSHIFTEQUAL:
        return BinOperator.RSHIFT;
      case PygenLexer.DOUBLESTAREQUAL:
        return BinOperator.POW;
      default:
        return BinOperator.FLOORDIV;
    }
  }

  private Stmt delStmt(Pos pos, PygenParser.DelStmtContext ctx) {
    List<Expr> targets = exprlistElements(ctx.exprlist());
    for (Expr t : targets) {
      Expr bad = TargetRules.invalidTarget(t, TargetRules.Kind.DELETE);
      if (bad != null) {
        problemAt(bad, "cannot delete " + TargetRules.describe(bad));
        break;
      }
    }
    return new Stmt.Delete(pos, targets);
  }

  private Stmt importName(Pos pos, PygenParser.ImportNameContext ctx) {
    List<Stmt.Alias> aliases = new ArrayList<>();
    for (PygenParser.DottedAsNameContext d : ctx.dottedAsName()) {
      aliases.add(
          new Stmt.Alias(
              pos(d), d.dottedName().getText(), d.NAME() == null ? null : d.NAME().getText()));
    }
    return new Stmt.Import(pos, aliases);
  }

  private Stmt importFrom(Pos pos, PygenParser.ImportFromContext ctx) {
    StringBuilder module = new StringBuilder();
    for (TerminalNode dot : ctx.DOT()) {
      module.append('.');
    }
    for (TerminalNode dots : ctx.ELLIPSIS()) {
      module.append("...");
    }
    if (ctx.dottedName() != null) {
      module.append(ctx.dottedName().getText());
    }
    List<Stmt.Alias> aliases = new ArrayList<>();
    if (ctx.STAR() != null) {
      aliases.add(new Stmt.Alias(pos(ctx.STAR().getSymbol()), "*", null));
    } else {
      for (PygenParser.ImportAsNameContext a : ctx.importAsNames().importAsName()) {
        aliases.add(
            new Stmt.Alias(pos(a), a.NAME(0).getText(), a.AS() == null ? null : a.NAME(1).getText()));
      }
    }
    return new Stmt.ImportFrom(pos, module.toString(), aliases);
  }

  private Stmt compound(PygenParser.CompoundStmtContext ctx) {
    if (ctx.ifStmt() != null) {
      return ifStmt(ctx.ifStmt());
    } else if (ctx.whileStmt() != null) {
      PygenParser.WhileStmtContext w = ctx.whileStmt();
      return new Stmt.While(
          pos(w), namedExprTest(w.namedExprTest()), block(w.block()), elseBlock(w.elseClause()));
    } else if (ctx.forStmt() != null) {
      PygenParser.ForStmtContext f = ctx.forStmt();
      Expr target = forTarget(f.exprlist());
      Expr iter = value(f.testlistStarExpr());
      return new Stmt.For(pos(f), target, iter, block(f.block()), elseBlock(f.elseClause()));
    } else if (ctx.tryStmt() != null) {
      return tryStmt(ctx.tryStmt());
    } else if (ctx.withStmt() != null) {
      return withStmt(ctx.withStmt());
    } else if (ctx.funcDef() != null) {
      return funcDef(ctx.funcDef(), List.of());
    } else if (ctx.classDef() != null) {
      return classDef(ctx.classDef(), List.of());
    } else {
      PygenParser.DecoratedContext d = ctx.decorated();
      List<Expr> decorators = new ArrayList<>();
      for (PygenParser.DecoratorContext dec : d.decorator()) {
        decorators.add(namedExprTest(dec.namedExprTest()));
      }
      return d.funcDef() != null
          ? funcDef(d.funcDef(), decorators)
          : classDef(d.classDef(), decorators);
    }
  }

  private List<Stmt> elseBlock(PygenParser.ElseClauseContext ctx) {
    return ctx == null ? List.of() : block(ctx.block());
  }

  private Stmt ifStmt(PygenParser.IfStmtContext ctx) {
    Expr test = namedExprTest(ctx.namedExprTest());
    List<Stmt> body = block(ctx.block());
    List<PygenParser.ElifClauseContext> elifs = ctx.elifClause();
    List<Expr> elifTests = new ArrayList<>();
    List<List<Stmt>> elifBodies = new ArrayList<>();
    for (PygenParser.ElifClauseContext e : elifs) {
      elifTests.add(namedExprTest(e.namedExprTest()));
      elifBodies.add(block(e.block()));
    }
    List<Stmt> orElse = elseBlock(ctx.elseClause());
    for (int i = elifs.size() - 1; i >= 0; i--) {
      orElse = List.of(new Stmt.If(pos(elifs.get(i)), elifTests.get(i), elifBodies.get(i), orElse));
    }
    return new Stmt.If(pos(ctx), test, body, orElse);
  }

  private Stmt tryStmt(PygenParser.TryStmtContext ctx) {
    List<Stmt> body = block(ctx.block());
    List<Stmt.ExceptHandler> handlers = new ArrayList<>();
    List<PygenParser.ExceptClauseContext> clauses = ctx.exceptClause();
    for (int i = 0; i < clauses.size(); i++) {
      PygenParser.ExceptClauseContext e = clauses.get(i);
      if (e.test() == null && i < clauses.size() - 1) {
        // CPython's compiler underlines the whole handler, i.e. to the end of its first line.
        problems.addAfterParse(
            problems.span(SYNTAX_ERROR, "default 'except:' must be last", e.getStart(), e.getStop()));
      }
      handlers.add(
          new Stmt.ExceptHandler(
              pos(e),
              e.test() == null ? null : test(e.test()),
              e.NAME() == null ? null : e.NAME().getText(),
              block(e.block())));
    }
    List<Stmt> finalBody =
        ctx.finallyClause() == null ? List.of() : block(ctx.finallyClause().block());
    return new Stmt.Try(pos(ctx), body, handlers, elseBlock(ctx.elseClause()), finalBody);
  }

  private Stmt withStmt(PygenParser.WithStmtContext ctx) {
    List<Stmt.WithItem> items = new ArrayList<>();
    for (PygenParser.WithItemContext item : ctx.withItem()) {
      Expr target = null;
      if (item.expr() != null) {
        target = expr(item.expr());
        Expr bad = TargetRules.invalidTarget(target, TargetRules.Kind.STORE);
        if (bad != null) {
          problemAt(bad, "cannot assign to " + TargetRules.describe(bad));
        }
      }
      items.add(new Stmt.WithItem(test(item.test()), target));
    }
    return new Stmt.With(pos(ctx), items, block(ctx.block()));
  }

  private Stmt funcDef(PygenParser.FuncDefContext ctx, List<Expr> decorators) {
    List<ParamSyntax> raw = new ArrayList<>();
    if (ctx.typedParams() != null) {
      for (PygenParser.TypedParamContext p : ctx.typedParams().typedParam()) {
        if (p instanceof PygenParser.PlainTypedParamContext plain) {
          PygenParser.TestContext defaultValue =
              plain.EQUAL() == null ? null : plain.test(plain.test().size() - 1);
          raw.add(new ParamSyntax(ParamSyntax.Kind.PLAIN, plain.NAME().getSymbol(), defaultValue));
        } else if (p instanceof PygenParser.StarTypedParamContext star) {
          raw.add(
              new ParamSyntax(
                  ParamSyntax.Kind.STAR,
                  star.NAME() == null ? star.getStart() : star.NAME().getSymbol(),
                  null,
                  star.NAME() == null));
        } else if (p instanceof PygenParser.DoubleStarTypedParamContext ds) {
          raw.add(new ParamSyntax(ParamSyntax.Kind.DOUBLE_STAR, ds.NAME().getSymbol(), null));
        } else {
          raw.add(new ParamSyntax(ParamSyntax.Kind.SLASH, p.getStart(), null));
        }
      }
    }
    if (ctx.test() != null) {
      test(ctx.test()); // the return annotation is dropped, but its problems count
    }
    Params params = params(raw);
    return new Stmt.FunctionDef(
        pos(ctx), ctx.NAME().getText(), params, block(ctx.block()), decorators);
  }

  private Stmt classDef(PygenParser.ClassDefContext ctx, List<Expr> decorators) {
    List<Expr> bases = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    if (ctx.arglist() != null) {
      arguments(ctx.arglist(), ctx.RPAR().getSymbol(), ctx.LPAR().getSymbol(), bases, keywords);
    }
    return new Stmt.ClassDef(
        pos(ctx), ctx.NAME().getText(), bases, keywords, block(ctx.block()), decorators);
  }

  // ---------------------------------------------------------------- parameters

  /** One parameter as written, before the order rules are applied. */
  private record ParamSyntax(
      Kind kind, Token name, ParserRuleContext defaultValue, boolean bareStar) {
    enum Kind {
      PLAIN,
      STAR,
      DOUBLE_STAR,
      SLASH
    }

    ParamSyntax(Kind kind, Token name, ParserRuleContext defaultValue) {
      this(kind, name, defaultValue, false);
    }
  }

  private Params params(List<ParamSyntax> raw) {
    List<Params.Param> posOnly = List.of();
    List<Params.Param> args = new ArrayList<>();
    List<Params.Param> kwOnly = new ArrayList<>();
    Params.Param varArg = null;
    Params.Param kwArg = null;
    Token bareStar = null;
    boolean seenStar = false;
    boolean seenSlash = false;
    boolean seenDefault = false;
    boolean reported = false;
    Set<String> names = new HashSet<>();
    for (ParamSyntax p : raw) {
      String problem = null;
      Token at = p.name();
      if (kwArg != null) {
        problem = "arguments cannot follow var-keyword argument";
      } else {
        switch (p.kind()) {
          case SLASH:
            if (seenSlash) {
              problem = "/ may appear only once";
            } else if (seenStar) {
              problem = "/ must be ahead of *";
            } else if (args.isEmpty()) {
              problem = "at least one argument must precede /";
            }
            seenSlash = true;
            posOnly = args;
            args = new ArrayList<>();
            break;
          case STAR:
            if (seenStar) {
              problem = "* argument may appear only once";
            }
            seenStar = true;
            if (p.bareStar()) {
              bareStar = p.name();
            } else {
              varArg = new Params.Param(pos(p.name()), p.name().getText(), null);
            }
            break;
          case DOUBLE_STAR:
            kwArg = new Params.Param(pos(p.name()), p.name().getText(), null);
            break;
          default:
            Expr defaultValue = p.defaultValue() == null ? null : test(p.defaultValue());
            Params.Param param = new Params.Param(pos(p.name()), p.name().getText(), defaultValue);
            if (seenStar) {
              kwOnly.add(param);
            } else {
              if (defaultValue == null && seenDefault) {
                problem = "non-default argument follows default argument";
              }
              seenDefault |= defaultValue != null;
              args.add(param);
            }
        }
      }
      if (problem != null && !reported) {
        problemAt(at, problem);
        reported = true;
      }
      if (p.kind() != ParamSyntax.Kind.SLASH
          && !p.bareStar()
          && !names.add(p.name().getText())
          && !reported) {
        // CPython's symbol table, not its parser, finds this one.
        compileProblemAt(
            p.name(), "duplicate argument '" + p.name().getText() + "' in function definition");
        reported = true;
      }
    }
    if (bareStar != null && kwOnly.isEmpty() && !reported) {
      problemAt(bareStar, "named arguments must follow bare *");
    }
    return new Params(
        List.copyOf(posOnly), List.copyOf(args), varArg, List.copyOf(kwOnly), kwArg);
  }

  private Params lambdaParams(PygenParser.LambdaParamsContext ctx) {
    if (ctx == null) {
      return Params.empty();
    }
    List<ParamSyntax> raw = new ArrayList<>();
    for (PygenParser.LambdaParamContext p : ctx.lambdaParam()) {
      if (p instanceof PygenParser.PlainLambdaParamContext plain) {
        raw.add(new ParamSyntax(ParamSyntax.Kind.PLAIN, plain.NAME().getSymbol(), plain.test()));
      } else if (p instanceof PygenParser.StarLambdaParamContext star) {
        raw.add(
            new ParamSyntax(
                ParamSyntax.Kind.STAR,
                star.NAME() == null ? star.getStart() : star.NAME().getSymbol(),
                null,
                star.NAME() == null));
      } else if (p instanceof PygenParser.DoubleStarLambdaParamContext ds) {
        raw.add(new ParamSyntax(ParamSyntax.Kind.DOUBLE_STAR, ds.NAME().getSymbol(), null));
      } else {
        raw.add(new ParamSyntax(ParamSyntax.Kind.SLASH, p.getStart(), null));
      }
    }
    return params(raw);
  }

  // ---------------------------------------------------------------- expressions

  private Expr namedExprTest(PygenParser.NamedExprTestContext ctx) {
    if (ctx.COLONEQUAL() != null) {
      Token name = ctx.NAME().getSymbol();
      Expr.Name target = span(new Expr.Name(pos(name), name.getText()), name, name);
      return span(new Expr.NamedExpr(pos(name), target, test(ctx.test())), ctx);
    }
    return test(ctx.test());
  }

  private Expr test(ParserRuleContext anyTest) {
    PygenParser.TestContext ctx = (PygenParser.TestContext) anyTest;
    if (ctx.lambdef() != null) {
      PygenParser.LambdefContext l = ctx.lambdef();
      return span(new Expr.Lambda(pos(l), lambdaParams(l.lambdaParams()), test(l.test())), l);
    }
    Expr body = orTest(ctx.orTest(0));
    if (ctx.IF() == null) {
      return body;
    }
    Expr condition = orTest(ctx.orTest(1));
    return span(new Expr.IfExp(pos(ctx), condition, body, test(ctx.test())), ctx);
  }

  private Expr testNoCond(PygenParser.TestNoCondContext ctx) {
    if (ctx.lambdefNoCond() != null) {
      PygenParser.LambdefNoCondContext l = ctx.lambdefNoCond();
      return span(
          new Expr.Lambda(pos(l), lambdaParams(l.lambdaParams()), testNoCond(l.testNoCond())), l);
    }
    return orTest(ctx.orTest());
  }

  private Expr orTest(PygenParser.OrTestContext ctx) {
    if (ctx.andTest().size() == 1) {
      return andTest(ctx.andTest(0));
    }
    List<Expr> values = new ArrayList<>();
    for (PygenParser.AndTestContext a : ctx.andTest()) {
      values.add(andTest(a));
    }
    return span(new Expr.BoolOp(pos(ctx), false, values), ctx);
  }

  private Expr andTest(PygenParser.AndTestContext ctx) {
    if (ctx.notTest().size() == 1) {
      return notTest(ctx.notTest(0));
    }
    List<Expr> values = new ArrayList<>();
    for (PygenParser.NotTestContext n : ctx.notTest()) {
      values.add(notTest(n));
    }
    return span(new Expr.BoolOp(pos(ctx), true, values), ctx);
  }

  private Expr notTest(PygenParser.NotTestContext ctx) {
    if (ctx.NOT() != null) {
      return span(new Expr.UnaryOp(pos(ctx), UnaryOperator.NOT, notTest(ctx.notTest())), ctx);
    }
    return comparison(ctx.comparison());
  }

  private Expr comparison(PygenParser.ComparisonContext ctx) {
    Expr left = expr(ctx.expr(0));
    if (ctx.compOp().isEmpty()) {
      return left;
    }
    List<CmpOperator> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    for (int i = 0; i < ctx.compOp().size(); i++) {
      ops.add(compOperator(ctx.compOp(i)));
      comparators.add(expr(ctx.expr(i + 1)));
    }
    return span(new Expr.Compare(pos(ctx), left, ops, comparators), ctx);
  }

  private static CmpOperator compOperator(PygenParser.CompOpContext ctx) {
    switch (ctx.getStart().getType()) {
      case PygenLexer.LESS:
        return CmpOperator.LT;
      case PygenLexer.GREATER:
        return CmpOperator.GT;
      case PygenLexer.EQEQUAL:
        return CmpOperator.EQ;
      case PygenLexer.GREATEREQUAL:
        return CmpOperator.GE;
      case PygenLexer.LESSEQUAL:
        return CmpOperator.LE;
      case PygenLexer.NOTEQUAL:
        return CmpOperator.NE;
      case PygenLexer.IN:
        return CmpOperator.IN;
      case PygenLexer.NOT:
        return CmpOperator.NOT_IN;
      default:
        return ctx.NOT() != null ? CmpOperator.IS_NOT : CmpOperator.IS;
    }
  }

  private Expr expr(PygenParser.ExprContext ctx) {
    return binaryChain(ctx);
  }

  /**
   * Builds a left-associative chain {@code a op b op c} of any of the binary-operator levels
   * (expr, xorExpr, andExpr, shiftExpr, arithExpr, term).
   */
  private Expr binaryChain(ParserRuleContext ctx) {
    Expr left = null;
    BinOperator op = null;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        op = binOperator(t.getSymbol().getType());
        continue;
      }
      ParserRuleContext operandCtx = (ParserRuleContext) child;
      Expr operand =
          operandCtx instanceof PygenParser.FactorContext f ? factor(f) : binaryChain(operandCtx);
      left =
          left == null
              ? operand
              : span(
                  new Expr.BinOp(pos(ctx), left, op, operand),
                  ctx.getStart(),
                  operandCtx.getStop());
    }
    return left;
  }

  private static BinOperator binOperator(int tokenType) {
    switch (tokenType) {
      case PygenLexer.VBAR:
        return BinOperator.BITOR;
      case PygenLexer.CIRCUMFLEX:
        return BinOperator.BITXOR;
      case PygenLexer.AMPER:
        return BinOperator.BITAND;
      case PygenLexer.LEFTSHIFT:
        return BinOperator.LSHIFT;
      case PygenLexer.RIGHTSHIFT:
        return BinOperator.RSHIFT;
      case PygenLexer.PLUS:
        return BinOperator.ADD;
      case PygenLexer.MINUS:
        return BinOperator.SUB;
      case PygenLexer.STAR:
        return BinOperator.MUL;
      case PygenLexer.AT:
        return BinOperator.MATMUL;
      case PygenLexer.SLASH:
        return BinOperator.TRUEDIV;
      case PygenLexer.PERCENT:
        return BinOperator.MOD;
      case PygenLexer.DOUBLESLASH:
        return BinOperator.FLOORDIV;
      default:
        throw new IllegalStateException("not a binary operator: " + tokenType);
    }
  }

  private Expr factor(PygenParser.FactorContext ctx) {
    if (ctx.power() != null) {
      return power(ctx.power());
    }
    UnaryOperator op;
    switch (ctx.getStart().getType()) {
      case PygenLexer.MINUS:
        op = UnaryOperator.NEG;
        break;
      case PygenLexer.PLUS:
        op = UnaryOperator.POS;
        break;
      default:
        op = UnaryOperator.INVERT;
    }
    return span(new Expr.UnaryOp(pos(ctx), op, factor(ctx.factor())), ctx);
  }

  private Expr power(PygenParser.PowerContext ctx) {
    Expr base = atomExpr(ctx.atomExpr());
    if (ctx.factor() == null) {
      return base;
    }
    return span(new Expr.BinOp(pos(ctx), base, BinOperator.POW, factor(ctx.factor())), ctx);
  }

  private Expr atomExpr(PygenParser.AtomExprContext ctx) {
    Expr e = atom(ctx.atom());
    Pos start = pos(ctx);
    for (PygenParser.TrailerContext t : ctx.trailer()) {
      if (t instanceof PygenParser.CallTrailerContext call) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (call.arglist() != null) {
          arguments(
              call.arglist(), call.RPAR().getSymbol(), call.LPAR().getSymbol(), args, keywords);
        }
        e = new Expr.Call(start, e, args, keywords);
      } else if (t instanceof PygenParser.SubscriptTrailerContext sub) {
        e = new Expr.Subscript(start, e, subscriptlist(sub.subscriptlist()));
      } else {
        e = new Expr.Attribute(start, e, ((PygenParser.AttributeTrailerContext) t).NAME().getText());
      }
      span(e, ctx.getStart(), t.getStop());
    }
    return e;
  }

  private Expr subscriptlist(PygenParser.SubscriptlistContext ctx) {
    List<Expr> items = new ArrayList<>();
    for (PygenParser.SubscriptContext s : ctx.subscript()) {
      items.add(subscript(s));
    }
    if (items.size() == 1 && ctx.COMMA().isEmpty()) {
      return items.get(0);
    }
    return span(new Expr.TupleExpr(pos(ctx), items), ctx);
  }

  private Expr subscript(PygenParser.SubscriptContext ctx) {
    if (ctx instanceof PygenParser.IndexSubscriptContext index) {
      return namedExprTest(index.namedExprTest());
    }
    if (ctx instanceof PygenParser.StarSubscriptContext star) {
      return starExpr(star.starExpr());
    }
    PygenParser.SliceSubscriptContext slice = (PygenParser.SliceSubscriptContext) ctx;
    return span(
        new Expr.Slice(
            pos(slice),
            slice.lower == null ? null : test(slice.lower),
            slice.upper == null ? null : test(slice.upper),
            slice.step == null ? null : test(slice.step)),
        slice);
  }

  private Expr starExpr(PygenParser.StarExprContext ctx) {
    return span(new Expr.Starred(pos(ctx), expr(ctx.expr())), ctx);
  }

  private Expr atom(PygenParser.AtomContext ctx) {
    Pos pos = pos(ctx);
    Expr e;
    if (ctx instanceof PygenParser.NameAtomContext) {
      e = new Expr.Name(pos, ctx.getStart().getText()); // one token: getText() would copy it
    } else if (ctx instanceof PygenParser.NumberAtomContext) {
      e = number(ctx.getStart());
    } else if (ctx instanceof PygenParser.StringAtomContext s) {
      e = strings(s.STRING());
    } else if (ctx instanceof PygenParser.EllipsisAtomContext) {
      e = new Expr.Constant(pos, Expr.ELLIPSIS);
    } else if (ctx instanceof PygenParser.NoneAtomContext) {
      e = new Expr.Constant(pos, Expr.NONE);
    } else if (ctx instanceof PygenParser.TrueAtomContext) {
      e = new Expr.Constant(pos, Boolean.TRUE);
    } else if (ctx instanceof PygenParser.FalseAtomContext) {
      e = new Expr.Constant(pos, Boolean.FALSE);
    } else if (ctx instanceof PygenParser.ParenAtomContext p) {
      return parenAtom(pos, p);
    } else if (ctx instanceof PygenParser.ListAtomContext l) {
      e = listAtom(pos, l);
    } else {
      e = braceAtom(pos, (PygenParser.BraceAtomContext) ctx);
    }
    return span(e, ctx);
  }

  private Expr number(Token token) {
    String text = token.getText();
    Pos pos = pos(token);
    if (NumberLiterals.isImaginary(text)) {
      compileProblemAt(token, "imaginary (complex) literals are not supported");
      return new Expr.Constant(pos, 0L);
    }
    return new Expr.Constant(pos, NumberLiterals.parse(text));
  }

  private Expr parenAtom(Pos pos, PygenParser.ParenAtomContext ctx) {
    if (ctx.yieldExpr() != null) {
      return yieldExpr(ctx.yieldExpr());
    }
    PygenParser.TestlistCompContext content = ctx.testlistComp();
    if (content == null) {
      return span(new Expr.TupleExpr(pos, List.of()), ctx);
    }
    if (content.compFor() != null) {
      return span(comprehension(pos, ComprehensionKind.GENERATOR, content, null), ctx);
    }
    List<Expr> elts = elements(content);
    if (elts.size() == 1 && content.COMMA().isEmpty()) {
      Expr only = elts.get(0);
      if (only instanceof Expr.Starred) {
        problemAt(only, "cannot use starred expression here");
      }
      return only;
    }
    return span(new Expr.TupleExpr(pos, elts), ctx);
  }

  private Expr listAtom(Pos pos, PygenParser.ListAtomContext ctx) {
    PygenParser.TestlistCompContext content = ctx.testlistComp();
    if (content == null) {
      return new Expr.ListExpr(pos, List.of());
    }
    if (content.compFor() != null) {
      return comprehension(pos, ComprehensionKind.LIST, content, null);
    }
    return new Expr.ListExpr(pos, elements(content));
  }

  private List<Expr> elements(ParserRuleContext content) {
    List<Expr> elts = new ArrayList<>();
    for (ParseTree child : content.children) {
      if (child instanceof PygenParser.NamedExprTestContext n) {
        elts.add(namedExprTest(n));
      } else if (child instanceof PygenParser.StarExprContext s) {
        elts.add(starExpr(s));
      }
    }
    return elts;
  }

  /** Builds a comprehension whose element is the first child of {@code content}. */
  private Expr comprehension(
      Pos pos, ComprehensionKind kind, ParserRuleContext content, Expr value) {
    ParseTree first = content.getChild(0);
    Expr elt;
    if (first instanceof PygenParser.StarExprContext s) {
      elt = starExpr(s);
      problemAt(elt, "iterable unpacking cannot be used in comprehension");
    } else {
      elt = namedExprTest((PygenParser.NamedExprTestContext) first);
    }
    PygenParser.CompForContext compFor =
        content.getRuleContext(PygenParser.CompForContext.class, 0);
    return new Expr.Comprehension(pos, kind, elt, value, compFor(compFor));
  }

  private List<Expr.ComprehensionFor> compFor(PygenParser.CompForContext ctx) {
    List<Expr.ComprehensionFor> generators = new ArrayList<>();
    PygenParser.CompForContext f = ctx;
    while (f != null) {
      Expr target = forTarget(f.exprlist());
      Expr iter = orTest(f.orTest());
      List<Expr> ifs = new ArrayList<>();
      PygenParser.CompIterContext next = f.compIter();
      Pos pos = pos(f);
      f = null;
      while (next != null) {
        if (next.compFor() != null) {
          f = next.compFor();
          break;
        }
        ifs.add(testNoCond(next.compIf().testNoCond()));
        next = next.compIf().compIter();
      }
      generators.add(new Expr.ComprehensionFor(pos, target, iter, ifs));
    }
    return generators;
  }

  private Expr forTarget(PygenParser.ExprlistContext ctx) {
    Expr target = exprlist(ctx);
    Expr bad = TargetRules.invalidTarget(target, TargetRules.Kind.FOR);
    if (bad != null) {
      problemAt(bad, "cannot assign to " + TargetRules.describe(bad));
    } else {
      checkStarredTarget(target);
    }
    return target;
  }

  private Expr braceAtom(Pos pos, PygenParser.BraceAtomContext ctx) {
    PygenParser.DictOrSetMakerContext maker = ctx.dictOrSetMaker();
    if (maker == null) {
      return new Expr.DictExpr(pos, List.of(), List.of());
    }
    if (maker instanceof PygenParser.SetMakerContext set) {
      if (set.compFor() != null) {
        return comprehension(pos, ComprehensionKind.SET, set, null);
      }
      return new Expr.SetExpr(pos, elements(set));
    }
    PygenParser.DictMakerContext dict = (PygenParser.DictMakerContext) maker;
    if (dict.compFor() != null) {
      PygenParser.DictItemContext item = dict.dictItem(0);
      if (item.DOUBLESTAR() != null) {
        problemAt(item.getStart(), "dict unpacking cannot be used in dict comprehension");
        return new Expr.DictExpr(pos, List.of(), List.of());
      }
      Expr key = test(item.test(0));
      Expr value = test(item.test(1));
      return new Expr.Comprehension(pos, ComprehensionKind.DICT, key, value, compFor(dict.compFor()));
    }
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    for (PygenParser.DictItemContext item : dict.dictItem()) {
      if (item.DOUBLESTAR() != null) {
        keys.add(null);
        values.add(expr(item.expr()));
      } else {
        keys.add(test(item.test(0)));
        values.add(test(item.test(1)));
      }
    }
    return new Expr.DictExpr(pos, keys, values);
  }

  /** Adjacent string literals: one Constant, or a JoinedStr when any of them is an f-string. */
  private Expr strings(List<TerminalNode> tokens) {
    Pos pos = pos(tokens.get(0).getSymbol());
    List<Expr> parts = new ArrayList<>();
    boolean formatted = false;
    boolean bytes = StringLiteral.of(tokens.get(0).getSymbol().getText()).bytes();
    for (TerminalNode node : tokens) {
      Token token = node.getSymbol();
      StringLiteral literal = StringLiteral.of(token.getText());
      if (literal.bytes() != bytes) {
        // CPython puts the caret just past the whole run of adjacent literals.
        Token last = tokens.get(tokens.size() - 1).getSymbol();
        problems.addAfterParse(
            problems.caret(
                SYNTAX_ERROR,
                "cannot mix bytes and nonbytes literals",
                ProblemCollector.endLine(last),
                ProblemCollector.endColumn(last)));
        return new Expr.Constant(pos, "");
      }
      if (bytes && !literal.body().chars().allMatch(c -> c < 128)) {
        problems.addAfterParse(
            problems.token(
                SYNTAX_ERROR, "bytes can only contain ASCII literal characters", token));
        continue;
      }
      if (literal.formatted()) {
        formatted = true;
        try {
          parts.addAll(
              new FStringParser(
                      fileName,
                      problems,
                      literal,
                      pos,
                      pos(token),
                      ProblemCollector.endLine(token) + lineDelta,
                      ProblemCollector.endColumn(token))
                  .parse());
        } catch (FStringParser.FStringException e) {
          problems.add(e.problem);
        }
        continue;
      }
      String text = literal.body();
      if (!literal.raw()) {
        try {
          text = EscapeDecoder.decode(text, bytes);
        } catch (EscapeDecoder.BadEscapeException e) {
          problems.add(
              problems.caret(
                  SYNTAX_ERROR,
                  e.getMessage(),
                  ProblemCollector.endLine(token),
                  ProblemCollector.endColumn(token)));
        }
      }
      parts.add(new Expr.Constant(pos, text));
    }
    if (!formatted) {
      StringBuilder all = new StringBuilder();
      for (Expr part : parts) {
        all.append((String) ((Expr.Constant) part).value());
      }
      if (bytes) {
        byte[] data = new byte[all.length()];
        for (int i = 0; i < data.length; i++) {
          data[i] = (byte) all.charAt(i);
        }
        return new Expr.Constant(pos, data);
      }
      return new Expr.Constant(pos, all.toString());
    }
    return new Expr.JoinedStr(pos, StringConcatenation.merge(parts));
  }

  private Expr yieldExpr(PygenParser.YieldExprContext ctx) {
    Pos pos = pos(ctx);
    if (ctx.FROM() != null) {
      return span(new Expr.YieldFrom(pos, test(ctx.test())), ctx);
    }
    PygenParser.TestlistStarExprContext value = ctx.testlistStarExpr();
    return span(new Expr.Yield(pos, value == null ? null : value(value)), ctx);
  }

  /** A right-hand side: a testlist whose lone starred element needs a trailing comma. */
  private Expr value(PygenParser.TestlistStarExprContext ctx) {
    Expr e = testlistStarExpr(ctx);
    rejectBareStarred(e);
    return e;
  }

  private Expr testlistStarExpr(PygenParser.TestlistStarExprContext ctx) {
    List<Expr> elts = new ArrayList<>();
    for (ParseTree child : ctx.children) {
      if (child instanceof PygenParser.TestContext t) {
        elts.add(test(t));
      } else if (child instanceof PygenParser.StarExprContext s) {
        elts.add(starExpr(s));
      }
    }
    return tupleOrSingle(ctx, elts, ctx.COMMA().isEmpty());
  }

  private Expr testlist(PygenParser.TestlistContext ctx) {
    List<Expr> elts = new ArrayList<>();
    for (PygenParser.TestContext t : ctx.test()) {
      elts.add(test(t));
    }
    return tupleOrSingle(ctx, elts, ctx.COMMA().isEmpty());
  }

  private Expr exprlist(PygenParser.ExprlistContext ctx) {
    return tupleOrSingle(ctx, exprlistElements(ctx), ctx.COMMA().isEmpty());
  }

  private List<Expr> exprlistElements(PygenParser.ExprlistContext ctx) {
    List<Expr> elts = new ArrayList<>();
    for (ParseTree child : ctx.children) {
      if (child instanceof PygenParser.ExprContext e) {
        elts.add(expr(e));
      } else if (child instanceof PygenParser.StarExprContext s) {
        elts.add(starExpr(s));
      }
    }
    return elts;
  }

  private Expr tupleOrSingle(ParserRuleContext ctx, List<Expr> elts, boolean noComma) {
    if (elts.size() == 1 && noComma) {
      return elts.get(0);
    }
    return span(new Expr.TupleExpr(pos(ctx), elts), ctx);
  }

  // ---------------------------------------------------------------- call arguments

  /**
   * Builds call (or class) arguments and checks their order as CPython's invalid_arguments rules
   * do. {@code closer} is the closing parenthesis, where CPython reports order problems.
   */
  private void arguments(
      PygenParser.ArglistContext ctx,
      Token closer,
      Token opener,
      List<Expr> args,
      List<Expr.Keyword> keywords) {
    List<PygenParser.ArgumentContext> list = ctx.argument();
    boolean trailingComma = ctx.COMMA().size() >= list.size();
    boolean seenKeyword = false;
    boolean seenDoubleStar = false;
    boolean reported = false;
    for (PygenParser.ArgumentContext a : list) {
      String orderProblem = null;
      Token orderAt = closer;
      if (a instanceof PygenParser.KeywordArgumentContext k) {
        Expr name = test(k.test(0));
        String id = "?";
        if (name instanceof Expr.Name n) {
          id = n.id();
        } else if (!reported) {
          String message =
              name instanceof Expr.Constant c
                      && (c.value() == Expr.NONE || c.value() instanceof Boolean)
                  ? "cannot assign to " + TargetRules.describe(name)
                  : "expression cannot contain assignment, perhaps you meant \"==\"?";
          problems.add(
              problems.span(SYNTAX_ERROR, message, k.getStart(), k.EQUAL().getSymbol()));
          reported = true;
        }
        keywords.add(new Expr.Keyword(pos(k), id, test(k.test(1))));
        seenKeyword = true;
      } else if (a instanceof PygenParser.DoubleStarArgumentContext d) {
        keywords.add(new Expr.Keyword(pos(d), null, test(d.test())));
        seenDoubleStar = true;
      } else if (a instanceof PygenParser.StarArgumentContext s) {
        if (seenDoubleStar) {
          orderProblem = "iterable argument unpacking follows keyword argument unpacking";
          orderAt = s.getStart();
        }
        args.add(span(new Expr.Starred(pos(s), test(s.test())), s));
      } else {
        if (seenDoubleStar) {
          orderProblem = "positional argument follows keyword argument unpacking";
        } else if (seenKeyword) {
          orderProblem = "positional argument follows keyword argument";
        }
        args.add(positionalArgument(a, opener, list.size() > 1 || trailingComma));
      }
      if (orderProblem != null && !reported) {
        problemAt(orderAt, orderProblem);
        reported = true;
      }
    }
  }

  private Expr positionalArgument(
      PygenParser.ArgumentContext a, Token opener, boolean hasOtherArguments) {
    if (a instanceof PygenParser.GenexpArgumentContext g) {
      Expr gen =
          new Expr.Comprehension(
              pos(opener),
              ComprehensionKind.GENERATOR,
              test(g.test()),
              null,
              compFor(g.compFor()));
      if (hasOtherArguments) {
        problems.add(
            problems.span(
                SYNTAX_ERROR,
                "Generator expression must be parenthesized",
                g.getStart(),
                g.getStop()));
      }
      return gen;
    }
    if (a instanceof PygenParser.NamedArgumentContext n) {
      Token name = n.NAME().getSymbol();
      Expr.Name target = new Expr.Name(pos(name), name.getText());
      return span(new Expr.NamedExpr(pos(name), target, test(n.test())), n);
    }
    return test(((PygenParser.PositionalArgumentContext) a).test());
  }
}
