package org.pygen.syntax;

import java.util.List;

/** Statement nodes of the abstract syntax tree; {@code elif} chains are nested {@link If}s. */
public sealed interface Stmt extends Node {

  record ExprStmt(Pos pos, Expr value) implements Stmt {}

  /** {@code t1 = t2 = value}: one or more targets. */
  record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

  record AugAssign(Pos pos, Expr target, BinOperator op, Expr value) implements Stmt {}

  /** {@code target: annotation = value}; value may be null. */
  record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}

  record Pass(Pos pos) implements Stmt {}

  record Break(Pos pos) implements Stmt {}

  record Continue(Pos pos) implements Stmt {}

  /** {@code return} or {@code return value}; value null for the bare form. */
  record Return(Pos pos, Expr value) implements Stmt {}

  record Delete(Pos pos, List<Expr> targets) implements Stmt {}

  record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

  record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}

  record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse)
      implements Stmt {}

  record FunctionDef(
      Pos pos, String name, Params params, List<Stmt> body, List<Expr> decorators)
      implements Stmt {}

  record ClassDef(
      Pos pos,
      String name,
      List<Expr> bases,
      List<Expr.Keyword> keywords,
      List<Stmt> body,
      List<Expr> decorators)
      implements Stmt {}

  record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}

  /** {@code contextExpr as target}; target null when there is no {@code as}. */
  record WithItem(Expr contextExpr, Expr target) {}

  record Try(
      Pos pos,
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orElse,
      List<Stmt> finalBody)
      implements Stmt {}

  /** {@code except type as name:}; type and name nullable. */
  record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {}

  /** {@code raise}, {@code raise exc} or {@code raise exc from cause}. */
  record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

  record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

  record Import(Pos pos, List<Alias> names) implements Stmt {}

  /** {@code from module import names}; a single alias named "*" is the star import. */
  record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {}

  /** {@code name as asName}; name may be dotted in an import, asName null when absent. */
  record Alias(Pos pos, String name, String asName) {}

  record Global(Pos pos, List<String> names) implements Stmt {}

  record Nonlocal(Pos pos, List<String> names) implements Stmt {}
}
