package org.pygen.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two limits CPython's compiler puts on nesting: about 3000 nested expressions and statements
 * (its recursion limit times three, "maximum recursion depth exceeded during compilation"), and
 * 20 blocks (loops, {@code with}, {@code try} parts) open at once in one function ("too many
 * statically nested blocks"). Keeping to them also keeps the resolver, compiler and evaluator,
 * which recurse over the tree, within bounds.
 */
public final class NestingCheck {
  /** Deepest chain of nodes CPython 3.11 compiles from a module's top level. */
  static final int MAX_DEPTH = 3000;
  /** CPython's CO_MAXBLOCKS. */
  private static final int MAX_BLOCKS = 20;

  private NestingCheck() {}

  /**
   * Throws a RecursionError {@link CompileLimitException} when nodes nest more than {@link
   * #MAX_DEPTH} deep. Walks with its own stack: the tree may be far deeper than the Java stack.
   */
  static void requireShallow(List<? extends Node> roots) {
    new DepthWalk().run(roots);
  }

  /** A depth-first walk over an explicit stack of (node, depth) pairs. */
  private static final class DepthWalk {
    private Object[] nodes = new Object[64];
    private int[] depths = new int[64];
    private int top;

    void run(List<? extends Node> roots) {
      for (Node root : roots) {
        push(root, 1);
      }
      List<Object> children = new ArrayList<>();
      while (top > 0) {
        Object node = nodes[--top];
        int depth = depths[top];
        nodes[top] = null;
        if (depth > MAX_DEPTH) {
          throw CompileLimitException.tooDeep();
        }
        children.clear();
        addChildren(node, children);
        for (Object child : children) {
          if (child != null) {
            // Helper records (keywords, handlers, with items, clauses, parameters) add no level.
            push(child, child instanceof Node ? depth + 1 : depth);
          }
        }
      }
    }

    private void push(Object node, int depth) {
      if (top == nodes.length) {
        nodes = Arrays.copyOf(nodes, top * 2);
        depths = Arrays.copyOf(depths, top * 2);
      }
      nodes[top] = node;
      depths[top++] = depth;
    }
  }

  /**
   * Throws a SyntaxError when a function, class body or module has more than {@link #MAX_BLOCKS}
   * blocks open at once, at the statement (or except clause) that opens one too many, as CPython
   * reports it.
   */
  public static void requireFewBlocks(Module module) {
    ProblemCollector problems = new ProblemCollector(module.lines());
    blocks(module.body(), 0, problems);
    if (!problems.isEmpty()) {
      throw new SyntaxErrorException(module.fileName(), List.of(problems.problems().get(0)));
    }
  }

  private static void blocks(List<Stmt> body, int open, ProblemCollector problems) {
    for (Stmt s : body) {
      if (problems.isEmpty()) {
        blocks(s, open, problems);
      }
    }
  }

  private static void blocks(Stmt s, int open, ProblemCollector problems) {
    if (s instanceof Stmt.FunctionDef f) {
      blocks(f.body(), 0, problems);
    } else if (s instanceof Stmt.ClassDef c) {
      blocks(c.body(), 0, problems);
    } else if (s instanceof Stmt.If i) {
      blocks(i.body(), open, problems);
      blocks(i.orElse(), open, problems);
    } else if (s instanceof Stmt.While w) {
      inBlocks(s.pos(), w.body(), open, 1, problems);
      blocks(w.orElse(), open, problems);
    } else if (s instanceof Stmt.For f) {
      inBlocks(s.pos(), f.body(), open, 1, problems);
      blocks(f.orElse(), open, problems);
    } else if (s instanceof Stmt.With w) {
      // Each item is a with statement of its own.
      inBlocks(s.pos(), w.body(), open, w.items().size(), problems);
    } else if (s instanceof Stmt.Try t) {
      tryBlocks(t, open, problems);
    }
  }

  private static void tryBlocks(Stmt.Try t, int open, ProblemCollector problems) {
    boolean hasFinally = !t.finalBody().isEmpty();
    boolean hasHandlers = !t.handlers().isEmpty();
    int inFinallyTry = hasFinally ? open + 1 : open;
    if (hasFinally && tooMany(t.pos(), open, 1, problems)) {
      return;
    }
    if (hasHandlers) {
      inBlocks(t.pos(), t.body(), inFinallyTry, 1, problems);
      // All handlers sit in one EXCEPTION_HANDLER block, each body in a cleanup block of its own.
      if (problems.isEmpty() && !tooMany(t.pos(), inFinallyTry, 1, problems)) {
        for (Stmt.ExceptHandler h : t.handlers()) {
          if (problems.isEmpty()) {
            inBlocks(h.pos(), h.body(), inFinallyTry + 1, 1, problems);
          }
        }
      }
      blocks(t.orElse(), inFinallyTry, problems);
    } else {
      blocks(t.body(), inFinallyTry, problems);
    }
    if (hasFinally && problems.isEmpty()) {
      inBlocks(t.pos(), t.finalBody(), open, 1, problems);
    }
  }

  /** Checks {@code body}, which runs with {@code added} more blocks open than {@code open}. */
  private static void inBlocks(
      Pos opener, List<Stmt> body, int open, int added, ProblemCollector problems) {
    if (!tooMany(opener, open, added, problems)) {
      blocks(body, open + added, problems);
    }
  }

  private static boolean tooMany(Pos opener, int open, int added, ProblemCollector problems) {
    if (open + added <= MAX_BLOCKS) {
      return false;
    }
    // CPython's caret covers the statement, which goes on past its first line: to that line's end.
    String text = problems.line(opener.line());
    int end = text == null ? opener.col() + 1 : text.stripTrailing().length();
    problems.add(
        problems.problem(
            ProblemCollector.SYNTAX_ERROR,
            "too many statically nested blocks",
            opener.line(),
            opener.col(),
            Math.max(end, opener.col() + 1)));
    return true;
  }

  private static void addChildren(Object node, List<Object> out) {
    if (node instanceof Stmt s) {
      addStmtChildren(s, out);
    } else if (node instanceof Expr e) {
      addExprChildren(e, out);
    } else if (node instanceof Expr.Keyword k) {
      out.add(k.value());
    } else if (node instanceof Expr.ComprehensionFor c) {
      out.add(c.target());
      out.add(c.iter());
      out.addAll(c.ifs());
    } else if (node instanceof Stmt.WithItem w) {
      out.add(w.contextExpr());
      out.add(w.target());
    } else if (node instanceof Stmt.ExceptHandler h) {
      out.add(h.type());
      out.addAll(h.body());
    } else if (node instanceof Params p) {
      addParams(p, out);
    }
  }

  private static void addParams(Params p, List<Object> out) {
    for (Params.Param a : p.posOnly()) {
      out.add(a.defaultValue());
    }
    for (Params.Param a : p.args()) {
      out.add(a.defaultValue());
    }
    for (Params.Param a : p.kwOnly()) {
      out.add(a.defaultValue());
    }
  }

  private static void addStmtChildren(Stmt s, List<Object> out) {
    if (s instanceof Stmt.ExprStmt x) {
      out.add(x.value());
    } else if (s instanceof Stmt.Assign x) {
      out.addAll(x.targets());
      out.add(x.value());
    } else if (s instanceof Stmt.AugAssign x) {
      out.add(x.target());
      out.add(x.value());
    } else if (s instanceof Stmt.AnnAssign x) {
      out.add(x.target());
      out.add(x.annotation());
      out.add(x.value());
    } else if (s instanceof Stmt.Return x) {
      out.add(x.value());
    } else if (s instanceof Stmt.Delete x) {
      out.addAll(x.targets());
    } else if (s instanceof Stmt.If x) {
      out.add(x.test());
      out.addAll(x.body());
      out.addAll(x.orElse());
    } else if (s instanceof Stmt.While x) {
      out.add(x.test());
      out.addAll(x.body());
      out.addAll(x.orElse());
    } else if (s instanceof Stmt.For x) {
      out.add(x.target());
      out.add(x.iter());
      out.addAll(x.body());
      out.addAll(x.orElse());
    } else if (s instanceof Stmt.FunctionDef x) {
      out.add(x.params());
      out.addAll(x.body());
      out.addAll(x.decorators());
    } else if (s instanceof Stmt.ClassDef x) {
      out.addAll(x.bases());
      out.addAll(x.keywords());
      out.addAll(x.body());
      out.addAll(x.decorators());
    } else if (s instanceof Stmt.With x) {
      out.addAll(x.items());
      out.addAll(x.body());
    } else if (s instanceof Stmt.Try x) {
      out.addAll(x.body());
      out.addAll(x.handlers());
      out.addAll(x.orElse());
      out.addAll(x.finalBody());
    } else if (s instanceof Stmt.Raise x) {
      out.add(x.exc());
      out.add(x.cause());
    } else if (s instanceof Stmt.Assert x) {
      out.add(x.test());
      out.add(x.msg());
    }
  }

  private static void addExprChildren(Expr e, List<Object> out) {
    if (e instanceof Expr.JoinedStr x) {
      out.addAll(x.parts());
    } else if (e instanceof Expr.FormattedValue x) {
      out.add(x.value());
      out.add(x.formatSpec());
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
      out.addAll(x.keywords());
    } else if (e instanceof Expr.Attribute x) {
      out.add(x.value());
    } else if (e instanceof Expr.Subscript x) {
      out.add(x.value());
      out.add(x.index());
    } else if (e instanceof Expr.Slice x) {
      out.add(x.lower());
      out.add(x.upper());
      out.add(x.step());
    } else if (e instanceof Expr.ListExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.TupleExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.SetExpr x) {
      out.addAll(x.elts());
    } else if (e instanceof Expr.DictExpr x) {
      out.addAll(x.keys());
      out.addAll(x.values());
    } else if (e instanceof Expr.IfExp x) {
      out.add(x.test());
      out.add(x.body());
      out.add(x.orElse());
    } else if (e instanceof Expr.Lambda x) {
      out.add(x.params());
      out.add(x.body());
    } else if (e instanceof Expr.Yield x) {
      out.add(x.value());
    } else if (e instanceof Expr.YieldFrom x) {
      out.add(x.value());
    } else if (e instanceof Expr.Starred x) {
      out.add(x.value());
    } else if (e instanceof Expr.NamedExpr x) {
      out.add(x.target());
      out.add(x.value());
    } else if (e instanceof Expr.Comprehension x) {
      out.add(x.elt());
      out.add(x.value());
      out.addAll(x.generators());
    }
  }
}
