package org.pygen.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery (single-token insertion and deletion, resynchronisation), but every
 * error is reported as a CPython-worded {@link SyntaxProblem} instead of ANTLR's own text, so that
 * parsing can go on and find further problems.
 */
final class ParseErrorStrategy extends DefaultErrorStrategy {
  private final ParseErrorMessages messages;
  private final ProblemCollector sink;
  private final boolean ignoreEndOfInput;

  /**
   * @param ignoreEndOfInput drop errors at the end of input: set when the lexer stopped early at
   *     an error of its own, so the end is not where the source ends
   */
  ParseErrorStrategy(ParseErrorMessages messages, ProblemCollector sink, boolean ignoreEndOfInput) {
    this.messages = messages;
    this.sink = sink;
    this.ignoreEndOfInput = ignoreEndOfInput;
  }

  /**
   * Does not check ahead at loop and optional-block entries. ANTLR's default reports there and
   * then skips tokens wholesale; leaving the error to the next {@code match} lets single-token
   * insertion repair a missing ':' or ',' and keeps the following statements intact, so later
   * problems are found rather than echoes of the first.
   */
  @Override
  public void sync(Parser recognizer) {}

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    IntervalSet expected = e.getExpectedTokens();
    if (e instanceof NoViableAltException && e.getOffendingToken() != recognizer.getCurrentToken()) {
      // Prediction failed further ahead: what the decision expected says nothing about there.
      expected = null;
    }
    report(recognizer, e.getOffendingToken(), expected);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
  }

  private void report(Parser recognizer, Token offending, IntervalSet expected) {
    if (ignoreEndOfInput && offending.getType() == Token.EOF) {
      return;
    }
    SyntaxProblem problem = messages.describe(recognizer, offending, expected);
    if (problem != null) {
      sink.add(problem);
    }
  }
}
