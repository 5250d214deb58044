package org.pygen;

import java.util.List;
import java.util.function.Supplier;
import org.pygen.compile.NodeCompiler;
import org.pygen.compile.Resolution;
import org.pygen.compile.Resolver;
import org.pygen.exec.Code;
import org.pygen.syntax.CompileLimitException;
import org.pygen.syntax.Expr;
import org.pygen.syntax.Module;
import org.pygen.syntax.NestingCheck;
import org.pygen.syntax.SourceParser;
import org.pygen.syntax.Stmt;
import org.pygen.syntax.SyntaxErrorException;

/**
 * Source text to executable code: parse, resolve, check nesting, compile, with every failure
 * crossing as a {@link PygenException} (a SyntaxError, or the RecursionError or MemoryError
 * CPython raises for a source nested too deeply).
 */
final class Frontend {
  /** The hidden global a lone expression's value is stored in. */
  private static final String RESULT = "$eval";

  /** Compiled code, and the slot holding the value of a lone expression (-1 if none). */
  record Compiled(Code code, int resultSlot) {}

  private Frontend() {}

  /**
   * Compiles a module. With {@code keepValue}, a source that is a single expression statement
   * keeps its value in {@link Compiled#resultSlot()}.
   */
  static Compiled module(String source, String fileName, boolean keepValue) {
    return guarded(
        () -> {
          Module m = SourceParser.parse(source, fileName);
          if (keepValue && m.body().size() == 1 && m.body().get(0) instanceof Stmt.ExprStmt s) {
            return compile(
                new Module(fileName, m.lines(), List.of(assignResult(s.value()))), true);
          }
          return compile(m, false);
        });
  }

  /** Compiles the argument of {@link Interpreter#eval}, keeping its value. */
  static Compiled expression(String expression) {
    return guarded(
        () -> {
          Expr e = SourceParser.parseExpression(expression, "<string>");
          return compile(
              new Module("<string>", expression.lines().toList(), List.of(assignResult(e))),
              true);
        });
  }

  private static Stmt assignResult(Expr value) {
    return new Stmt.Assign(value.pos(), List.of(new Expr.Name(value.pos(), RESULT)), value);
  }

  private static Compiled compile(Module m, boolean keepsResult) {
    Resolution r = Resolver.resolve(m);
    // CPython's code generator finds this after the symbol table's errors.
    NestingCheck.requireFewBlocks(m);
    Code code = NodeCompiler.compileModule(m, r);
    return new Compiled(code, keepsResult ? r.moduleScope().slot(RESULT) : -1);
  }

  private static Compiled guarded(Supplier<Compiled> work) {
    try {
      return LargeStack.call(work);
    } catch (SyntaxErrorException e) {
      throw Errors.fromSyntax(e);
    } catch (CompileLimitException e) {
      throw Errors.compileLimit(e);
    } catch (StackOverflowError e) {
      // Not expected even on the large stack: the nesting limits bound every recursion.
      throw Errors.compileLimit(null);
    }
  }
}
