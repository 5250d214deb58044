package org.pygen.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The logical token stream (NEWLINE / INDENT / DEDENT) and tokenizer errors, checked against the
 * rules of CPython's tokenizer.
 */
class PygenLexerTest {

  /** Token names of the whole stream, e.g. "NAME EQUAL NUMBER NEWLINE EOF". */
  private static String types(String source) {
    PygenLexer lexer = lexer(source);
    List<String> names = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      names.add(t.getType() == Token.EOF ? "EOF" : PygenLexer.VOCABULARY.getSymbolicName(t.getType()));
      if (t.getType() == Token.EOF) {
        break;
      }
    }
    return String.join(" ", names);
  }

  private static PygenLexer lexer(String source) {
    PygenLexer lexer = new PygenLexer(CharStreams.fromString(source));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Runs the lexer to the end and returns its error. */
  private static LexicalError error(String source) {
    PygenLexer lexer = lexer(source);
    while (lexer.nextToken().getType() != Token.EOF) {
      // drain
    }
    return lexer.lexicalError();
  }

  @Test
  void endOfInputWithoutNewlineStillEndsTheLine() {
    assertEquals("NAME EQUAL NUMBER NEWLINE EOF", types("x = 1"));
    assertEquals("NAME EQUAL NUMBER NEWLINE EOF", types("x = 1\n"));
  }

  @Test
  void endOfInputClosesEveryOpenBlock() {
    assertEquals(
        "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF",
        types("if a:\n  if b:\n    c"));
  }

  @Test
  void emptyInputHasNoNewline() {
    assertEquals("EOF", types(""));
    assertEquals("EOF", types("\n\n# only a comment\n"));
  }

  @Test
  void blankAndCommentOnlyLinesProduceNothing() {
    assertEquals(
        "NAME NEWLINE NAME NEWLINE EOF", types("x\n\n   \n# c\n      # deeper comment\ny\n"));
  }

  @Test
  void blankLinesInsideABlockDoNotDedent() {
    assertEquals(
        "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
        types("if a:\n  b\n\n# c\n  d\n"));
  }

  @Test
  void noNewlineOrIndentInsideBrackets() {
    assertEquals(
        "NAME LPAR NUMBER COMMA NUMBER COMMA LSQB NUMBER RSQB RPAR NEWLINE EOF",
        types("f(1,\n      2,\n [\n3]\n)\n"));
    assertEquals(
        "NAME EQUAL LBRACE NUMBER COLON NUMBER RBRACE NEWLINE EOF", types("x = {1:\n\n 2}\n"));
  }

  @Test
  void backslashJoinsLines() {
    assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE EOF", types("x = 1 \\\n    + 2\n"));
  }

  @Test
  void nestedIndentationAndMultipleDedents() {
    assertEquals(
        "DEF NAME LPAR RPAR COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT RETURN NAME NEWLINE"
            + " DEDENT DEDENT NAME NEWLINE EOF",
        types("def f():\n    if x:\n        return y\nz\n"));
  }

  @Test
  void tabsAdvanceToTheNextMultipleOfEight() {
    // A tab and two spaces then a tab both reach column 8: same block.
    assertEquals(
        "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
        types("if a:\n\tb\n\tc\n"));
    assertNull(error("if a:\n\tb\n\tif c:\n\t\td\n"));
  }

  @Test
  void tabsInconsistentWithSpacesAreATabError() {
    LexicalError e = error("if x:\n\ta\n        b\n");
    assertNotNull(e);
    assertEquals("TabError", e.type());
    assertEquals("inconsistent use of tabs and spaces in indentation", e.message());
    assertEquals(3, e.line());
    assertEquals(-1, e.column());
  }

  @Test
  void dedentToAWidthNeverOpenedIsAnIndentationError() {
    LexicalError e = error("if x:\n    a\n  bcd = 1\n");
    assertNotNull(e);
    assertEquals("IndentationError", e.type());
    assertEquals("unindent does not match any outer indentation level", e.message());
    assertEquals(3, e.line());
    // CPython puts the caret just past the end of the line.
    assertEquals(9, e.column());
  }

  @Test
  void unterminatedStrings() {
    LexicalError single = error("x = 1\ny = 'abc\n");
    assertEquals("unterminated string literal (detected at line 2)", single.message());
    assertEquals(2, single.line());
    assertEquals(4, single.column());

    LexicalError triple = error("x = '''abc\n\ny\n");
    assertEquals("unterminated triple-quoted string literal (detected at line 3)", triple.message());
    assertEquals(1, triple.line());
    assertEquals(4, triple.column());
  }

  @Test
  void bracketsMustMatch() {
    assertEquals("unmatched ')'", error("x = 1)\n").message());
    assertEquals(
        "closing parenthesis ']' does not match opening parenthesis '('",
        error("x = (1]\n").message());
    assertEquals(
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        error("x = (1,\n2]\n").message());
  }

  @Test
  void bracketOpenAtEndOfInputIsRemembered() {
    PygenLexer lexer = lexer("x = [1,\n (2,\n");
    assertEquals("NAME EQUAL LSQB NUMBER COMMA LPAR NUMBER COMMA EOF", typesOf(lexer));
    assertEquals(new OpenBracket('(', 2, 1), lexer.unclosedBracketAtEof());
    assertNull(lexer.lexicalError());
  }

  private static String typesOf(PygenLexer lexer) {
    List<String> names = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      names.add(PygenLexer.VOCABULARY.getSymbolicName(t.getType()));
    }
    names.add("EOF");
    return String.join(" ", names);
  }

  @Test
  void malformedNumbersAreWordedAsCpythonWordsThem() {
    assertEquals(new LexicalError("SyntaxError", "invalid decimal literal", 1, 4, 5, true),
        error("x = 1abc\n"));
    assertEquals(new LexicalError("SyntaxError", "invalid decimal literal", 1, 5, 6, true),
        error("x = 1_\n"));
    assertEquals(new LexicalError("SyntaxError", "invalid hexadecimal literal", 1, 6, 7, true),
        error("x = 0x1g\n"));
    assertEquals(new LexicalError("SyntaxError", "invalid digit '2' in binary literal", 1, 7, 8, true),
        error("x = 0b12\n"));
    assertEquals(new LexicalError("SyntaxError", "invalid digit '8' in octal literal", 1, 6, 7, true),
        error("x = 0o8\n"));
    assertEquals(
        "leading zeros in decimal integer literals are not permitted; "
            + "use an 0o prefix for octal integers",
        error("x = 012\n").message());
    // A keyword right after a number is allowed (CPython only warns).
    assertNull(error("x = 1if y else 2\n"));
  }

  @Test
  void numberForms() {
    assertEquals(
        "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NEWLINE EOF",
        types("0x1F 0o17 0b101 1_000 1.5 1e10 .5 5. 3j"));
  }

  @Test
  void invalidCharacters() {
    assertEquals("invalid character '€' (U+20AC)", error("x = a €\n").message());
    assertEquals("invalid non-printable character U+00A0", error("x = a\u00a0b\n").message());
    assertEquals(
        "unexpected character after line continuation character", error("x = 1 \\ y\n").message());
  }

  @Test
  void stringTokensKeepPrefixAndQuotes() {
    PygenLexer lexer = lexer("rb'\\'' f\"{x}\" '''a\n'b'''");
    assertEquals("rb'\\''", lexer.nextToken().getText());
    assertEquals("f\"{x}\"", lexer.nextToken().getText());
    assertEquals("'''a\n'b'''", lexer.nextToken().getText());
  }
}
