package org.pygen.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The layout rules of CPython 3.11's SyntaxError display (pythonrun.c print_error_text). */
class SyntaxErrorFormatterTest {

  @Test
  void singleCaretUnderTheColumn() {
    assertEquals(
        "  File \"x.pyg\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n",
        SyntaxErrorFormatter.format(
            "x.pyg", new SyntaxProblem("SyntaxError", "expected ':'", 1, 7, 8, "def f()")));
  }

  @Test
  void leadingWhitespaceIsStrippedAndTheCaretShifted() {
    assertEquals(
        "  File \"x.pyg\", line 3\n    y = (1 2)\n         ^^^\nSyntaxError: m\n",
        SyntaxErrorFormatter.format(
            "x.pyg", new SyntaxProblem("SyntaxError", "m", 3, 9, 12, " \t  y = (1 2)")));
  }

  @Test
  void negativeColumnMeansNoCaret() {
    assertEquals(
        "  File \"x.pyg\", line 2\n    y = 2\nIndentationError: unexpected indent\n",
        SyntaxErrorFormatter.format(
            "x.pyg",
            new SyntaxProblem("IndentationError", "unexpected indent", 2, -1, -1, "    y = 2")));
  }

  @Test
  void caretPastTheEndIsClippedToJustAfterTheText() {
    assertEquals(
        "  File \"x.pyg\", line 1\n    ab\n      ^\nSyntaxError: m\n",
        SyntaxErrorFormatter.format("x.pyg", new SyntaxProblem("SyntaxError", "m", 1, 40, 41, "ab")));
  }

  @Test
  void noSourceLineMeansOnlyTheFileLine() {
    assertEquals(
        "  File \"x.pyg\", line 9\nSyntaxError: m\n",
        SyntaxErrorFormatter.format("x.pyg", new SyntaxProblem("SyntaxError", "m", 9, 0, 1, null)));
  }
}
