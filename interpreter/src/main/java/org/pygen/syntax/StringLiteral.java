package org.pygen.syntax;

/**
 * One STRING token taken apart: its prefix flags and the text between its quotes.
 *
 * @param raw an r prefix: backslashes are kept as written
 * @param formatted an f prefix: the body holds replacement fields
 * @param bytes a b prefix
 * @param body the text between the quotes, escapes not yet decoded
 * @param bodyOffset how many characters of the token precede the body (prefix and quotes)
 */
record StringLiteral(boolean raw, boolean formatted, boolean bytes, String body, int bodyOffset) {

  /** Splits the text of a STRING token (the lexer guarantees it is well formed). */
  static StringLiteral of(String token) {
    int prefixLength = 0;
    while (prefixLength < token.length()
        && token.charAt(prefixLength) != '\''
        && token.charAt(prefixLength) != '"') {
      prefixLength++;
    }
    String prefix = token.substring(0, prefixLength).toLowerCase();
    char quote = token.charAt(prefixLength);
    String q3 = String.valueOf(quote).repeat(3);
    int quoteLength =
        token.startsWith(q3, prefixLength) && token.length() >= prefixLength + 6 ? 3 : 1;
    String body =
        token.substring(prefixLength + quoteLength, token.length() - quoteLength);
    return new StringLiteral(
        prefix.contains("r"),
        prefix.contains("f"),
        prefix.contains("b"),
        body,
        prefixLength + quoteLength);
  }
}
