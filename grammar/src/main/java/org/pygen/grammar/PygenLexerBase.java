package org.pygen.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Base class of the generated {@code PygenLexer}: turns the raw token stream into the logical one
 * the parser reads, the way CPython's tokenizer does.
 *
 * <ul>
 *   <li>A line break is a NEWLINE token only at bracket depth 0 and only after a line that holds a
 *       token; blank and comment-only lines produce nothing.
 *   <li>The first token of each logical line is preceded by INDENT or DEDENT tokens when its
 *       indentation differs from the enclosing block's. Tabs advance to the next multiple of 8;
 *       indentation that is consistent with tab size 8 but not with tab size 1 is a TabError, as
 *       in CPython.
 *   <li>At end of input an unterminated last line still gets its NEWLINE, then one DEDENT per open
 *       block, then EOF. Inside open brackets, EOF comes straight away so the parser stops there.
 * </ul>
 *
 * <p>Tokenizer errors (bad indentation, unterminated strings, bad number literals, unmatched
 * brackets, invalid characters) are not thrown: the first one is recorded in {@link
 * #lexicalError()} and the token stream ends at that point, because CPython's tokenizer does not
 * continue past one either.
 */
public abstract class PygenLexerBase extends Lexer {
  private static final int TAB_SIZE = 8;
  /** CPython's MAXLEVEL: the 201st bracket open at once is "too many nested parentheses". */
  private static final int MAX_BRACKET_DEPTH = 200;
  /** CPython's MAXINDENT: a block nested 100 deep is "too many levels of indentation". */
  private static final int MAX_INDENT_LEVELS = 100;

  private final Deque<Token> pending = new ArrayDeque<>();
  /** Indentation widths of the open blocks with tabs expanded to 8 columns; bottom is 0. */
  private final List<Integer> indents = new ArrayList<>();
  /** The same widths with tabs counted as 1 column, to detect tab/space inconsistency. */
  private final List<Integer> altIndents = new ArrayList<>();

  private final Deque<OpenBracket> brackets = new ArrayDeque<>();
  private boolean atLineStart;
  private int lineStartIndex;
  /** Input index of the last character of the last token read (-1 before any). */
  private int lastTokenStop = -1;
  private LexicalError error;
  private OpenBracket unclosedAtEof;
  private Token eof;
  /** Input index of the first NUL character, or -1: see {@link #reachesNul}. */
  private final int firstNul;

  protected PygenLexerBase(CharStream input) {
    super(input);
    firstNul = indexOfNul(input);
    resetLayout();
  }

  private static int indexOfNul(CharStream input) {
    return input.size() == 0 ? -1 : input.getText(Interval.of(0, input.size() - 1)).indexOf('\0');
  }

  /** The first tokenizer error, or null when the input tokenized cleanly (so far). */
  public LexicalError lexicalError() {
    return error;
  }

  /** The innermost bracket still open when the input ended, or null. */
  public OpenBracket unclosedBracketAtEof() {
    return unclosedAtEof;
  }

  @Override
  public void reset() {
    super.reset();
    resetLayout();
  }

  private void resetLayout() {
    pending.clear();
    indents.clear();
    altIndents.clear();
    indents.add(0);
    altIndents.add(0);
    brackets.clear();
    atLineStart = true;
    lineStartIndex = 0;
    lastTokenStop = -1;
    error = null;
    unclosedAtEof = null;
    eof = null;
  }

  @Override
  public Token nextToken() {
    while (pending.isEmpty()) {
      if (eof != null) {
        return eof;
      }
      process(super.nextToken());
    }
    return pending.poll();
  }

  private void process(Token raw) {
    int type = raw.getType();
    if (reachesNul(raw)) {
      return;
    }
    if (type == Token.EOF) {
      if (!continuationAtEof(raw)) {
        finish(raw);
      }
      return;
    }
    lastTokenStop = raw.getStopIndex();
    if (type == PygenLexer.NEWLINE) {
      if (!brackets.isEmpty()) {
        return;
      }
      if (!atLineStart) {
        pending.add(raw);
        atLineStart = true;
      }
      lineStartIndex = raw.getStopIndex() + 1;
      return;
    }
    if (atLineStart) {
      atLineStart = false;
      if (!indent(raw)) {
        stop(raw);
        return;
      }
    }
    if (!check(raw)) {
      stop(raw);
      return;
    }
    pending.add(raw);
  }

  /**
   * CPython reads source as C strings and refuses a line holding a NUL as soon as the tokenizer
   * reads that line, wherever the NUL sits (in a string, a comment, between tokens): so the error
   * comes when a token reaches the NUL, after any tokenizer error on earlier text. No caret.
   */
  private boolean reachesNul(Token raw) {
    if (firstNul < 0 || (raw.getType() != Token.EOF && raw.getStopIndex() < firstNul)) {
      return false;
    }
    String before = _input.getText(Interval.of(0, firstNul - 1));
    int line = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
      }
    }
    error =
        new LexicalError(
            "SyntaxError", "source code cannot contain null bytes", line, -1, -1, true);
    stop(raw);
    return true;
  }

  /** Emits the INDENT/DEDENT tokens before {@code first}, the first token of a logical line. */
  private boolean indent(Token first) {
    int col = 0;
    int altCol = 0;
    String lead = _input.getText(Interval.of(lineStartIndex, first.getStartIndex() - 1));
    for (int i = 0; i < lead.length(); i++) {
      char c = lead.charAt(i);
      if (c == ' ') {
        col++;
        altCol++;
      } else if (c == '\t') {
        col = (col / TAB_SIZE + 1) * TAB_SIZE;
        altCol++;
      } else if (c == '\f') {
        col = 0;
        altCol = 0;
      } else {
        break;
      }
    }
    int top = indents.size() - 1;
    if (col == indents.get(top)) {
      if (altCol != altIndents.get(top)) {
        return tabError(first);
      }
    } else if (col > indents.get(top)) {
      if (altCol <= altIndents.get(top)) {
        return tabError(first);
      }
      if (indents.size() >= MAX_INDENT_LEVELS) {
        // Flagged to the parser like a TabError, so it has no caret either.
        error =
            new LexicalError(
                "IndentationError",
                "too many levels of indentation",
                first.getLine(),
                -1,
                -1,
                false);
        return false;
      }
      indents.add(col);
      altIndents.add(altCol);
      pending.add(synthetic(PygenLexer.INDENT, first));
    } else {
      while (top > 0 && col < indents.get(top)) {
        indents.remove(top);
        altIndents.remove(top);
        top--;
        pending.add(synthetic(PygenLexer.DEDENT, first));
      }
      if (col != indents.get(top)) {
        // CPython puts the caret just past the end of the offending line.
        error =
            new LexicalError(
                "IndentationError",
                "unindent does not match any outer indentation level",
                first.getLine(),
                lineLength(),
                lineLength() + 1,
                false);
        return false;
      }
      if (altCol != altIndents.get(top)) {
        return tabError(first);
      }
    }
    return true;
  }

  private boolean tabError(Token first) {
    error =
        new LexicalError(
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            first.getLine(),
            -1,
            -1,
            false);
    return false;
  }

  /** Length of the physical line that starts at {@link #lineStartIndex}, without its break. */
  private int lineLength() {
    int i = lineStartIndex;
    int size = _input.size();
    while (i < size) {
      String c = _input.getText(Interval.of(i, i));
      if (c.equals("\n") || c.equals("\r")) {
        break;
      }
      i++;
    }
    return i - lineStartIndex;
  }

  /** Checks a token CPython's tokenizer would reject; records the error and returns false. */
  private boolean check(Token t) {
    switch (t.getType()) {
      case PygenLexer.LPAR:
      case PygenLexer.LSQB:
      case PygenLexer.LBRACE:
        if (brackets.size() >= MAX_BRACKET_DEPTH) {
          // Also keeps the parser's recursion, which follows bracket depth, within bounds.
          error =
              LexicalError.syntax(
                  "too many nested parentheses", t.getLine(), t.getCharPositionInLine());
          return false;
        }
        brackets.push(
            new OpenBracket(t.getText().charAt(0), t.getLine(), t.getCharPositionInLine()));
        return true;
      case PygenLexer.RPAR:
      case PygenLexer.RSQB:
      case PygenLexer.RBRACE:
        return closeBracket(t);
      case PygenLexer.UNTERMINATED_STRING:
        error =
            LexicalError.syntax(
                "unterminated string literal (detected at line " + endLine(t) + ")",
                t.getLine(),
                t.getCharPositionInLine());
        return false;
      case PygenLexer.UNTERMINATED_LONG_STRING:
        error =
            LexicalError.syntax(
                "unterminated triple-quoted string literal (detected at line "
                    + lastLineOfInput()
                    + ")",
                t.getLine(),
                t.getCharPositionInLine());
        return false;
      case PygenLexer.NUMBER:
        error = NumberLiteralCheck.check(t, _input);
        return error == null;
      case PygenLexer.ERROR_CHAR:
        return checkStrayCharacter(t);
      default:
        return true;
    }
  }

  private boolean closeBracket(Token t) {
    char close = t.getText().charAt(0);
    int line = t.getLine();
    int col = t.getCharPositionInLine();
    if (brackets.isEmpty()) {
      error = LexicalError.syntax("unmatched '" + close + "'", line, col);
      return false;
    }
    OpenBracket open = brackets.peek();
    char expected = open.symbol() == '(' ? ')' : open.symbol() == '[' ? ']' : '}';
    if (close != expected) {
      String message =
          "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.symbol()
              + "'";
      if (open.line() != line) {
        message += " on line " + open.line();
      }
      error = LexicalError.syntax(message, line, col);
      return false;
    }
    brackets.pop();
    return true;
  }

  private boolean checkStrayCharacter(Token t) {
    int c = t.getText().codePointAt(0);
    int line = t.getLine();
    int col = t.getCharPositionInLine();
    if (c == '\\') {
      error =
          new LexicalError(
              "SyntaxError",
              "unexpected character after line continuation character",
              line,
              col + 1,
              col + 2,
              false);
      return false;
    }
    if (c < 0x80 && c >= 0x20 && c != 0x7f) {
      return true; // '$', '?', '!' ...: the parser reports "invalid syntax" at it
    }
    if (isPrintable(c)) {
      error =
          LexicalError.syntax(
              String.format("invalid character '%s' (U+%04X)", Character.toString(c), c),
              line,
              col);
    } else {
      error =
          LexicalError.syntax(String.format("invalid non-printable character U+%04X", c), line, col);
    }
    return false;
  }

  /** Python's str.isprintable for one code point. */
  private static boolean isPrintable(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      case Character.SPACE_SEPARATOR:
        return c == ' ';
      default:
        return true;
    }
  }

  private static int endLine(Token t) {
    String text = t.getText();
    int line = t.getLine();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The number of the last line of the input, as CPython counts it at end of file. */
  private int lastLineOfInput() {
    String all = _input.getText(Interval.of(0, _input.size() - 1));
    int line = 1;
    for (int i = 0; i < all.length(); i++) {
      if (all.charAt(i) == '\n' && i + 1 < all.length()) {
        line++;
      }
    }
    return line;
  }

  /**
   * A backslash continuing the last line into the end of the input: CPython's tokenizer reports
   * "unexpected EOF while parsing" with the caret just past the backslash. A backslash ending a
   * comment or a string is part of that token, so only one after the last token counts.
   */
  private boolean continuationAtEof(Token rawEof) {
    int n = _input.size();
    String tail = _input.getText(Interval.of(Math.max(0, n - 3), n - 1));
    int backslash;
    if (tail.endsWith("\\\r\n")) {
      backslash = n - 3;
    } else if (tail.endsWith("\\\n") || tail.endsWith("\\\r")) {
      backslash = n - 2;
    } else {
      return false;
    }
    if (backslash <= lastTokenStop) {
      return false;
    }
    String before = _input.getText(Interval.of(Math.max(0, backslash - 100_000), backslash));
    int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    int column = before.length() - lineStart; // just past the backslash
    int line = rawEof.getLine() - 1;
    error = LexicalError.syntax("unexpected EOF while parsing", line, column);
    stop(rawEof);
    return true;
  }

  private void finish(Token rawEof) {
    if (!brackets.isEmpty()) {
      unclosedAtEof = brackets.peek();
    } else {
      if (!atLineStart) {
        pending.add(synthetic(PygenLexer.NEWLINE, rawEof));
      }
      for (int i = indents.size() - 1; i > 0; i--) {
        pending.add(synthetic(PygenLexer.DEDENT, rawEof));
      }
      indents.subList(1, indents.size()).clear();
      altIndents.subList(1, altIndents.size()).clear();
    }
    pending.add(rawEof);
    eof = rawEof;
  }

  /** Ends the token stream after a tokenizer error. */
  private void stop(Token at) {
    pending.clear();
    CommonToken end = synthetic(Token.EOF, at);
    end.setText("<EOF>");
    pending.add(end);
    eof = end;
  }

  private CommonToken synthetic(int type, Token at) {
    CommonToken t =
        new CommonToken(
            new Pair<>(this, _input),
            type,
            DEFAULT_TOKEN_CHANNEL,
            at.getStartIndex(),
            at.getStartIndex() - 1);
    t.setLine(at.getLine());
    t.setCharPositionInLine(at.getCharPositionInLine());
    t.setText("");
    return t;
  }
}
