/*
 * Syntax of the pygen language: Python 3.11 statements and expressions (no async/await, no match,
 * no type comments). The rules are deliberately a little more permissive than Python's where the
 * AST builder can give a better, CPython-worded error (assignment targets, parameter order, call
 * argument order, keyword argument names).
 */
parser grammar PygenParser;

options {
  tokenVocab = PygenLexer;
  superClass = PygenParserBase;
}

// ---- entry points ----

fileInput
  : ( NEWLINE | stmt )* EOF
  ;

// Input of eval(): an expression list followed by optional line breaks.
evalInput
  : testlist NEWLINE* EOF
  ;

// ---- statements ----

stmt
  : simpleStmts
  | compoundStmt
  ;

simpleStmts
  : simpleStmt ( SEMI simpleStmt )* SEMI? NEWLINE
  ;

simpleStmt
  : exprStmt
  | delStmt
  | passStmt
  | breakStmt
  | continueStmt
  | returnStmt
  | yieldStmt
  | raiseStmt
  | globalStmt
  | nonlocalStmt
  | assertStmt
  | importName
  | importFrom
  ;

// Targets are parsed as expressions and checked by the AST builder.
exprStmt
  : testlistStarExpr
    ( annAssign
    | augAssignOp ( yieldExpr | testlist )
    | ( EQUAL ( yieldExpr | testlistStarExpr ) )*
    )
  ;

annAssign
  : COLON test ( EQUAL ( yieldExpr | testlistStarExpr ) )?
  ;

augAssignOp
  : PLUSEQUAL
  | MINEQUAL
  | STAREQUAL
  | ATEQUAL
  | SLASHEQUAL
  | PERCENTEQUAL
  | AMPEREQUAL
  | VBAREQUAL
  | CIRCUMFLEXEQUAL
  | LEFTSHIFTEQUAL
  | RIGHTSHIFTEQUAL
  | DOUBLESTAREQUAL
  | DOUBLESLASHEQUAL
  ;

delStmt
  : DEL exprlist
  ;

passStmt
  : PASS
  ;

breakStmt
  : BREAK
  ;

continueStmt
  : CONTINUE
  ;

returnStmt
  : RETURN testlistStarExpr?
  ;

yieldStmt
  : yieldExpr
  ;

raiseStmt
  : RAISE ( test ( FROM test )? )?
  ;

globalStmt
  : GLOBAL NAME ( COMMA NAME )*
  ;

nonlocalStmt
  : NONLOCAL NAME ( COMMA NAME )*
  ;

assertStmt
  : ASSERT test ( COMMA test )?
  ;

importName
  : IMPORT dottedAsName ( COMMA dottedAsName )*
  ;

dottedAsName
  : dottedName ( AS NAME )?
  ;

dottedName
  : NAME ( DOT NAME )*
  ;

importFrom
  : FROM ( ( DOT | ELLIPSIS )* dottedName | ( DOT | ELLIPSIS )+ )
    IMPORT ( STAR | LPAR importAsNames COMMA? RPAR | importAsNames )
  ;

importAsNames
  : importAsName ( COMMA importAsName )*
  ;

importAsName
  : NAME ( AS NAME )?
  ;

compoundStmt
  : ifStmt
  | whileStmt
  | forStmt
  | tryStmt
  | withStmt
  | funcDef
  | classDef
  | decorated
  ;

ifStmt
  : IF namedExprTest COLON block elifClause* elseClause?
  ;

elifClause
  : ELIF namedExprTest COLON block
  ;

elseClause
  : ELSE COLON block
  ;

whileStmt
  : WHILE namedExprTest COLON block elseClause?
  ;

forStmt
  : FOR exprlist IN testlistStarExpr COLON block elseClause?
  ;

tryStmt
  : TRY COLON block ( exceptClause+ elseClause? finallyClause? | finallyClause )
  ;

exceptClause
  : EXCEPT ( test ( AS NAME )? )? COLON block
  ;

finallyClause
  : FINALLY COLON block
  ;

withStmt
  : WITH ( LPAR withItem ( COMMA withItem )* COMMA? RPAR | withItem ( COMMA withItem )* )
    COLON block
  ;

withItem
  : test ( AS expr )?
  ;

decorated
  : decorator+ ( classDef | funcDef )
  ;

decorator
  : AT namedExprTest NEWLINE
  ;

funcDef
  : DEF NAME LPAR typedParams? RPAR ( RARROW test )? COLON block
  ;

// Order rules (defaults, '/', '*') are checked by the AST builder.
typedParams
  : typedParam ( COMMA typedParam )* COMMA?
  ;

typedParam
  : NAME ( COLON test )? ( EQUAL test )?   # plainTypedParam
  | STAR ( NAME ( COLON test )? )?          # starTypedParam
  | DOUBLESTAR NAME ( COLON test )?         # doubleStarTypedParam
  | SLASH                                   # slashTypedParam
  ;

classDef
  : CLASS NAME ( LPAR arglist? RPAR )? COLON block
  ;

// A suite: the rest of the header line, or an indented block.
block
  : simpleStmts
  | NEWLINE INDENT stmt+ DEDENT
  ;

// ---- expressions ----

namedExprTest
  : NAME COLONEQUAL test
  | test
  ;

test
  : orTest ( IF orTest ELSE test )?
  | lambdef
  ;

testNoCond
  : orTest
  | lambdefNoCond
  ;

lambdef
  : LAMBDA lambdaParams? COLON test
  ;

lambdefNoCond
  : LAMBDA lambdaParams? COLON testNoCond
  ;

lambdaParams
  : lambdaParam ( COMMA lambdaParam )* COMMA?
  ;

lambdaParam
  : NAME ( EQUAL test )?    # plainLambdaParam
  | STAR NAME?              # starLambdaParam
  | DOUBLESTAR NAME         # doubleStarLambdaParam
  | SLASH                   # slashLambdaParam
  ;

orTest
  : andTest ( OR andTest )*
  ;

andTest
  : notTest ( AND notTest )*
  ;

notTest
  : NOT notTest
  | comparison
  ;

comparison
  : expr ( compOp expr )*
  ;

compOp
  : LESS
  | GREATER
  | EQEQUAL
  | GREATEREQUAL
  | LESSEQUAL
  | NOTEQUAL
  | IN
  | NOT IN
  | IS NOT
  | IS
  ;

starExpr
  : STAR expr
  ;

expr
  : xorExpr ( VBAR xorExpr )*
  ;

xorExpr
  : andExpr ( CIRCUMFLEX andExpr )*
  ;

andExpr
  : shiftExpr ( AMPER shiftExpr )*
  ;

shiftExpr
  : arithExpr ( ( LEFTSHIFT | RIGHTSHIFT ) arithExpr )*
  ;

arithExpr
  : term ( ( PLUS | MINUS ) term )*
  ;

term
  : factor ( ( STAR | AT | SLASH | PERCENT | DOUBLESLASH ) factor )*
  ;

factor
  : ( PLUS | MINUS | TILDE ) factor
  | power
  ;

power
  : atomExpr ( DOUBLESTAR factor )?
  ;

atomExpr
  : atom trailer*
  ;

atom
  : LPAR ( yieldExpr | testlistComp )? RPAR   # parenAtom
  | LSQB testlistComp? RSQB                   # listAtom
  | LBRACE dictOrSetMaker? RBRACE             # braceAtom
  | NAME                                      # nameAtom
  | NUMBER                                    # numberAtom
  | STRING+                                   # stringAtom
  | ELLIPSIS                                  # ellipsisAtom
  | NONE                                      # noneAtom
  | TRUE                                      # trueAtom
  | FALSE                                     # falseAtom
  ;

// Elements of a parenthesised or bracketed display, or the element and clauses of a comprehension.
testlistComp
  : ( namedExprTest | starExpr ) ( compFor | ( COMMA ( namedExprTest | starExpr ) )* COMMA? )
  ;

trailer
  : LPAR arglist? RPAR     # callTrailer
  | LSQB subscriptlist RSQB  # subscriptTrailer
  | DOT NAME               # attributeTrailer
  ;

subscriptlist
  : subscript ( COMMA subscript )* COMMA?
  ;

subscript
  : namedExprTest                                   # indexSubscript
  | starExpr                                        # starSubscript
  | lower=test? COLON upper=test? ( COLON step=test? )?  # sliceSubscript
  ;

exprlist
  : ( expr | starExpr ) ( COMMA ( expr | starExpr ) )* COMMA?
  ;

testlist
  : test ( COMMA test )* COMMA?
  ;

testlistStarExpr
  : ( test | starExpr ) ( COMMA ( test | starExpr ) )* COMMA?
  ;

dictOrSetMaker
  : dictItem ( compFor | ( COMMA dictItem )* COMMA? )                                # dictMaker
  | ( namedExprTest | starExpr ) ( compFor | ( COMMA ( namedExprTest | starExpr ) )* COMMA? )  # setMaker
  ;

dictItem
  : test COLON test
  | DOUBLESTAR expr
  ;

arglist
  : argument ( COMMA argument )* COMMA?
  ;

// "name = value" is parsed as test '=' test so the builder can word CPython's error for
// "f(x+1=2)".
argument
  : test compFor           # genexpArgument
  | NAME COLONEQUAL test   # namedArgument
  | test EQUAL test        # keywordArgument
  | test                   # positionalArgument
  | STAR test              # starArgument
  | DOUBLESTAR test        # doubleStarArgument
  ;

compFor
  : FOR exprlist IN orTest compIter?
  ;

compIter
  : compFor
  | compIf
  ;

compIf
  : IF testNoCond compIter?
  ;

yieldExpr
  : YIELD ( FROM test | testlistStarExpr )?
  ;
