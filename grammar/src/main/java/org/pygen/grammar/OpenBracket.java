package org.pygen.grammar;

/**
 * A bracket that has been opened and not yet closed, remembered for the "'(' was never closed" and
 * "does not match" messages.
 *
 * @param symbol the bracket character
 * @param line 1-based line of the bracket
 * @param column 0-based column of the bracket
 */
public record OpenBracket(char symbol, int line, int column) {}
