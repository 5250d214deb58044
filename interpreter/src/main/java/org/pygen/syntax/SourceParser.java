package org.pygen.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.pygen.grammar.LexicalError;
import org.pygen.grammar.OpenBracket;
import org.pygen.grammar.ParserTooDeepException;
import org.pygen.grammar.PygenLexer;
import org.pygen.grammar.PygenParser;

/**
 * The front door of the front end: source text in, AST out, or a {@link SyntaxErrorException}
 * carrying every problem found, the first one worded and placed as CPython 3.11 reports it.
 *
 * <p>Which problem comes first follows CPython's priorities: a tokenizer error (bad indentation,
 * unterminated string, bad literal, unmatched bracket) anywhere in the file wins over parser
 * errors, and a bracket left open wins over a parser error on a later line. Otherwise problems
 * come in source order.
 */
public final class SourceParser {
  private SourceParser() {}

  /**
   * Parses a whole source file.
   *
   * @param source the program text
   * @param fileName the name shown in tracebacks and syntax errors
   * @throws SyntaxErrorException if the text does not parse
   * @throws CompileLimitException if it nests too deeply to parse or compile
   */
  public static Module parse(String source, String fileName) {
    List<String> lines = SourceLines.split(source);
    // Like CPython's tokenizer, treat a last line without a line break as if it had one, so an
    // error at the end of it points just past its text rather than at no column at all.
    String text = source.isEmpty() || source.endsWith("\n") ? source : source + "\n";
    Lexed lexed = lex(text, fileName);
    if (lexed.lexicalError() == null) {
      ProblemCollector problems = new ProblemCollector(lines);
      List<Stmt> body = statementByStatement(lexed.tokens(), fileName, problems);
      if (body != null) {
        return checked(fileName, lines, body, problems);
      }
      lexed.tokens().seek(0);
    }
    ProblemCollector problems = new ProblemCollector(lines);
    Parsed<PygenParser.FileInputContext> parsed =
        parse(lexed, fileName, problems, PygenParser::fileInput);
    if (parsed.failed()) {
      ProblemCollector builderProblems = new ProblemCollector(lines);
      if (parsed.tree() != null) {
        new AstBuilder(fileName, builderProblems, 0, 0).checkRecoveredTree(parsed.tree());
      }
      throw new SyntaxErrorException(fileName, parsed.choose(problems, builderProblems));
    }
    List<Stmt> body = new AstBuilder(fileName, problems, 0, 0).fileInput(parsed.tree());
    return checked(fileName, lines, body, problems);
  }

  /**
   * The fast path for a file that tokenized cleanly: each top-level statement is parsed (SLL,
   * giving up at the first error) and turned into AST at once, so only one statement's parse tree
   * lives at a time; a whole file's would take kilobytes a line. Null when a statement does not
   * parse: then the whole file goes through the error-reporting path.
   */
  private static List<Stmt> statementByStatement(
      CommonTokenStream tokens, String fileName, ProblemCollector problems) {
    PygenParser parser = new PygenParser(tokens);
    parser.useBoundedCaches();
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    AstBuilder builder = new AstBuilder(fileName, problems, 0, 0);
    List<Stmt> body = new ArrayList<>();
    try {
      while (true) {
        int next = tokens.LA(1);
        if (next == Token.EOF) {
          return body;
        }
        if (next == PygenLexer.NEWLINE) {
          tokens.consume(); // between statements, as fileInput's ( NEWLINE | stmt )* allows
        } else {
          builder.topLevelStatement(parser.stmt(), body);
        }
      }
    } catch (ParseCancellationException notSll) {
      return null;
    } catch (ParserTooDeepException e) {
      throw CompileLimitException.parserStack();
    }
  }

  /** Reports the builder's problems and the nesting limits of a file that parsed. */
  private static Module checked(
      String fileName, List<String> lines, List<Stmt> body, ProblemCollector problems) {
    if (!problems.parseLevel().isEmpty()) {
      throw new SyntaxErrorException(fileName, builderOnly(problems));
    }
    // CPython's compiler checks the depth before it looks for the errors it finds itself.
    NestingCheck.requireShallow(body);
    if (!problems.isEmpty()) {
      throw new SyntaxErrorException(fileName, builderOnly(problems));
    }
    return new Module(fileName, lines, body);
  }

  /**
   * Parses the argument of {@code eval()}: an expression (or an unparenthesised tuple) optionally
   * followed by line breaks. Leading spaces and tabs are ignored, as eval() ignores them.
   *
   * @throws SyntaxErrorException if the text is not such an expression
   */
  public static Expr parseExpression(String source, String fileName) {
    int start = 0;
    while (start < source.length()
        && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) {
      start++;
    }
    return parseExpression(source.substring(start), fileName, 0, 0);
  }

  /**
   * Parses an f-string field's expression, already wrapped in parentheses. Positions in the
   * resulting AST are shifted by the given deltas (columns only on the first line) so that they
   * point into the real source; problems keep the coordinates of {@code source}.
   */
  static Expr parseFieldExpression(String source, String fileName, int lineDelta, int colDelta) {
    return parseExpression(source, fileName, lineDelta, colDelta);
  }

  private static Expr parseExpression(
      String source, String fileName, int lineDelta, int colDelta) {
    List<String> lines = SourceLines.split(source);
    ProblemCollector problems = new ProblemCollector(lines);
    Parsed<PygenParser.EvalInputContext> parsed =
        parse(lex(source, fileName), fileName, problems, PygenParser::evalInput);
    if (parsed.failed()) {
      throw new SyntaxErrorException(
          fileName, parsed.choose(problems, new ProblemCollector(lines)));
    }
    Expr e = new AstBuilder(fileName, problems, lineDelta, colDelta).evalInput(parsed.tree());
    if (!problems.parseLevel().isEmpty()) {
      throw new SyntaxErrorException(fileName, builderOnly(problems));
    }
    NestingCheck.requireShallow(List.of(e));
    if (!problems.isEmpty()) {
      throw new SyntaxErrorException(fileName, builderOnly(problems));
    }
    return e;
  }

  /** The outcome of running lexer and parser over one input; no tree when not parsed. */
  private record Parsed<T extends ParserRuleContext>(
      T tree,
      LexicalError lexicalError,
      OpenBracket unclosed,
      ParseErrorMessages messages,
      ProblemCollector parseProblems) {

    boolean failed() {
      return lexicalError != null || !parseProblems.isEmpty();
    }

    /**
     * Picks the problems to report, in CPython's priority. A tokenizer error that CPython's
     * tokenizer raises itself wins over everything (CPython re-tokenizes the file after a parse
     * error to look for one); the others only when the parser reached them. Otherwise the
     * problems of the parser and the builder's parse-level ones, in source order, unless a
     * bracket left open before the first of them makes CPython report that instead.
     */
    List<SyntaxProblem> choose(ProblemCollector all, ProblemCollector builderProblems) {
      List<SyntaxProblem> failures = new ArrayList<>(builderProblems.parseLevel());
      failures.addAll(parseProblems.problems());
      if (lexicalError != null && (lexicalError.overridesParseErrors() || failures.isEmpty())) {
        LexicalError e = lexicalError;
        return List.of(all.problem(e.type(), e.message(), e.line(), e.column(), e.endColumn()));
      }
      if (failures.isEmpty()) {
        return builderOnly(builderProblems);
      }
      ProblemCollector sorter = new ProblemCollector(List.of());
      failures.forEach(sorter::add);
      List<SyntaxProblem> ordered = sorter.sorted();
      int errorLine = Math.max(ordered.get(0).line(), messages.firstOffendingLine());
      if (unclosed != null && errorLine > unclosed.line()) {
        return List.of(messages.neverClosed(unclosed));
      }
      return onePerLine(ordered);
    }
  }

  /**
   * The builder's problems for a file that parsed: those CPython's parser finds, or, if there
   * are none, those its compiler finds after parsing.
   */
  private static List<SyntaxProblem> builderOnly(ProblemCollector problems) {
    List<SyntaxProblem> parseLevel = problems.parseLevel();
    return onePerLine(parseLevel.isEmpty() ? problems.afterParseLevel() : parseLevel);
  }

  /** The tokens of one input and what the lexer found wrong with it. */
  private record Lexed(
      CommonTokenStream tokens, LexicalError lexicalError, OpenBracket unclosed, int length) {}

  private static Lexed lex(String source, String fileName) {
    PygenLexer lexer = new PygenLexer(CharStreams.fromString(source, fileName));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    return new Lexed(tokens, lexer.lexicalError(), lexer.unclosedBracketAtEof(), source.length());
  }

  private static <T extends ParserRuleContext> Parsed<T> parse(
      Lexed lexed,
      String fileName,
      ProblemCollector problems,
      Function<PygenParser, T> rule) {
    CommonTokenStream tokens = lexed.tokens();
    LexicalError lexicalError = lexed.lexicalError();
    OpenBracket unclosed = lexed.unclosed();
    ParseErrorMessages messages =
        new ParseErrorMessages(
            fileName, problems, tokens.getTokens(), unclosed, lexed.length());
    ProblemCollector parseProblems = new ProblemCollector(List.of());
    if (lexicalError != null && lexicalError.overridesParseErrors()) {
      // Reported whatever the parser would find: spare a huge file's full, error-recovering parse.
      return new Parsed<>(null, lexicalError, unclosed, messages, parseProblems);
    }

    // Fast path: SLL prediction, giving up at the first error. Only inputs with errors (or the
    // rare SLL conflict) pay for the second, full LL parse with CPython-worded recovery.
    PygenParser parser = new PygenParser(tokens);
    parser.useBoundedCaches();
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    T tree;
    try {
      try {
        tree = rule.apply(parser);
      } catch (ParseCancellationException sllFailed) {
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(
            new ParseErrorStrategy(messages, parseProblems, lexicalError != null));
        tree = rule.apply(parser);
      }
    } catch (ParserTooDeepException e) {
      throw CompileLimitException.parserStack();
    }
    return new Parsed<>(tree, lexicalError, unclosed, messages, parseProblems);
  }

  /** Keeps the first problem of each line: later ones on a line are usually its echoes. */
  private static List<SyntaxProblem> onePerLine(List<SyntaxProblem> sorted) {
    List<SyntaxProblem> kept = new ArrayList<>();
    int lastLine = -1;
    for (SyntaxProblem p : sorted) {
      if (p.line() != lastLine) {
        kept.add(p);
        lastLine = p.line();
      }
    }
    return kept;
  }
}
