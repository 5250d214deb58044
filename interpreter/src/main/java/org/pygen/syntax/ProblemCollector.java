package org.pygen.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Collects the syntax problems of one source text and knows how to place them: it turns tokens
 * and parse-tree spans into the line, column range and source line a {@link SyntaxProblem}
 * carries.
 */
final class ProblemCollector {
  static final String SYNTAX_ERROR = "SyntaxError";
  static final String INDENTATION_ERROR = "IndentationError";

  private final List<String> lines;
  private final List<SyntaxProblem> problems = new ArrayList<>();
  /** Problems CPython finds only after parsing (symtable, compiler): any parse error wins. */
  private final Set<SyntaxProblem> afterParse = Collections.newSetFromMap(new IdentityHashMap<>());

  ProblemCollector(List<String> lines) {
    this.lines = lines;
  }

  List<SyntaxProblem> problems() {
    return problems;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void add(SyntaxProblem problem) {
    problems.add(problem);
  }

  /** Adds a problem CPython reports only once the whole file has parsed. */
  void addAfterParse(SyntaxProblem problem) {
    problems.add(problem);
    afterParse.add(problem);
  }

  /** The problems CPython's parser itself would report, in source order. */
  List<SyntaxProblem> parseLevel() {
    return sorted().stream().filter(p -> !afterParse.contains(p)).toList();
  }

  /** The problems CPython reports after parsing, in source order. */
  List<SyntaxProblem> afterParseLevel() {
    return sorted().stream().filter(afterParse::contains).toList();
  }

  /**
   * Problems in source order (stable for equal positions). A problem without a caret sorts last
   * on its line: it sits at an INDENT/DEDENT or the end of input, after the line's tokens.
   */
  List<SyntaxProblem> sorted() {
    List<SyntaxProblem> copy = new ArrayList<>(problems);
    copy.sort(
        Comparator.comparingInt(SyntaxProblem::line)
            .thenComparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column()));
    return copy;
  }

  /** The text of 1-based {@code line}, or null beyond the end of the source. */
  String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
  }

  int lineCount() {
    return lines.size();
  }

  SyntaxProblem problem(String type, String message, int line, int column, int endColumn) {
    return new SyntaxProblem(type, message, line, column, endColumn, line(line));
  }

  /** A problem with a single caret at {@code column}. */
  SyntaxProblem caret(String type, String message, int line, int column) {
    return problem(type, message, line, column, column + 1);
  }

  /** A problem with no caret, as CPython shows for errors located at INDENT/DEDENT tokens. */
  SyntaxProblem noCaret(String type, String message, int line) {
    return problem(type, message, line, -1, -1);
  }

  /** A problem whose carets cover {@code token}. */
  SyntaxProblem token(String type, String message, Token token) {
    return span(type, message, token, token);
  }

  /** A problem whose carets run from the start of {@code first} to the end of {@code last}. */
  SyntaxProblem span(String type, String message, Token first, Token last) {
    int line = first.getLine();
    int column = first.getCharPositionInLine();
    int end;
    if (endLine(last) == line) {
      end = endColumn(last);
    } else {
      String text = line(line);
      // CPython underlines a span that runs onto later lines up to the end of the first.
      end = text == null ? column + 1 : text.length();
    }
    return problem(type, message, line, column, Math.max(end, column + 1));
  }

  /** A problem whose carets cover a parse-tree node. */
  SyntaxProblem span(String type, String message, ParserRuleContext ctx) {
    return span(type, message, ctx.getStart(), ctx.getStop() == null ? ctx.getStart() : ctx.getStop());
  }

  static int endLine(Token t) {
    String text = t.getText();
    int line = t.getLine();
    if (text == null || isLineBreak(text)) {
      return line;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Exclusive end column of a token on its last line. */
  static int endColumn(Token t) {
    String text = t.getText();
    if (text == null || text.isEmpty() || t.getType() == Token.EOF || isLineBreak(text)) {
      return t.getCharPositionInLine() + 1;
    }
    int nl = text.lastIndexOf('\n');
    if (nl >= 0) {
      return text.length() - nl - 1;
    }
    return t.getCharPositionInLine() + text.length();
  }

  private static boolean isLineBreak(String text) {
    return text.equals("\n") || text.equals("\r\n") || text.equals("\r");
  }
}
