package org.pygen.grammar;

/**
 * Thrown by the parser when rules nest past {@link PygenParserBase#MAX_RULE_DEPTH}: the source is
 * too complex to parse. Not a recognition error, so no error strategy retries or recovers.
 */
public final class ParserTooDeepException extends RuntimeException {
  ParserTooDeepException() {
    super("rules nested more than " + PygenParserBase.MAX_RULE_DEPTH + " deep", null, false, false);
  }
}
