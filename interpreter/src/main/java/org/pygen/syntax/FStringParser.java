package org.pygen.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of one f-string token into literal text and replacement fields, as CPython 3.11
 * does (the lexer hands over the whole f-string as one token). Each field's expression is parsed
 * with {@link SourceParser} and its positions are moved to where the expression really is.
 *
 * <p>The parts come back unmerged: {@link Expr.Constant} strings and {@link
 * Expr.FormattedValue}s; {@link StringConcatenation} merges neighbouring constants.
 */
final class FStringParser {
  /** Thrown for a malformed f-string; carries the finished problem. */
  static final class FStringException extends Exception {
    final SyntaxProblem problem;

    FStringException(SyntaxProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final String fileName;
  private final ProblemCollector problems;
  private final String body;
  private final boolean raw;
  /** Position CPython 3.11 gives the top-level parts: that of the whole string concatenation. */
  private final Pos outerPos;
  /** Position of this token, which CPython gives to format specs and their parts. */
  private final Pos pos;
  private final int[] lineOf;
  private final int[] colOf;
  /** Where CPython reports errors about the f-string itself: just past the token's end. */
  private final int errorLine;
  private final int errorColumn;

  /**
   * @param literal the f-string token, taken apart
   * @param outerPos position of the first of the adjacent string tokens
   * @param pos position of this token
   * @param endLine the line the token ends on
   * @param endColumn the exclusive end column of the token on that line
   */
  FStringParser(
      String fileName,
      ProblemCollector problems,
      StringLiteral literal,
      Pos outerPos,
      Pos pos,
      int endLine,
      int endColumn) {
    this.fileName = fileName;
    this.problems = problems;
    this.body = literal.body();
    this.raw = literal.raw();
    this.outerPos = outerPos;
    this.pos = pos;
    this.errorLine = endLine;
    this.errorColumn = endColumn;
    lineOf = new int[body.length() + 1];
    colOf = new int[body.length() + 1];
    int line = pos.line();
    int col = pos.col() + literal.bodyOffset();
    for (int i = 0; i <= body.length(); i++) {
      lineOf[i] = line;
      colOf[i] = col;
      if (i < body.length() && body.charAt(i) == '\n') {
        line++;
        col = 0;
      } else {
        col++;
      }
    }
  }

  /** The literal and field parts of the whole body. */
  List<Expr> parse() throws FStringException {
    List<Expr> parts = new ArrayList<>();
    int end = parseParts(0, parts, 0);
    if (end != body.length()) {
      throw error("f-string: single '}' is not allowed");
    }
    return parts;
  }

  /**
   * Parses literal text and fields from {@code i} until the end of the body or, inside a format
   * spec ({@code nesting > 0}), until the '}' that closes the enclosing field. Returns the index
   * where it stopped.
   */
  private int parseParts(int i, List<Expr> parts, int nesting) throws FStringException {
    StringBuilder literal = new StringBuilder();
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\' && !raw && i + 1 < body.length()) {
        char next = body.charAt(i + 1);
        if (next == 'N' && i + 2 < body.length() && body.charAt(i + 2) == '{') {
          int close = body.indexOf('}', i);
          int stop = close < 0 ? body.length() : close + 1;
          literal.append(body, i, stop);
          i = stop;
          continue;
        }
        literal.append(c);
        if (next != '{' && next != '}') {
          literal.append(next);
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      if (c == '{') {
        if (nesting == 0 && i + 1 < body.length() && body.charAt(i + 1) == '{') {
          literal.append('{');
          i += 2;
          continue;
        }
        flushLiteral(literal, parts, nesting);
        if (nesting >= 2) {
          throw error("f-string: expressions nested too deeply");
        }
        i = parseField(i + 1, parts, nesting);
        continue;
      }
      if (c == '}') {
        if (nesting > 0) {
          break;
        }
        if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
          literal.append('}');
          i += 2;
          continue;
        }
        throw error("f-string: single '}' is not allowed");
      }
      literal.append(c);
      i++;
    }
    flushLiteral(literal, parts, nesting);
    return i;
  }

  private Pos partPos(int nesting) {
    return nesting == 0 ? outerPos : pos;
  }

  private void flushLiteral(StringBuilder literal, List<Expr> parts, int nesting)
      throws FStringException {
    if (literal.length() == 0) {
      return;
    }
    String text = literal.toString();
    literal.setLength(0);
    if (!raw) {
      try {
        text = EscapeDecoder.decode(text);
      } catch (EscapeDecoder.BadEscapeException e) {
        throw error(e.getMessage());
      }
    }
    parts.add(new Expr.Constant(partPos(nesting), text));
  }

  /** Parses one field starting just after its '{'; returns the index just after its '}'. */
  private int parseField(int start, List<Expr> parts, int nesting) throws FStringException {
    int i = start;
    int depth = 0;
    boolean selfDocumenting = false;
    int exprEnd = -1;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\') {
        throw error("f-string expression part cannot include a backslash");
      }
      if (c == '#') {
        throw error("f-string expression part cannot include '#'");
      }
      if (c == '\'' || c == '"') {
        i = skipString(i);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
        if (depth == 0) {
          throw error("f-string: unmatched '" + c + "'");
        }
        depth--;
      } else if (depth == 0) {
        char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
        char prev = i > start ? body.charAt(i - 1) : 0;
        if (c == '}' || c == ':' || (c == '!' && next != '=')) {
          exprEnd = i;
          break;
        }
        if (c == '=' && next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>') {
          exprEnd = i;
          selfDocumenting = true;
          break;
        }
      }
      i++;
    }
    if (exprEnd < 0) {
      throw error("f-string: expecting '}'");
    }
    String exprText = body.substring(start, exprEnd);
    if (exprText.isBlank()) {
      char stop = body.charAt(exprEnd);
      throw error(
          stop == '}'
              ? "f-string: empty expression not allowed"
              : "f-string: expression required before '" + stop + "'");
    }
    Expr value = parseExpression(exprText, start);
    i = exprEnd;
    int conversion = -1;
    if (selfDocumenting) {
      i++;
      while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
        i++;
      }
      parts.add(new Expr.Constant(partPos(nesting), body.substring(start, i)));
    }
    if (i < body.length() && body.charAt(i) == '!') {
      char conv = i + 1 < body.length() ? body.charAt(i + 1) : 0;
      if (conv != 's' && conv != 'r' && conv != 'a') {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv;
      i += 2;
    }
    Expr formatSpec = null;
    if (i < body.length() && body.charAt(i) == ':') {
      List<Expr> specParts = new ArrayList<>();
      i = parseParts(i + 1, specParts, nesting + 1);
      formatSpec = new Expr.JoinedStr(pos, StringConcatenation.merge(specParts));
    }
    if (i >= body.length() || body.charAt(i) != '}') {
      throw error("f-string: expecting '}'");
    }
    if (selfDocumenting && conversion == -1 && formatSpec == null) {
      conversion = 'r';
    }
    parts.add(new Expr.FormattedValue(partPos(nesting), value, conversion, formatSpec));
    return i + 1;
  }

  /** Skips a string literal inside a field's expression; returns the index after it. */
  private int skipString(int i) throws FStringException {
    char quote = body.charAt(i);
    String triple = String.valueOf(quote).repeat(3);
    if (body.startsWith(triple, i)) {
      int close = body.indexOf(triple, i + 3);
      if (close < 0) {
        throw error("f-string: unterminated string");
      }
      return close + 3;
    }
    int close = body.indexOf(quote, i + 1);
    if (close < 0) {
      throw error("f-string: unterminated string");
    }
    return close + 1;
  }

  /**
   * Parses a field's expression the way CPython 3.11 does: wrapped in parentheses, so it may span
   * lines and start with spaces. Errors are reported against the parenthesised text, as CPython
   * shows them.
   */
  private Expr parseExpression(String text, int start) throws FStringException {
    String wrapped = "(" + text + ")";
    int line = lineOf[start];
    try {
      return SourceParser.parseFieldExpression(wrapped, fileName, line - 1, colOf[start] - 1);
    } catch (SyntaxErrorException e) {
      // Problems come in the coordinates of the parenthesised text, which is what CPython shows.
      SyntaxProblem inner = e.first();
      List<String> lines = SourceLines.split(wrapped);
      String sourceLine = inner.line() <= lines.size() ? lines.get(inner.line() - 1) : null;
      throw new FStringException(
          new SyntaxProblem(
              inner.type(),
              "f-string: " + inner.message(),
              line + inner.line() - 1,
              inner.column(),
              inner.endColumn(),
              sourceLine));
    }
  }

  private FStringException error(String message) {
    return new FStringException(
        problems.caret(ProblemCollector.SYNTAX_ERROR, message, errorLine, errorColumn));
  }
}
