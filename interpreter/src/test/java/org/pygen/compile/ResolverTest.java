package org.pygen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Module;
import org.pygen.syntax.SourceParser;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.SyntaxErrorException;
import org.pygen.syntax.SyntaxProblem;

/** The resolver's decisions, checked against Python's scoping rules. */
class ResolverTest {

  private static Module parse(String src) {
    return SourceParser.parse(src, "t.pyg");
  }

  private static Stmt.FunctionDef def(List<Stmt> body, int index) {
    return (Stmt.FunctionDef) body.get(index);
  }

  @Test
  void parametersComeFirstAndAssignedNamesAreLocal() {
    Module m = parse("def f(a, b=1, *args, k, **kw):\n    x = a\n    return y\n");
    Resolution r = Resolver.resolve(m);
    Scope f = r.scopeOf(def(m.body(), 0));
    assertEquals(List.of("a", "b", "k", "args", "kw"), f.slotNames().subList(0, 5));
    assertEquals(5, f.paramCount());
    assertEquals(BindingKind.LOCAL, f.binding("x"));
    assertEquals(BindingKind.GLOBAL, f.binding("y"));
    assertFalse(f.isGenerator());
  }

  @Test
  void moduleNamesAreGlobal() {
    Module m = parse("x = 1\nfor i in range(3):\n    pass\n");
    Scope top = Resolver.resolve(m).moduleScope();
    assertEquals(BindingKind.GLOBAL, top.binding("x"));
    assertEquals(BindingKind.GLOBAL, top.binding("i"));
  }

  @Test
  void capturedVariablesBecomeCellsOnBothSides() {
    Module m =
        parse(
            "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n"
                + "        n += 1\n        return n\n    return inner\n");
    Resolution r = Resolver.resolve(m);
    Stmt.FunctionDef outer = def(m.body(), 0);
    Scope o = r.scopeOf(outer);
    Scope i = r.scopeOf(def(outer.body(), 1));
    assertEquals(BindingKind.CELL, o.binding("n"));
    assertEquals(List.of("n"), o.ownCells());
    assertEquals(BindingKind.CELL, i.binding("n"));
    assertEquals(List.of("n"), i.freeNames());
    assertTrue(i.ownCells().isEmpty());
  }

  @Test
  void freeVariablesPassThroughIntermediateFunctions() {
    Module m =
        parse(
            "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n"
                + "        return c\n    return b\n");
    Resolution r = Resolver.resolve(m);
    Stmt.FunctionDef a = def(m.body(), 0);
    Stmt.FunctionDef b = def(a.body(), 1);
    Stmt.FunctionDef c = def(b.body(), 0);
    assertEquals(List.of("v"), r.scopeOf(b).freeNames());
    assertEquals(List.of("v"), r.scopeOf(c).freeNames());
    assertEquals(BindingKind.CELL, r.scopeOf(a).binding("v"));
  }

  @Test
  void globalDeclarationWins() {
    Module m = parse("def f():\n    global g\n    g = 2\n");
    Scope f = Resolver.resolve(m).scopeOf(def(m.body(), 0));
    assertEquals(BindingKind.GLOBAL, f.binding("g"));
  }

  @Test
  void yieldMarksOnlyItsOwnFunctionAsGenerator() {
    Module m = parse("def outer():\n    def gen():\n        yield 1\n    return gen\n");
    Resolution r = Resolver.resolve(m);
    Stmt.FunctionDef outer = def(m.body(), 0);
    assertFalse(r.scopeOf(outer).isGenerator());
    assertTrue(r.scopeOf(def(outer.body(), 0)).isGenerator());
  }

  @Test
  void comprehensionHasItsOwnScopeButFirstIterableIsOuter() {
    Module m = parse("def f(xs):\n    return [x * 2 for x in xs]\n");
    Resolution r = Resolver.resolve(m);
    Stmt.FunctionDef f = def(m.body(), 0);
    Stmt.Return ret = (Stmt.Return) f.body().get(0);
    Scope comp = r.scopeOf(ret.value());
    assertEquals(BindingKind.LOCAL, comp.binding("x"));
    assertEquals(BindingKind.GLOBAL, r.scopeOf(f).binding("x"));
    assertEquals(BindingKind.LOCAL, r.scopeOf(f).binding("xs"));
  }

  @Test
  void generatorExpressionIsAGeneratorScope() {
    Module m = parse("g = (i for i in range(3))\n");
    Resolution r = Resolver.resolve(m);
    Expr genexp = ((Stmt.Assign) m.body().get(0)).value();
    assertTrue(r.scopeOf(genexp).isGenerator());
    assertEquals("<genexpr>", r.scopeOf(genexp).name());
  }

  private static SyntaxProblem firstProblem(String src) {
    SyntaxErrorException e =
        assertThrows(SyntaxErrorException.class, () -> Resolver.resolve(parse(src)));
    return e.first();
  }

  // Messages and positions below are what CPython 3.11 reports for the same programs.

  @Test
  void returnOutsideFunction() {
    SyntaxProblem p = firstProblem("x = 1\nreturn x\n");
    assertEquals("'return' outside function", p.message());
    assertEquals(2, p.line());
    assertEquals(0, p.column());
  }

  @Test
  void yieldOutsideFunction() {
    SyntaxProblem p = firstProblem("yield 5\n");
    assertEquals("'yield' outside function", p.message());
    assertEquals(1, p.line());
  }

  @Test
  void breakOutsideLoop() {
    SyntaxProblem p = firstProblem("if True:\n    break\n");
    assertEquals("'break' outside loop", p.message());
    assertEquals(2, p.line());
    assertEquals(4, p.column());
  }

  @Test
  void continueNotInLoop() {
    SyntaxProblem p = firstProblem("def f():\n    continue\n");
    assertEquals("'continue' not properly in loop", p.message());
  }

  @Test
  void breakInsideNestedFunctionOfALoopIsStillAnError() {
    SyntaxProblem p = firstProblem("while True:\n    def f():\n        break\n");
    assertEquals("'break' outside loop", p.message());
    assertEquals(3, p.line());
  }

  @Test
  void yieldInsideComprehension() {
    SyntaxProblem p = firstProblem("def f():\n    return [(yield x) for x in range(3)]\n");
    assertEquals("'yield' inside list comprehension", p.message());
  }

  @Test
  void nonlocalAtModuleLevel() {
    SyntaxProblem p = firstProblem("nonlocal x\n");
    assertEquals("nonlocal declaration not allowed at module level", p.message());
  }

  @Test
  void everyProblemIsCollected() {
    SyntaxErrorException e =
        assertThrows(
            SyntaxErrorException.class,
            () -> Resolver.resolve(parse("break\nx = 1\nreturn 2\n")));
    assertEquals(2, e.problems().size());
    assertEquals(1, e.problems().get(0).line());
    assertEquals(3, e.problems().get(1).line());
  }
}
