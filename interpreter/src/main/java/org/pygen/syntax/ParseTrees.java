package org.pygen.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.pygen.grammar.PygenParser;

/** Questions about the shape of ANTLR parse trees that CPython's error rules ask of its AST. */
final class ParseTrees {
  private ParseTrees() {}

  /**
   * True when {@code tree} is, through single-child wrappers, a bitwise_or expression in CPython's
   * grammar terms ({@code a | b}, arithmetic, calls, atoms; not a comparison, not/and/or, a
   * conditional expression, a lambda or a starred expression).
   */
  static boolean isBitwiseOr(ParseTree tree) {
    ParseTree t = tree;
    while (true) {
      if (t instanceof PygenParser.ExprContext) {
        return true;
      }
      if (!(t instanceof ParserRuleContext ctx) || ctx.getChildCount() != 1) {
        return false;
      }
      if (!(t instanceof PygenParser.TestlistStarExprContext
          || t instanceof PygenParser.TestContext
          || t instanceof PygenParser.NamedExprTestContext
          || t instanceof PygenParser.OrTestContext
          || t instanceof PygenParser.AndTestContext
          || t instanceof PygenParser.NotTestContext
          || t instanceof PygenParser.ComparisonContext)) {
        return false;
      }
      t = ctx.getChild(0);
    }
  }

  /** The bitwise_or expression inside {@code tree}, or null if {@link #isBitwiseOr} is false. */
  static PygenParser.ExprContext asBitwiseOr(ParseTree tree) {
    if (!isBitwiseOr(tree)) {
      return null;
    }
    ParseTree t = tree;
    while (!(t instanceof PygenParser.ExprContext)) {
      t = t.getChild(0);
    }
    return (PygenParser.ExprContext) t;
  }

  /** True when error recovery touched {@code tree}: a rule failed or tokens were conjured. */
  static boolean containsError(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      return true;
    }
    if (tree instanceof ParserRuleContext ctx) {
      if (ctx.exception != null) {
        return true;
      }
      for (int i = 0; i < ctx.getChildCount(); i++) {
        if (containsError(ctx.getChild(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
