package org.pygen.compile;

import java.util.ArrayList;
import java.util.List;
import org.pygen.exec.Code;
import org.pygen.exec.Signature;
import org.pygen.nodes.AssertNode;
import org.pygen.nodes.AssignNode;
import org.pygen.nodes.AttributeNode;
import org.pygen.nodes.AttributeTarget;
import org.pygen.nodes.AugAssignNode;
import org.pygen.nodes.BinaryNode;
import org.pygen.nodes.BlockNode;
import org.pygen.nodes.BoolOpNode;
import org.pygen.nodes.CallMethodNode;
import org.pygen.nodes.CallNode;
import org.pygen.nodes.CallStarNode;
import org.pygen.nodes.CellLoad;
import org.pygen.nodes.CellTarget;
import org.pygen.nodes.CompareNode;
import org.pygen.nodes.Completion;
import org.pygen.nodes.ComprehensionNode;
import org.pygen.nodes.ConstNode;
import org.pygen.nodes.ConstantSetNode;
import org.pygen.nodes.DeleteNode;
import org.pygen.nodes.DictNode;
import org.pygen.nodes.ExceptHandlerNode;
import org.pygen.nodes.ExprNode;
import org.pygen.nodes.ExprStmtNode;
import org.pygen.nodes.ForNode;
import org.pygen.nodes.FormatNode;
import org.pygen.nodes.GlobalLoad;
import org.pygen.nodes.GlobalTarget;
import org.pygen.nodes.IfExpNode;
import org.pygen.nodes.IfNode;
import org.pygen.nodes.ClassDerefLoad;
import org.pygen.nodes.ClassNameLoad;
import org.pygen.nodes.ClassNameTarget;
import org.pygen.nodes.ImportFromNode;
import org.pygen.nodes.ImportNode;
import org.pygen.nodes.JoinedStrNode;
import org.pygen.nodes.JumpNode;
import org.pygen.nodes.LocalLoad;
import org.pygen.nodes.LocalTarget;
import org.pygen.nodes.MakeClassNode;
import org.pygen.nodes.MakeFunctionNode;
import org.pygen.nodes.NamedExprNode;
import org.pygen.nodes.NamespaceCallNode;
import org.pygen.nodes.RaiseNode;
import org.pygen.nodes.ResumableBlock;
import org.pygen.nodes.ResumableFor;
import org.pygen.nodes.ResumableIf;
import org.pygen.nodes.ResumableTry;
import org.pygen.nodes.ResumableWhile;
import org.pygen.nodes.ResumableWith;
import org.pygen.nodes.ReturnNode;
import org.pygen.nodes.SequenceNode;
import org.pygen.nodes.SingleCompareNode;
import org.pygen.nodes.SliceNode;
import org.pygen.nodes.StmtNode;
import org.pygen.nodes.SubscriptNode;
import org.pygen.nodes.SubscriptTarget;
import org.pygen.nodes.TargetNode;
import org.pygen.nodes.TryNode;
import org.pygen.nodes.UnaryNode;
import org.pygen.nodes.UnpackTarget;
import org.pygen.nodes.WhileNode;
import org.pygen.nodes.WithNode;
import org.pygen.nodes.YieldFromNode;
import org.pygen.nodes.YieldNode;
import org.pygen.nodes.ZeroArgSuperNode;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PySet;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Module;
import org.pygen.syntax.Params;
import org.pygen.syntax.Pos;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.SyntaxErrorException;
import org.pygen.syntax.SyntaxProblem;

/**
 * Turns the resolved AST of one code block (module, function, lambda, comprehension) into
 * executable nodes with frame slots baked in. Generator bodies are lowered first ({@link
 * YieldLowering}) and compound statements that contain a yield get their resumable variants;
 * everything else, in generators too, uses the plain nodes.
 */
public final class NodeCompiler {
  private final Resolution resolution;
  private final Module module;
  private final Scope scope;
  /** The qualified name of the code being compiled; null for the module. */
  private final String qualname;
  private int resumeSlots;
  /** Whether a resumable try or with was compiled: see {@link Code#hasCleanup()}. */
  private boolean hasCleanup;

  /** The function's first positional parameter, which a zero-argument super() passes on. */
  private String firstParam;

  /** For a comprehension's code: whether its {@code .0} iterator is its alone (isTemporary). */
  private boolean ownsComprehensionSource;

  private NodeCompiler(Resolution resolution, Module module, Scope scope, String qualname) {
    this.resolution = resolution;
    this.module = module;
    this.scope = scope;
    this.qualname = qualname;
  }

  /**
   * The qualified name of a def or class inside this code: {@code C.m} in a class body,
   * {@code f.<locals>.g} in a function.
   */
  private String childQualname(String name) {
    if (qualname == null) {
      return name;
    }
    return scope.isClass() ? qualname + "." + name : qualname + ".<locals>." + name;
  }

  /** Compiles a module's top-level code. */
  public static Code compileModule(Module module, Resolution resolution) {
    NodeCompiler c = new NodeCompiler(resolution, module, resolution.moduleScope(), null);
    try {
      StmtNode body = c.block(module.body(), 1);
      return c.code("<module>", 1, body, new Signature(new String[0], 0, 0, 0, false, false));
    } catch (LoweringException e) {
      String line = e.pos.line() <= module.lines().size() ? module.lines().get(e.pos.line() - 1) : "";
      throw new SyntaxErrorException(
          module.fileName(),
          List.of(
              new SyntaxProblem(
                  "SyntaxError", e.getMessage(), e.pos.line(), e.pos.col(), e.pos.col() + 1,
                  line)));
    }
  }

  private Code code(String name, int firstLine, StmtNode body, Signature sig) {
    return code(name, firstLine, body, sig, null);
  }

  private Code code(String name, int firstLine, StmtNode body, Signature sig, String doc) {
    List<String> cells = scope.ownCells();
    int[] cellSlots = new int[cells.size()];
    for (int i = 0; i < cellSlots.length; i++) {
      cellSlots[i] = scope.slot(cells.get(i));
    }
    List<String> free = scope.freeNames();
    int[] freeSlots = new int[free.size()];
    for (int i = 0; i < freeSlots.length; i++) {
      freeSlots[i] = scope.slot(free.get(i));
    }
    return new Code(
        name,
        qualname == null ? name : qualname,
        module.fileName(),
        module.lines(),
        firstLine,
        body,
        scope.slotCount(),
        resumeSlots,
        scope.isGenerator(),
        sig,
        cellSlots,
        freeSlots,
        scope.localNames(),
        hasCleanup,
        doc);
  }

  /** Compiles a function-like scope's body into a Code object. */
  private MakeFunctionNode function(
      Object node, String name, Params params, List<Stmt> body, List<Expr> decorators, Pos pos) {
    return function(node, name, params, body, decorators, pos, false);
  }

  /**
   * {@code ownsSource}: for a comprehension, whether the iterator it receives as {@code .0}
   * comes from a temporary (see {@link #isTemporary}), so its loop owns it.
   */
  private MakeFunctionNode function(
      Object node,
      String name,
      Params params,
      List<Stmt> body,
      List<Expr> decorators,
      Pos pos,
      boolean ownsSource) {
    Scope fnScope = resolution.scopeOf(node);
    // CPython's __qualname__: nested definitions are named through their enclosing function.
    String innerQualname = childQualname(name);
    NodeCompiler inner = new NodeCompiler(resolution, module, fnScope, innerQualname);
    List<Params.Param> positional = new ArrayList<>(params.posOnly());
    positional.addAll(params.args());
    inner.firstParam = positional.isEmpty() ? null : positional.get(0).name();
    inner.ownsComprehensionSource = ownsSource;
    List<Stmt> stmts = fnScope.isGenerator() ? YieldLowering.lower(body, fnScope, resolution) : body;
    StmtNode compiled = inner.block(stmts, pos.line());
    Code code = inner.code(name, pos.line(), compiled, signature(params), docstring(body));

    List<ExprNode> defaults = new ArrayList<>();
    for (Params.Param p : params.posOnly()) {
      if (p.defaultValue() != null) {
        defaults.add(expr(p.defaultValue()));
      }
    }
    for (Params.Param p : params.args()) {
      if (p.defaultValue() != null) {
        defaults.add(expr(p.defaultValue()));
      }
    }
    List<String> kwNames = new ArrayList<>();
    List<ExprNode> kwValues = new ArrayList<>();
    for (Params.Param p : params.kwOnly()) {
      if (p.defaultValue() != null) {
        kwNames.add(p.name());
        kwValues.add(expr(p.defaultValue()));
      }
    }
    List<String> free = fnScope.freeNames();
    int[] closureSlots = new int[free.size()];
    for (int i = 0; i < closureSlots.length; i++) {
      closureSlots[i] = scope.slot(free.get(i));
    }
    return new MakeFunctionNode(
        code,
        exprs(decorators),
        defaults.toArray(new ExprNode[0]),
        kwNames.toArray(new String[0]),
        kwValues.toArray(new ExprNode[0]),
        closureSlots);
  }

  /** Compiles a class statement's body into a Code run once by {@link MakeClassNode}. */
  private MakeClassNode classDef(Stmt.ClassDef x) {
    if (!x.keywords().isEmpty()) {
      throw new LoweringException(
          x.keywords().get(0).value().pos(),
          "class keyword arguments (such as metaclass=) are not supported yet");
    }
    Scope clsScope = resolution.scopeOf(x);
    String clsQualname = childQualname(x.name());
    NodeCompiler inner = new NodeCompiler(resolution, module, clsScope, clsQualname);
    StmtNode body = inner.block(x.body(), x.pos().line());
    Code code =
        inner.code(
            x.name(), x.pos().line(), body, new Signature(new String[0], 0, 0, 0, false, false));
    List<String> free = clsScope.freeNames();
    int[] closureSlots = new int[free.size()];
    for (int i = 0; i < closureSlots.length; i++) {
      closureSlots[i] = scope.slot(free.get(i));
    }
    int classCellSlot =
        clsScope.ownCells().contains(Resolver.CLASS_CELL)
            ? clsScope.slot(Resolver.CLASS_CELL)
            : -1;
    String doc = docstring(x.body());
    return new MakeClassNode(
        x.pos().line(),
        code,
        x.name(),
        clsQualname,
        exprs(x.decorators()),
        sequence(SequenceNode.Kind.TUPLE, x.bases()),
        closureSlots,
        classCellSlot,
        doc);
  }

  /** The docstring of a def or class body: its first statement, when a string literal. */
  private static String docstring(List<Stmt> body) {
    if (!body.isEmpty()
        && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant c
        && c.value() instanceof String text) {
      return text;
    }
    return null;
  }

  private static Signature signature(Params p) {
    List<Params.Param> ordered = Resolver.orderedParams(p);
    String[] names = new String[ordered.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = ordered.get(i).name();
    }
    int positional = p.posOnly().size() + p.args().size();
    return new Signature(
        names,
        p.posOnly().size(),
        positional,
        p.kwOnly().size(),
        p.varArg() != null,
        p.kwArg() != null);
  }

  // ---- statements ----

  private boolean resumable(List<Stmt> body) {
    return scope.isGenerator() && YieldFinder.contains(body);
  }

  private boolean resumable(Stmt s) {
    return scope.isGenerator() && YieldFinder.contains(s);
  }

  private StmtNode block(List<Stmt> body, int line) {
    StmtNode[] nodes = new StmtNode[body.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = stmt(body.get(i));
    }
    return resumable(body)
        ? new ResumableBlock(line, nodes, resumeSlots++)
        : new BlockNode(line, nodes);
  }

  /** A clause body, or null when the clause is absent. */
  private StmtNode optionalBlock(List<Stmt> body, int line) {
    return body.isEmpty() ? null : block(body, line);
  }

  private StmtNode stmt(Stmt s) {
    int line = s.pos().line();
    if (s instanceof Stmt.ExprStmt x) {
      if (x.value() instanceof Expr.Yield y) {
        return new YieldNode(line, y.value() == null ? null : expr(y.value()), null, resumeSlots++);
      }
      if (x.value() instanceof Expr.YieldFrom y) {
        return new YieldFromNode(line, expr(y.value()), null, resumeSlots++, tempSlot());
      }
      return new ExprStmtNode(line, expr(x.value()));
    } else if (s instanceof Stmt.Assign x) {
      if (x.targets().size() == 1 && x.value() instanceof Expr.Yield y) {
        return new YieldNode(
            line, y.value() == null ? null : expr(y.value()), target(x.targets().get(0)),
            resumeSlots++);
      }
      if (x.targets().size() == 1 && x.value() instanceof Expr.YieldFrom y) {
        return new YieldFromNode(
            line, expr(y.value()), target(x.targets().get(0)), resumeSlots++, tempSlot());
      }
      ExprNode value = expr(x.value());
      TargetNode[] targets = new TargetNode[x.targets().size()];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = target(x.targets().get(i));
      }
      return new AssignNode(line, targets, value);
    } else if (s instanceof Stmt.AugAssign x) {
      return augAssign(x);
    } else if (s instanceof Stmt.AnnAssign x) {
      if (x.value() == null) {
        return new JumpNode(line, Completion.NORMAL);
      }
      return new AssignNode(line, new TargetNode[] {target(x.target())}, expr(x.value()));
    } else if (s instanceof Stmt.Pass) {
      return new JumpNode(line, Completion.NORMAL);
    } else if (s instanceof Stmt.Break) {
      return new JumpNode(line, Completion.BREAK);
    } else if (s instanceof Stmt.Continue) {
      return new JumpNode(line, Completion.CONTINUE);
    } else if (s instanceof Stmt.Return x) {
      return new ReturnNode(line, x.value() == null ? null : expr(x.value()));
    } else if (s instanceof Stmt.Delete x) {
      TargetNode[] targets = new TargetNode[x.targets().size()];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = target(x.targets().get(i));
      }
      return new DeleteNode(line, targets);
    } else if (s instanceof Stmt.If x) {
      ExprNode test = expr(x.test());
      StmtNode body = block(x.body(), line);
      StmtNode orElse = optionalBlock(x.orElse(), line);
      return resumable(s)
          ? new ResumableIf(line, test, body, orElse, resumeSlots++)
          : new IfNode(line, test, body, orElse);
    } else if (s instanceof Stmt.While x) {
      ExprNode test = expr(x.test());
      StmtNode body = block(x.body(), line);
      StmtNode orElse = optionalBlock(x.orElse(), line);
      return resumable(s)
          ? new ResumableWhile(line, test, body, orElse, resumeSlots++)
          : new WhileNode(line, test, body, orElse);
    } else if (s instanceof Stmt.For x) {
      ExprNode iter = expr(x.iter());
      TargetNode target = target(x.target());
      StmtNode body = block(x.body(), line);
      StmtNode orElse = optionalBlock(x.orElse(), line);
      return resumable(s)
          ? new ResumableFor(
              line, target, iter, body, orElse, resumeSlots++, tempSlot(), isTemporary(x.iter()))
          : new ForNode(line, target, iter, body, orElse, isTemporary(x.iter()));
    } else if (s instanceof Stmt.FunctionDef x) {
      MakeFunctionNode fn = function(x, x.name(), x.params(), x.body(), x.decorators(), x.pos());
      return new AssignNode(line, new TargetNode[] {nameTarget(x.name())}, fn);
    } else if (s instanceof Stmt.ClassDef x) {
      return new AssignNode(line, new TargetNode[] {nameTarget(x.name())}, classDef(x));
    } else if (s instanceof Stmt.With x) {
      return with(x.items(), 0, x.body(), line, resumable(s));
    } else if (s instanceof Stmt.Try x) {
      return tryStmt(x, line);
    } else if (s instanceof Stmt.Raise x) {
      return new RaiseNode(
          line, x.exc() == null ? null : expr(x.exc()), x.cause() == null ? null : expr(x.cause()));
    } else if (s instanceof Stmt.Assert x) {
      return new AssertNode(line, expr(x.test()), x.msg() == null ? null : expr(x.msg()));
    } else if (s instanceof Stmt.Import x) {
      List<StmtNode> imports = new ArrayList<>();
      for (Stmt.Alias a : x.names()) {
        // import a.b binds a (after importing a.b); import a.b as c binds c to a.b itself.
        String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
        imports.add(new ImportNode(line, a.name(), a.asName() == null, nameTarget(bound)));
      }
      return imports.size() == 1
          ? imports.get(0)
          : new BlockNode(line, imports.toArray(new StmtNode[0]));
    } else if (s instanceof Stmt.ImportFrom x) {
      String[] names = new String[x.names().size()];
      TargetNode[] targets = new TargetNode[names.length];
      for (int i = 0; i < names.length; i++) {
        Stmt.Alias a = x.names().get(i);
        if (a.name().equals("*")) {
          throw new LoweringException(a.pos(), "'import *' is not supported yet");
        }
        names[i] = a.name();
        targets[i] = nameTarget(a.asName() != null ? a.asName() : a.name());
      }
      return new ImportFromNode(line, x.module(), names, targets);
    } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
      return new JumpNode(line, Completion.NORMAL);
    }
    throw new LoweringException(s.pos(), "this statement is not supported yet");
  }

  private int tempSlot() {
    return scope.slot(scope.newTemp());
  }

  /**
   * {@code target op= value}. A subscript or attribute target's container (and index) are
   * evaluated once, into hidden slots, and used both to read and to write.
   */
  private StmtNode augAssign(Stmt.AugAssign x) {
    int line = x.pos().line();
    Expr t = x.target();
    if (t instanceof Expr.Name n) {
      return new AugAssignNode(line, load(n.id()), nameTarget(n.id()), x.op(), expr(x.value()));
    }
    if (t instanceof Expr.Attribute a) {
      int obj = tempSlot();
      ExprNode objLoad = new LocalLoad(obj, "$obj");
      return new BlockNode(
          line,
          new StmtNode[] {
            new AssignNode(line, new TargetNode[] {new LocalTarget(obj, "$obj")}, expr(a.value())),
            new AugAssignNode(
                line,
                new AttributeNode(objLoad, a.attr()),
                new AttributeTarget(objLoad, a.attr()),
                x.op(),
                expr(x.value()))
          });
    }
    if (t instanceof Expr.Subscript sub) {
      int obj = tempSlot();
      int idx = tempSlot();
      ExprNode objLoad = new LocalLoad(obj, "$obj");
      ExprNode idxLoad = new LocalLoad(idx, "$index");
      return new BlockNode(
          line,
          new StmtNode[] {
            new AssignNode(
                line, new TargetNode[] {new LocalTarget(obj, "$obj")}, expr(sub.value())),
            new AssignNode(
                line, new TargetNode[] {new LocalTarget(idx, "$index")}, expr(sub.index())),
            new AugAssignNode(
                line,
                new SubscriptNode(objLoad, idxLoad),
                new SubscriptTarget(objLoad, idxLoad),
                x.op(),
                expr(x.value()))
          });
    }
    throw new LoweringException(x.pos(), "illegal expression for augmented assignment");
  }

  private StmtNode with(
      List<Stmt.WithItem> items, int i, List<Stmt> body, int line, boolean resumable) {
    Stmt.WithItem item = items.get(i);
    ExprNode mgr = expr(item.contextExpr());
    TargetNode target = item.target() == null ? null : target(item.target());
    StmtNode inner =
        i + 1 < items.size() ? with(items, i + 1, body, line, resumable) : block(body, line);
    if (resumable) {
      hasCleanup = true;
      return new ResumableWith(line, mgr, target, inner, resumeSlots++, tempSlot());
    }
    return new WithNode(line, mgr, target, inner);
  }

  private StmtNode tryStmt(Stmt.Try x, int line) {
    StmtNode body = block(x.body(), line);
    ExceptHandlerNode[] handlers = new ExceptHandlerNode[x.handlers().size()];
    for (int i = 0; i < handlers.length; i++) {
      Stmt.ExceptHandler h = x.handlers().get(i);
      handlers[i] =
          new ExceptHandlerNode(
              h.pos().line(),
              h.type() == null ? null : expr(h.type()),
              h.name() == null ? null : nameTarget(h.name()),
              block(h.body(), h.pos().line()));
    }
    StmtNode orElse = optionalBlock(x.orElse(), line);
    StmtNode finalBody = optionalBlock(x.finalBody(), line);
    if (resumable(x)) {
      hasCleanup = true;
      return new ResumableTry(
          line, body, handlers, orElse, finalBody, resumeSlots++, tempSlot(), tempSlot(),
          tempSlot());
    }
    return new TryNode(line, body, handlers, orElse, finalBody);
  }

  // ---- names and targets ----

  private ExprNode load(String name) {
    switch (scope.binding(name)) {
      case LOCAL:
        return new LocalLoad(scope.slot(name), name);
      case CELL:
        if (scope.isClass() && !scope.ownCells().contains(name)) {
          return new ClassDerefLoad(scope.slot(name), name);
        }
        return new CellLoad(scope.slot(name), name, scope.freeNames().contains(name));
      case NAMESPACE:
        return new ClassNameLoad(name);
      case GLOBAL:
      default:
        return new GlobalLoad(name);
    }
  }

  private TargetNode nameTarget(String name) {
    switch (scope.binding(name)) {
      case LOCAL:
        return new LocalTarget(scope.slot(name), name);
      case CELL:
        return new CellTarget(scope.slot(name), name);
      case NAMESPACE:
        return new ClassNameTarget(name);
      case GLOBAL:
      default:
        return new GlobalTarget(name);
    }
  }

  private TargetNode target(Expr t) {
    if (t instanceof Expr.Name n) {
      return nameTarget(n.id());
    }
    if (t instanceof Expr.Attribute a) {
      return new AttributeTarget(expr(a.value()), a.attr());
    }
    if (t instanceof Expr.Subscript s) {
      return new SubscriptTarget(expr(s.value()), expr(s.index()));
    }
    List<Expr> elts;
    if (t instanceof Expr.TupleExpr x) {
      elts = x.elts();
    } else if (t instanceof Expr.ListExpr x) {
      elts = x.elts();
    } else {
      throw new LoweringException(t.pos(), "cannot assign to expression");
    }
    TargetNode[] targets = new TargetNode[elts.size()];
    int star = -1;
    for (int i = 0; i < targets.length; i++) {
      Expr e = elts.get(i);
      if (e instanceof Expr.Starred st) {
        if (star >= 0) {
          throw new LoweringException(e.pos(), "multiple starred expressions in assignment");
        }
        star = i;
        targets[i] = target(st.value());
      } else {
        targets[i] = target(e);
      }
    }
    return new UnpackTarget(targets, star);
  }

  // ---- expressions ----

  private ExprNode[] exprs(List<Expr> es) {
    ExprNode[] out = new ExprNode[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = expr(es.get(i));
    }
    return out;
  }

  private ExprNode expr(Expr e) {
    if (e instanceof Expr.Name x) {
      return load(x.id());
    } else if (e instanceof Expr.Constant x) {
      Object v = x.value();
      if (v instanceof byte[] data) {
        return new ConstNode(PyBytes.of(data));
      }
      return new ConstNode(v == Expr.NONE ? PyNone.NONE : v);
    } else if (e instanceof Expr.JoinedStr x) {
      return new JoinedStrNode(exprs(x.parts()));
    } else if (e instanceof Expr.FormattedValue x) {
      return new FormatNode(
          expr(x.value()), x.conversion(), x.formatSpec() == null ? null : expr(x.formatSpec()));
    } else if (e instanceof Expr.BinOp x) {
      return new BinaryNode(x.op(), expr(x.left()), expr(x.right()));
    } else if (e instanceof Expr.UnaryOp x) {
      return new UnaryNode(x.op(), expr(x.operand()));
    } else if (e instanceof Expr.BoolOp x) {
      return new BoolOpNode(x.isAnd(), exprs(x.values()));
    } else if (e instanceof Expr.Compare x) {
      if (x.ops().size() == 1) {
        return new SingleCompareNode(
            expr(x.left()), x.ops().get(0), expr(x.comparators().get(0)));
      }
      return new CompareNode(
          expr(x.left()),
          x.ops().toArray(new org.pygen.syntax.CmpOperator[0]),
          exprs(x.comparators()));
    } else if (e instanceof Expr.Call x) {
      return call(x);
    } else if (e instanceof Expr.Attribute x) {
      return new AttributeNode(expr(x.value()), x.attr());
    } else if (e instanceof Expr.Subscript x) {
      return new SubscriptNode(expr(x.value()), expr(x.index()));
    } else if (e instanceof Expr.Slice x) {
      return new SliceNode(optional(x.lower()), optional(x.upper()), optional(x.step()));
    } else if (e instanceof Expr.ListExpr x) {
      return sequence(SequenceNode.Kind.LIST, x.elts());
    } else if (e instanceof Expr.TupleExpr x) {
      return sequence(SequenceNode.Kind.TUPLE, x.elts());
    } else if (e instanceof Expr.SetExpr x) {
      PySet folded = ConstantSetOrder.of(x.elts());
      if (folded != null) {
        return new ConstantSetNode(folded);
      }
      return sequence(SequenceNode.Kind.SET, x.elts());
    } else if (e instanceof Expr.DictExpr x) {
      ExprNode[] keys = new ExprNode[x.keys().size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = optional(x.keys().get(i));
      }
      return new DictNode(keys, exprs(x.values()));
    } else if (e instanceof Expr.IfExp x) {
      return new IfExpNode(expr(x.test()), expr(x.body()), expr(x.orElse()));
    } else if (e instanceof Expr.Lambda x) {
      List<Stmt> body = List.of(new Stmt.Return(x.body().pos(), x.body()));
      return function(x, "<lambda>", x.params(), body, List.of(), x.pos());
    } else if (e instanceof Expr.NamedExpr x) {
      return new NamedExprNode(nameTarget(x.target().id()), expr(x.value()));
    } else if (e instanceof Expr.Comprehension x) {
      return comprehension(x);
    } else if (e instanceof Expr.Starred) {
      throw new LoweringException(e.pos(), "can't use starred expression here");
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      throw new LoweringException(e.pos(), "yield is not supported in this position yet");
    }
    throw new LoweringException(e.pos(), "this expression is not supported yet");
  }

  private ExprNode optional(Expr e) {
    return e == null ? null : expr(e);
  }

  private ExprNode sequence(SequenceNode.Kind kind, List<Expr> elts) {
    ExprNode[] nodes = new ExprNode[elts.size()];
    boolean[] starred = new boolean[elts.size()];
    for (int i = 0; i < nodes.length; i++) {
      Expr el = elts.get(i);
      if (el instanceof Expr.Starred s) {
        starred[i] = true;
        nodes[i] = expr(s.value());
      } else {
        nodes[i] = expr(el);
      }
    }
    return new SequenceNode(kind, nodes, starred);
  }

  private ExprNode call(Expr.Call x) {
    if (x.func() instanceof Expr.Name n
        && n.id().equals("super")
        && x.args().isEmpty()
        && x.keywords().isEmpty()
        && scope.isFunction()) {
      ExprNode classCell =
          scope.binding(Resolver.CLASS_CELL) == BindingKind.CELL
              ? load(Resolver.CLASS_CELL)
              : null;
      return new ZeroArgSuperNode(
          x.pos().line(), load("super"), classCell, firstParam == null ? null : load(firstParam));
    }
    if (x.func() instanceof Expr.Name n
        && (n.id().equals("globals") || n.id().equals("locals"))
        && x.args().isEmpty()
        && x.keywords().isEmpty()) {
      return namespaceCall(x, n.id().equals("globals"));
    }
    boolean simple = true;
    for (Expr a : x.args()) {
      simple &= !(a instanceof Expr.Starred);
    }
    for (Expr.Keyword k : x.keywords()) {
      simple &= k.name() != null;
    }
    int line = x.pos().line();
    if (simple) {
      // obj.name(...) is compiled as a method call; the callee is compiled before the arguments.
      Expr.Attribute method = x.func() instanceof Expr.Attribute a ? a : null;
      ExprNode callee = method != null ? expr(method.value()) : expr(x.func());
      int nArgs = x.args().size();
      int nKw = x.keywords().size();
      ExprNode[] args = new ExprNode[nArgs + nKw];
      String[] kwNames = nKw == 0 ? null : new String[nKw];
      for (int i = 0; i < nArgs; i++) {
        args[i] = expr(x.args().get(i));
      }
      for (int i = 0; i < nKw; i++) {
        args[nArgs + i] = expr(x.keywords().get(i).value());
        kwNames[i] = x.keywords().get(i).name();
      }
      if (method != null) {
        return new CallMethodNode(line, callee, method.attr(), args, kwNames);
      }
      return new CallNode(line, callee, args, kwNames);
    }
    ExprNode fn = expr(x.func());
    ExprNode[] positional = new ExprNode[x.args().size()];
    boolean[] starred = new boolean[positional.length];
    for (int i = 0; i < positional.length; i++) {
      Expr a = x.args().get(i);
      if (a instanceof Expr.Starred s) {
        starred[i] = true;
        positional[i] = expr(s.value());
      } else {
        positional[i] = expr(a);
      }
    }
    ExprNode[] kwValues = new ExprNode[x.keywords().size()];
    String[] kwNames = new String[kwValues.length];
    for (int i = 0; i < kwValues.length; i++) {
      kwValues[i] = expr(x.keywords().get(i).value());
      kwNames[i] = x.keywords().get(i).name();
    }
    return new CallStarNode(line, fn, positional, starred, kwValues, kwNames);
  }

  /** Whether an expression's value is referred to by nothing but its user (see ForNode). */
  private boolean isTemporary(Expr e) {
    if (e instanceof Expr.Name n && n.id().equals(".0")) {
      return ownsComprehensionSource;
    }
    return e instanceof Expr.Call
        || (e instanceof Expr.Comprehension c && c.kind() == Expr.ComprehensionKind.GENERATOR);
  }

  /** {@code globals()} or {@code locals()}: see {@link NamespaceCallNode}. */
  private ExprNode namespaceCall(Expr.Call x, boolean globals) {
    String[] names = null;
    int[] slots = null;
    boolean[] cells = null;
    if (!globals && scope.isFunction()) {
      List<String> visible = new ArrayList<>(scope.localNames());
      visible.addAll(scope.freeNames());
      names = visible.toArray(new String[0]);
      slots = new int[names.length];
      cells = new boolean[names.length];
      for (int i = 0; i < names.length; i++) {
        slots[i] = scope.slot(names[i]);
        cells[i] = scope.binding(names[i]) == BindingKind.CELL;
      }
    }
    ExprNode fn = expr(x.func());
    return new NamespaceCallNode(x.pos().line(), fn, globals, names, slots, cells);
  }

  /**
   * A comprehension runs as a function of its own scope whose single parameter {@code .0} is the
   * iterator of the first iterable, evaluated here in the enclosing scope.
   */
  private ExprNode comprehension(Expr.Comprehension x) {
    Pos pos = x.pos();
    Params params =
        new Params(
            List.of(new Params.Param(pos, ".0", null)), List.of(), null, List.of(), null);
    String name = resolution.scopeOf(x).name();
    Expr source = x.generators().get(0).iter();
    MakeFunctionNode fn =
        function(
            x, name, params, ComprehensionBody.of(x, ".0"), List.of(), pos, isTemporary(source));
    return new ComprehensionNode(fn, expr(source));
  }
}
