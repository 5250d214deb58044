package org.pygen.syntax;

import java.util.List;

/**
 * Expression nodes of the abstract syntax tree. Immutable; built by {@link AstBuilder}, read by
 * the resolver, the yield lowering and the node compiler. The shapes follow CPython's {@code ast}
 * module where that is convenient, so that its documentation describes them too.
 */
public sealed interface Expr extends Node {

  /** A variable reference (load, store or delete decided by the context it appears in). */
  record Name(Pos pos, String id) implements Expr {}

  /**
   * A literal: {@code Long}, {@code java.math.BigInteger} (only beyond 64 bits), {@code Double},
   * {@code String}, {@code byte[]} (a bytes literal), {@code Boolean}, or {@link #NONE} for None
   * and {@link #ELLIPSIS} for ...
   */
  record Constant(Pos pos, Object value) implements Expr {}

  /** Marker value of {@link Constant} for {@code None}; the compiler maps it to the runtime's. */
  Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /** Marker value of {@link Constant} for {@code ...}. */
  Object ELLIPSIS = new Object() {
    @Override
    public String toString() {
      return "Ellipsis";
    }
  };

  /** An f-string: the concatenation of its parts ({@link Constant} strings and {@link FormattedValue}s). */
  record JoinedStr(Pos pos, List<Expr> parts) implements Expr {}

  /**
   * One {@code {value!conversion:spec}} field of an f-string. {@code conversion} is 's', 'r', 'a'
   * or -1 for none; {@code formatSpec} is null or a {@link JoinedStr}. The {@code {x=}} form is
   * built as CPython builds it: a Constant "x=" followed by a FormattedValue with conversion 'r'
   * (or none when a format spec is given).
   */
  record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

  record BinOp(Pos pos, Expr left, BinOperator op, Expr right) implements Expr {}

  record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

  /** {@code a and b and c} ({@code isAnd}) or {@code a or b or c}; at least two values. */
  record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}

  /** A comparison chain {@code left op0 c0 op1 c1 ...}; ops and comparators have equal length. */
  record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators)
      implements Expr {}

  /** A call. {@code args} may contain {@link Starred}; a keyword with null name is {@code **e}. */
  record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

  record Keyword(Pos pos, String name, Expr value) {}

  record Attribute(Pos pos, Expr value, String attr) implements Expr {}

  /** {@code value[index]}; a slice index is a {@link Slice}, {@code a[1:2, 3]} a {@link TupleExpr}. */
  record Subscript(Pos pos, Expr value, Expr index) implements Expr {}

  /** {@code lower:upper:step}, each part nullable; only valid as a subscript index. */
  record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

  record ListExpr(Pos pos, List<Expr> elts) implements Expr {}

  record TupleExpr(Pos pos, List<Expr> elts) implements Expr {}

  record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

  /** A dict display; a null key marks {@code **value} unpacking. */
  record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

  /** {@code body if test else orElse}. */
  record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {}

  record Lambda(Pos pos, Params params, Expr body) implements Expr {}

  /** {@code yield} or {@code yield value}; value null for the bare form. */
  record Yield(Pos pos, Expr value) implements Expr {}

  record YieldFrom(Pos pos, Expr value) implements Expr {}

  /** {@code *value} in a call, a display or an assignment target. */
  record Starred(Pos pos, Expr value) implements Expr {}

  /** {@code target := value}. */
  record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

  /** The kind of a comprehension. */
  enum ComprehensionKind {
    LIST,
    SET,
    DICT,
    GENERATOR
  }

  /**
   * A comprehension or generator expression. {@code elt} is the element (the key for a dict
   * comprehension, whose value is {@code value}; {@code value} is null otherwise).
   */
  record Comprehension(
      Pos pos, ComprehensionKind kind, Expr elt, Expr value, List<ComprehensionFor> generators)
      implements Expr {}

  /** One {@code for target in iter if cond...} clause of a comprehension. */
  record ComprehensionFor(Pos pos, Expr target, Expr iter, List<Expr> ifs) {}
}
