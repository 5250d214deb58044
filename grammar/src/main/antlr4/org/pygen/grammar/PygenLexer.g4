/*
 * Tokens of the pygen language (Python 3.11 lexical structure).
 *
 * Indentation is not handled here: this grammar produces raw NEWLINE tokens for every line break
 * and PygenLexerBase turns them into the logical NEWLINE / INDENT / DEDENT stream the parser
 * expects (dropping line breaks inside brackets and on blank lines). Strings, f-strings included,
 * are single tokens; the AST builder decodes them.
 */
lexer grammar PygenLexer;

options {
  superClass = PygenLexerBase;
}

tokens {
  INDENT,
  DEDENT
}

// ---- keywords (must precede NAME) ----
FALSE : 'False';
NONE : 'None';
TRUE : 'True';
AND : 'and';
AS : 'as';
ASSERT : 'assert';
BREAK : 'break';
CLASS : 'class';
CONTINUE : 'continue';
DEF : 'def';
DEL : 'del';
ELIF : 'elif';
ELSE : 'else';
EXCEPT : 'except';
FINALLY : 'finally';
FOR : 'for';
FROM : 'from';
GLOBAL : 'global';
IF : 'if';
IMPORT : 'import';
IN : 'in';
IS : 'is';
LAMBDA : 'lambda';
NONLOCAL : 'nonlocal';
NOT : 'not';
OR : 'or';
PASS : 'pass';
RAISE : 'raise';
RETURN : 'return';
TRY : 'try';
WHILE : 'while';
WITH : 'with';
YIELD : 'yield';

// ---- literals ----

// A string token keeps its prefix and quotes; a backslash always escapes the next character for
// tokenizing purposes (also in raw strings, as in CPython).
STRING
  : STRING_PREFIX? ( LONG_STRING | SHORT_STRING )
  ;

// A single-quoted string that reaches the end of its line. Shorter than a terminated STRING, so
// it only wins when the closing quote is missing.
UNTERMINATED_STRING
  : STRING_PREFIX? ( '\'' SHORT_ITEM_SQ* | '"' SHORT_ITEM_DQ* )
  ;

// The opening of a triple-quoted string whose closing quotes never come (LONG_STRING, being
// longer, wins whenever they do).
UNTERMINATED_LONG_STRING
  : STRING_PREFIX? ( '\'\'\'' | '"""' )
  ;

NUMBER
  : IMAG_NUMBER
  | FLOAT_NUMBER
  | HEX_INTEGER
  | OCT_INTEGER
  | BIN_INTEGER
  | DECIMAL_INTEGER
  ;

// ---- brackets (PygenLexerBase tracks their nesting) ----
LPAR : '(';
RPAR : ')';
LSQB : '[';
RSQB : ']';
LBRACE : '{';
RBRACE : '}';

// ---- operators and delimiters (longest first where prefixes overlap) ----
ELLIPSIS : '...';
DOT : '.';
COMMA : ',';
COLONEQUAL : ':=';
COLON : ':';
SEMI : ';';
RARROW : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESLASHEQUAL : '//=';
LEFTSHIFTEQUAL : '<<=';
RIGHTSHIFTEQUAL : '>>=';
PLUSEQUAL : '+=';
MINEQUAL : '-=';
STAREQUAL : '*=';
ATEQUAL : '@=';
SLASHEQUAL : '/=';
PERCENTEQUAL : '%=';
AMPEREQUAL : '&=';
VBAREQUAL : '|=';
CIRCUMFLEXEQUAL : '^=';
DOUBLESTAR : '**';
DOUBLESLASH : '//';
LEFTSHIFT : '<<';
RIGHTSHIFT : '>>';
EQEQUAL : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
LESS : '<';
GREATER : '>';
EQUAL : '=';
PLUS : '+';
MINUS : '-';
STAR : '*';
AT : '@';
SLASH : '/';
PERCENT : '%';
AMPER : '&';
VBAR : '|';
CIRCUMFLEX : '^';
TILDE : '~';

NAME
  : ID_START ID_CONTINUE*
  ;

// A raw line break; PygenLexerBase decides whether it is a logical NEWLINE.
NEWLINE
  : '\r'? '\n'
  | '\r'
  ;

// Backslash continuation joins two physical lines.
LINE_CONTINUATION
  : '\\' ( '\r'? '\n' | '\r' ) -> skip
  ;

WHITESPACE
  : [ \t\f]+ -> skip
  ;

COMMENT
  : '#' ~[\r\n]* -> skip
  ;

// Anything else (e.g. '$', '?', '!', a stray backslash); the parser or PygenLexerBase reports it.
ERROR_CHAR
  : .
  ;

// ---- fragments ----

fragment STRING_PREFIX
  : [rRuUfFbB]
  | [fF] [rR]
  | [rR] [fF]
  | [bB] [rR]
  | [rR] [bB]
  ;

fragment SHORT_STRING
  : '\'' SHORT_ITEM_SQ* '\''
  | '"' SHORT_ITEM_DQ* '"'
  ;

fragment SHORT_ITEM_SQ
  : ESCAPE_SEQ
  | ~[\\\r\n']
  ;

fragment SHORT_ITEM_DQ
  : ESCAPE_SEQ
  | ~[\\\r\n"]
  ;

fragment LONG_STRING
  : '\'\'\'' LONG_ITEM*? '\'\'\''
  | '"""' LONG_ITEM*? '"""'
  ;

fragment LONG_ITEM
  : ESCAPE_SEQ
  | ~'\\'
  ;

fragment ESCAPE_SEQ
  : '\\' ( '\r\n' | . )
  ;

fragment DECIMAL_INTEGER
  : NON_ZERO_DIGIT ( '_'? DIGIT )*
  | '0' ( '_'? '0' )*
  ;

fragment HEX_INTEGER
  : '0' [xX] ( '_'? HEX_DIGIT )+
  ;

fragment OCT_INTEGER
  : '0' [oO] ( '_'? OCT_DIGIT )+
  ;

fragment BIN_INTEGER
  : '0' [bB] ( '_'? [01] )+
  ;

fragment FLOAT_NUMBER
  : POINT_FLOAT
  | EXPONENT_FLOAT
  ;

fragment POINT_FLOAT
  : DIGIT_PART? FRACTION
  | DIGIT_PART '.'
  ;

fragment EXPONENT_FLOAT
  : ( DIGIT_PART | POINT_FLOAT ) EXPONENT
  ;

fragment IMAG_NUMBER
  : ( FLOAT_NUMBER | DIGIT_PART ) [jJ]
  ;

fragment DIGIT_PART
  : DIGIT ( '_'? DIGIT )*
  ;

fragment FRACTION
  : '.' DIGIT_PART
  ;

fragment EXPONENT
  : [eE] [+-]? DIGIT_PART
  ;

fragment NON_ZERO_DIGIT
  : [1-9]
  ;

fragment DIGIT
  : [0-9]
  ;

fragment OCT_DIGIT
  : [0-7]
  ;

fragment HEX_DIGIT
  : [0-9a-fA-F]
  ;

fragment ID_START
  : [_\p{L}\p{Nl}]
  ;

fragment ID_CONTINUE
  : [_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]
  ;
