package org.pygen.syntax;

import static org.pygen.syntax.ProblemCollector.INDENTATION_ERROR;
import static org.pygen.syntax.ProblemCollector.SYNTAX_ERROR;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.pygen.grammar.OpenBracket;
import org.pygen.grammar.PygenLexer;
import org.pygen.grammar.PygenParser;

/**
 * Words an ANTLR parse error as CPython 3.11 would word the same mistake. CPython's parser finds
 * its specific messages with "invalid_*" grammar rules and forced tokens; this class recognises
 * the same situations from where ANTLR stopped: the rule it was in, the token it could not take,
 * and the tokens around it.
 */
final class ParseErrorMessages {
  /** Statements whose ':' CPython demands outright (its {@code &&':'} forced token). */
  private static final Set<Class<?>> FORCED_COLON =
      Set.of(
          PygenParser.FuncDefContext.class,
          PygenParser.TryStmtContext.class,
          PygenParser.ElseClauseContext.class,
          PygenParser.FinallyClauseContext.class);

  /** Statements for which CPython says "expected ':'" only when the line ends instead. */
  private static final Set<Class<?>> COLON_AT_LINE_END =
      Set.of(
          PygenParser.IfStmtContext.class,
          PygenParser.ElifClauseContext.class,
          PygenParser.WhileStmtContext.class,
          PygenParser.ForStmtContext.class,
          PygenParser.WithStmtContext.class,
          PygenParser.ExceptClauseContext.class,
          PygenParser.ClassDefContext.class);

  private final String fileName;
  private final ProblemCollector problems;
  private final List<Token> tokens;
  private final OpenBracket unclosedAtEof;
  private final int sourceLength;
  /** Line of the token the parser first stumbled on; 0 before any error. */
  private int firstOffendingLine;

  ParseErrorMessages(
      String fileName,
      ProblemCollector problems,
      List<Token> tokens,
      OpenBracket unclosedAtEof,
      int sourceLength) {
    this.fileName = fileName;
    this.problems = problems;
    this.tokens = tokens;
    this.unclosedAtEof = unclosedAtEof;
    this.sourceLength = sourceLength;
  }

  /**
   * The problem for a parse that could not take {@code offending}, or null when it is only an
   * echo of an earlier one.
   *
   * @param expected the tokens ANTLR would have accepted there, or null if unknown
   */
  SyntaxProblem describe(Parser parser, Token offending, IntervalSet expected) {
    ParserRuleContext ctx = parser.getContext();
    int type = offending.getType();
    boolean firstError = firstOffendingLine == 0;
    if (firstError) {
      firstOffendingLine = lineOf(offending);
    }
    if (type == Token.EOF && unclosedAtEof != null) {
      // Only the parser's first failure says something about the bracket; reaching the end
      // after recovering from an earlier error is an echo of that error.
      return firstError ? neverClosed(unclosedAtEof) : null;
    }
    if (type == PygenLexer.INDENT) {
      return problems.noCaret(INDENTATION_ERROR, "unexpected indent", offending.getLine());
    }
    if (ctx instanceof PygenParser.BlockContext block
        && expected != null
        && expected.contains(PygenLexer.INDENT)) {
      return indentedBlockExpected(block, offending);
    }
    if (expected != null && expected.contains(PygenLexer.COLON)) {
      boolean forced = FORCED_COLON.contains(ctx.getClass());
      boolean atLineEnd =
          COLON_AT_LINE_END.contains(ctx.getClass()) && type == PygenLexer.NEWLINE;
      if (forced || atLineEnd) {
        return at(SYNTAX_ERROR, "expected ':'", offending);
      }
    }
    if (ctx instanceof PygenParser.TryStmtContext
        && expected != null
        && expected.contains(PygenLexer.EXCEPT)
        && expected.contains(PygenLexer.FINALLY)) {
      return at(SYNTAX_ERROR, "expected 'except' or 'finally' block", offending);
    }
    if (ctx instanceof PygenParser.FuncDefContext
        && expected != null
        && expected.contains(PygenLexer.LPAR)) {
      return at(SYNTAX_ERROR, "expected '('", offending);
    }
    if (type == PygenLexer.EQUAL) {
      SyntaxProblem p = assignmentInCondition(ctx, offending);
      if (p != null) {
        return p;
      }
    }
    if (ctx instanceof PygenParser.TestContext test
        && test.IF() != null
        && test.orTest().size() == 2
        && test.ELSE() == null
        && type != PygenLexer.COLON) {
      return problems.span(
          SYNTAX_ERROR,
          "expected 'else' after 'if' expression",
          test.orTest(0).getStart(),
          test.orTest(1).getStop());
    }
    SyntaxProblem legacy = legacyPrintOrExec(offending);
    if (legacy != null) {
      return legacy;
    }
    SyntaxProblem comma = forgottenComma(offending);
    if (comma != null) {
      return comma;
    }
    if (type == PygenLexer.DEDENT) {
      return problems.noCaret(INDENTATION_ERROR, "unexpected unindent", lineOf(offending));
    }
    return at(SYNTAX_ERROR, "invalid syntax", offending);
  }

  /**
   * The line of the token where the parser first failed. CPython compares this line, not the
   * reported one, with an unclosed bracket's line to decide which error to show.
   */
  int firstOffendingLine() {
    return firstOffendingLine;
  }

  /** CPython's message for a bracket still open at the end of the input. */
  SyntaxProblem neverClosed(OpenBracket open) {
    return problems.caret(
        SYNTAX_ERROR, "'" + open.symbol() + "' was never closed", open.line(), open.column());
  }

  /** A problem covering {@code token}, or placed as CPython places errors at end of input. */
  private SyntaxProblem at(String type, String message, Token token) {
    if (isAtEnd(token)) {
      return problems.noCaret(type, message, lineOf(token));
    }
    if (token.getType() == PygenLexer.DEDENT) {
      return problems.noCaret(type, message, token.getLine());
    }
    return problems.token(type, message, token);
  }

  private boolean isAtEnd(Token token) {
    return token.getType() == Token.EOF || token.getStartIndex() >= sourceLength;
  }

  /** The line CPython reports for a token; tokens at end of input belong to the last line. */
  private int lineOf(Token token) {
    return isAtEnd(token) ? Math.max(1, problems.lineCount()) : token.getLine();
  }

  private SyntaxProblem indentedBlockExpected(PygenParser.BlockContext block, Token offending) {
    ParserRuleContext header = block.getParent();
    String what;
    Token keyword = header.getStart();
    if (header instanceof PygenParser.FuncDefContext) {
      what = "function definition";
    } else if (header instanceof PygenParser.ClassDefContext) {
      what = "class definition";
    } else {
      // if/elif/else/while/for/try/except/finally/with: each header rule starts with its keyword
      what = "'" + keyword.getText() + "' statement";
    }
    String message =
        "expected an indented block after " + what + " on line " + keyword.getLine();
    if (isAtEnd(offending) || offending.getType() == PygenLexer.DEDENT) {
      return problems.noCaret(INDENTATION_ERROR, message, lineOf(offending));
    }
    return problems.caret(
        INDENTATION_ERROR, message, offending.getLine(), offending.getCharPositionInLine());
  }

  /**
   * {@code if x = 1:} and the like: CPython's invalid_named_expression rule, for the conditions of
   * if, elif and while.
   */
  private SyntaxProblem assignmentInCondition(ParserRuleContext ctx, Token equals) {
    Token start;
    if (ctx instanceof PygenParser.NamedExprTestContext
        && (ctx.getParent() instanceof PygenParser.IfStmtContext
            || ctx.getParent() instanceof PygenParser.ElifClauseContext
            || ctx.getParent() instanceof PygenParser.WhileStmtContext)) {
      start = ctx.getStart();
    } else if (ctx instanceof PygenParser.IfStmtContext s && s.namedExprTest() != null) {
      start = s.namedExprTest().getStart();
    } else if (ctx instanceof PygenParser.ElifClauseContext s && s.namedExprTest() != null) {
      start = s.namedExprTest().getStart();
    } else if (ctx instanceof PygenParser.WhileStmtContext s && s.namedExprTest() != null) {
      start = s.namedExprTest().getStart();
    } else if (equals.getTokenIndex() > 0 && bracketDepthBefore(equals.getTokenIndex()) > 0) {
      // Inside brackets elements are named expressions in CPython's grammar, except the
      // disjunctions of comprehension clauses and conditions.
      int first = bitwiseOrStart(equals.getTokenIndex() - 1);
      if (first > 0 && inComprehensionOrConditionPart(first - 1, equals.getTokenIndex() - 1)) {
        return null;
      }
      start = tokens.get(first);
    } else {
      return null;
    }
    int equalsIndex = equals.getTokenIndex();
    PygenParser.ExprContext target = parseFrom(start.getTokenIndex(), PygenParser::expr);
    if (target == null || target.getStop().getTokenIndex() != equalsIndex - 1) {
      return null;
    }
    PygenParser.ExprContext value = parseFrom(equalsIndex + 1, PygenParser::expr);
    if (value == null) {
      return null;
    }
    int after = value.getStop().getTokenIndex() + 1;
    if (after < tokens.size()
        && (tokens.get(after).getType() == PygenLexer.EQUAL
            || tokens.get(after).getType() == PygenLexer.COLONEQUAL)) {
      return null;
    }
    if (target.getStart() == target.getStop() && target.getStart().getType() == PygenLexer.NAME) {
      return problems.span(
          SYNTAX_ERROR,
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          target.getStart(),
          value.getStop());
    }
    Expr built =
        new AstBuilder(fileName, new ProblemCollector(List.of()), 0, 0).expression(target);
    if (built instanceof Expr.ListExpr
        || built instanceof Expr.TupleExpr
        || (built instanceof Expr.Comprehension c
            && c.kind() == Expr.ComprehensionKind.GENERATOR)
        || (built instanceof Expr.Constant k
            && (k.value() == Expr.NONE || k.value() instanceof Boolean))) {
      return null;
    }
    return problems.span(
        SYNTAX_ERROR,
        "cannot assign to "
            + TargetRules.describe(built)
            + " here. Maybe you meant '==' instead of '='?",
        target.getStart(),
        target.getStop());
  }

  /**
   * Python 2's statements {@code print "x"} and {@code exec "code"}: the name followed by an
   * expression. CPython's invalid_expression rule names the missing parentheses and underlines
   * the name and the expressions after it.
   */
  private SyntaxProblem legacyPrintOrExec(Token offending) {
    int index = offending.getTokenIndex();
    if (index <= 0 || index >= tokens.size() || !canStartExpression(offending.getType())) {
      return null;
    }
    Token name = tokens.get(index - 1);
    if (name.getType() != PygenLexer.NAME
        || !(name.getText().equals("print") || name.getText().equals("exec"))) {
      return null;
    }
    if (index >= 2 && tokens.get(index - 2).getType() == PygenLexer.DOT) {
      return null;
    }
    ParserRuleContext rest = parseFrom(index, PygenParser::testlistStarExpr);
    if (rest == null) {
      return null;
    }
    String n = name.getText();
    return problems.span(
        SYNTAX_ERROR,
        "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?",
        name,
        rest.getStop());
  }

  /**
   * Two expressions side by side inside brackets, {@code f(a b)}: CPython's invalid_expression
   * rule suggests a missing comma and underlines both.
   */
  private SyntaxProblem forgottenComma(Token offending) {
    int index = offending.getTokenIndex();
    if (index <= 0 || index >= tokens.size() || bracketDepthBefore(index) == 0) {
      return null;
    }
    Token previous = tokens.get(index - 1);
    if (!canEndExpression(previous.getType()) || !canStartExpression(offending.getType())) {
      return null;
    }
    int start = expressionStart(index - 1);
    if (start > 0 && inComprehensionOrConditionPart(start - 1, index - 1)) {
      return null;
    }
    int startType = tokens.get(start).getType();
    if (startType == PygenLexer.STAR || startType == PygenLexer.DOUBLESTAR) {
      return null;
    }
    if (startType == PygenLexer.NAME && tokens.get(start + 1).getType() == PygenLexer.STRING) {
      return null;
    }
    if (start == index - 1
        && (previous.getText().equals("print") || previous.getText().equals("exec"))) {
      return null;
    }
    // Like CPython's ordered choice: a full expression, else a disjunction.
    ParserRuleContext next = parseFrom(index, PygenParser::test);
    if (next == null) {
      next = parseFrom(index, PygenParser::orTest);
    }
    if (next == null) {
      return null;
    }
    return problems.span(
        SYNTAX_ERROR,
        "invalid syntax. Perhaps you forgot a comma?",
        tokens.get(start),
        next.getStop());
  }

  /**
   * Whether the expression between {@code stop + 1} and {@code last} is the iterable of a
   * comprehension's for clause or the condition of an if (a comprehension filter or a
   * conditional expression). CPython parses those as disjunctions, which have no
   * forgotten-comma rule.
   */
  private boolean inComprehensionOrConditionPart(int stop, int last) {
    int depth = 0;
    for (int i = stop; i >= 0; i--) {
      int type = tokens.get(i).getType();
      if (isCloser(type)) {
        depth++;
      } else if (isOpener(type)) {
        if (depth == 0) {
          return false;
        }
        depth--;
      } else if (depth == 0) {
        if (type == PygenLexer.IF) {
          return true;
        }
        if (type == PygenLexer.FOR) {
          for (int j = i + 1; j <= last; j++) {
            if (tokens.get(j).getType() == PygenLexer.IN) {
              return true;
            }
          }
          return false;
        }
        if (type == PygenLexer.COMMA || type == PygenLexer.COLON || type == PygenLexer.ELSE) {
          return false;
        }
      }
    }
    return false;
  }

  private int bracketDepthBefore(int index) {
    int depth = 0;
    for (int i = 0; i < index; i++) {
      int t = tokens.get(i).getType();
      if (isOpener(t)) {
        depth++;
      } else if (isCloser(t)) {
        depth--;
      }
    }
    return depth;
  }

  /** Walks back from {@code last} over the tokens of one bitwise_or-level expression. */
  private int bitwiseOrStart(int last) {
    return startOf(last, t -> !isDisjunctionToken(t) || isComparisonOrLogic(t));
  }

  private static boolean isComparisonOrLogic(int t) {
    switch (t) {
      case PygenLexer.LESS:
      case PygenLexer.GREATER:
      case PygenLexer.EQEQUAL:
      case PygenLexer.NOTEQUAL:
      case PygenLexer.LESSEQUAL:
      case PygenLexer.GREATEREQUAL:
      case PygenLexer.NOT:
      case PygenLexer.AND:
      case PygenLexer.OR:
      case PygenLexer.IN:
      case PygenLexer.IS:
        return true;
      default:
        return false;
    }
  }

  /** Walks back from {@code last} over the tokens of one disjunction-level expression. */
  private int expressionStart(int last) {
    return startOf(last, t -> !isDisjunctionToken(t));
  }

  /**
   * Walks back from {@code last} to the first token of the expression ending there: the walk
   * stops after an unmatched opening bracket, or at a token outside brackets that {@code
   * endsExpression} says cannot belong to it.
   */
  private int startOf(int last, IntPredicate endsExpression) {
    int depth = 0;
    for (int i = last; i >= 0; i--) {
      int t = tokens.get(i).getType();
      if (isCloser(t)) {
        depth++;
      } else if (isOpener(t)) {
        if (depth == 0) {
          return i + 1;
        }
        depth--;
      } else if (depth == 0 && endsExpression.test(t)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Parses one {@code rule} starting at token {@code from} on copies of the tokens (so the main
   * stream's token indexes stay intact); null if no such expression starts there. The returned
   * context's token indexes are shifted back to the main stream's.
   */
  private <T extends ParserRuleContext> T parseFrom(int from, Function<PygenParser, T> rule) {
    List<Token> copy = new ArrayList<>();
    for (int i = from; i < tokens.size(); i++) {
      CommonToken t = new CommonToken(tokens.get(i));
      copy.add(t);
    }
    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(copy));
    PygenParser parser = new PygenParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      T result = rule.apply(parser);
      for (Token t : stream.getTokens()) {
        ((CommonToken) t).setTokenIndex(t.getTokenIndex() + from);
      }
      return result;
    } catch (ParseCancellationException e) {
      return null;
    }
  }

  private static boolean isOpener(int t) {
    return t == PygenLexer.LPAR || t == PygenLexer.LSQB || t == PygenLexer.LBRACE;
  }

  private static boolean isCloser(int t) {
    return t == PygenLexer.RPAR || t == PygenLexer.RSQB || t == PygenLexer.RBRACE;
  }

  private static boolean isAtomToken(int t) {
    return t == PygenLexer.NAME
        || t == PygenLexer.NUMBER
        || t == PygenLexer.STRING
        || t == PygenLexer.TRUE
        || t == PygenLexer.FALSE
        || t == PygenLexer.NONE
        || t == PygenLexer.ELLIPSIS;
  }

  private static boolean canEndExpression(int t) {
    return isAtomToken(t) || isCloser(t);
  }

  private static boolean canStartExpression(int t) {
    return isAtomToken(t)
        || isOpener(t)
        || t == PygenLexer.MINUS
        || t == PygenLexer.PLUS
        || t == PygenLexer.TILDE
        || t == PygenLexer.NOT
        || t == PygenLexer.LAMBDA;
  }

  private static boolean isDisjunctionToken(int t) {
    switch (t) {
      case PygenLexer.DOT:
      case PygenLexer.PLUS:
      case PygenLexer.MINUS:
      case PygenLexer.STAR:
      case PygenLexer.DOUBLESTAR:
      case PygenLexer.SLASH:
      case PygenLexer.DOUBLESLASH:
      case PygenLexer.PERCENT:
      case PygenLexer.AT:
      case PygenLexer.LEFTSHIFT:
      case PygenLexer.RIGHTSHIFT:
      case PygenLexer.AMPER:
      case PygenLexer.VBAR:
      case PygenLexer.CIRCUMFLEX:
      case PygenLexer.TILDE:
        return true;
      default:
        return isComparisonOrLogic(t) || isAtomToken(t);
    }
  }
}
