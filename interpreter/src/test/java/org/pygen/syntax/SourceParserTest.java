package org.pygen.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AST the parser builds. Expected trees are written in {@link AstDump}'s form; the sample
 * program's tree comes from CPython 3.11 ({@code python3 cpython_ast_dump.py ast_sample.pyg >
 * ast_sample.expected}), positions included.
 */
class SourceParserTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = SourceParserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String dump(String source) {
    return AstDump.dump(SourceParser.parse(source, "t.pyg").body());
  }

  private static Expr expr(String source) {
    return SourceParser.parseExpression(source, "<string>");
  }

  @Test
  void sampleProgramMatchesCpythonAst() throws IOException {
    assertEquals(
        resource("ast_sample.expected"), dump(resource("ast_sample.pyg")));
  }

  @Test
  void powerBindsTighterThanUnaryMinusOnItsLeft() {
    assertEquals(
        "UnaryOp@1:0(NEG, BinOp@1:1(Constant@1:1(2), POW, Constant@1:4(2)))",
        AstDump.dump(expr("-2**2")));
    assertEquals(
        "BinOp@1:0(Constant@1:0(2), POW, UnaryOp@1:3(NEG, Constant@1:4(1)))",
        AstDump.dump(expr("2**-1")));
  }

  @Test
  void powerIsRightAssociativeAndOtherOperatorsLeftAssociative() {
    assertEquals(
        "BinOp@1:0(Name@1:0(\"a\"), POW, BinOp@1:3(Name@1:3(\"b\"), POW, Name@1:6(\"c\")))",
        AstDump.dump(expr("a**b**c")));
    assertEquals(
        "BinOp@1:0(BinOp@1:0(Name@1:0(\"a\"), SUB, Name@1:2(\"b\")), SUB, Name@1:4(\"c\"))",
        AstDump.dump(expr("a-b-c")));
  }

  @Test
  void integersAreLongUntilTheyNeedMoreThan64Bits() {
    assertEquals(9223372036854775807L, ((Expr.Constant) expr("9223372036854775807")).value());
    assertEquals(
        new BigInteger("9223372036854775808"),
        ((Expr.Constant) expr("9223372036854775808")).value());
    assertEquals(255L, ((Expr.Constant) expr("0xff")).value());
    assertEquals(8L, ((Expr.Constant) expr("0o10")).value());
    assertEquals(5L, ((Expr.Constant) expr("0b101")).value());
    assertEquals(1000000L, ((Expr.Constant) expr("1_000_000")).value());
  }

  @Test
  void floatsAreDoubles() {
    assertEquals(1.5, ((Expr.Constant) expr("1.5")).value());
    assertEquals(1e10, ((Expr.Constant) expr("1e10")).value());
    assertEquals(0.5, ((Expr.Constant) expr(".5")).value());
    assertEquals(5.0, ((Expr.Constant) expr("5.")).value());
    assertEquals(10.5, ((Expr.Constant) expr("1_0.5")).value());
  }

  @Test
  void stringEscapesAndPrefixes() {
    assertEquals("a\nb\t\\'\"A\u00e9\uD83D\uDE00A\0\u2022", constant("'a\\nb\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\101\\0\\N{BULLET}'"));
    assertEquals("\\n\\d", constant("r'\\n' R'\\d'"));
    assertEquals("abcd", constant("'a' \"b\" '''c''' \"\"\"d\"\"\""));
    assertEquals("ab", constant("'a\\\nb'"));
    assertEquals("\\d", constant("'\\d'"));
  }

  private static Object constant(String source) {
    return ((Expr.Constant) expr(source)).value();
  }

  @Test
  void fStringSplitsIntoLiteralsAndFields() {
    assertEquals(
        "JoinedStr@1:0([Constant@1:0(\"a\"), FormattedValue@1:0(Name@1:4(\"x\"), -1, null),"
            + " Constant@1:0(\"b{c}\"), FormattedValue@1:0(Name@1:13(\"y\"), 114,"
            + " JoinedStr@1:0([Constant@1:0(\">\"), FormattedValue@1:0(Name@1:19(\"w\"), -1, null)]))])",
        AstDump.dump(expr("f'a{x}b{{c}}{y!r:>{w}}'")));
  }

  @Test
  void selfDocumentingFieldIsBuiltAsCpythonBuildsIt() {
    assertEquals(
        "JoinedStr@1:0([Constant@1:0(\" x = \"), FormattedValue@1:0(Name@1:4(\"x\"), 114, null)])",
        AstDump.dump(expr("f'{ x = }'")));
    assertEquals(
        "JoinedStr@1:0([Constant@1:0(\"x=\"), FormattedValue@1:0(Name@1:3(\"x\"), -1,"
            + " JoinedStr@1:0([Constant@1:0(\"5\")]))])",
        AstDump.dump(expr("f'{x=:5}'")));
  }

  @Test
  void fStringFieldPositionsPointIntoTheRealSource() {
    Stmt.Assign assign =
        (Stmt.Assign) SourceParser.parse("\nx = f'''\n  {a +\n b}'''\n", "t.pyg").body().get(0);
    Expr.FormattedValue field =
        (Expr.FormattedValue) ((Expr.JoinedStr) assign.value()).parts().get(1);
    Expr.BinOp sum = (Expr.BinOp) field.value();
    assertEquals(new Pos(3, 3), sum.pos());
    assertEquals(new Pos(4, 1), ((Expr.Name) sum.right()).pos());
  }

  @Test
  void plainStringsNextToAnFStringJoinIntoIt() {
    assertEquals(
        "JoinedStr@1:0([Constant@1:0(\"ab\"), FormattedValue@1:0(Name@1:8(\"c\"), -1, null),"
            + " Constant@1:0(\"d\")])",
        AstDump.dump(expr("'a' f'b{c}' 'd'")));
    assertEquals("JoinedStr@1:0([])", AstDump.dump(expr("f''")));
  }

  @Test
  void evalInputMayEndWithLineBreaksAndMayBeATuple() {
    assertEquals(
        "BinOp@1:0(Constant@1:0(1), ADD, Constant@1:2(2))", AstDump.dump(expr("1+2\n\n")));
    assertEquals(
        "TupleExpr@1:0([Constant@1:0(1), Constant@1:3(2)])", AstDump.dump(expr("1, 2")));
    assertEquals("Constant@1:0(1)", AstDump.dump(expr(" \t 1")));
    SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> expr("x = 1"));
    assertEquals("invalid syntax", e.first().message());
  }

  @Test
  void statementAndCallPositionsFollowCpython() {
    List<Stmt> body =
        SourceParser.parse("if x:\n    print(\n      f(1))\n", "t.pyg").body();
    Stmt.If ifStmt = (Stmt.If) body.get(0);
    Stmt.ExprStmt call = (Stmt.ExprStmt) ifStmt.body().get(0);
    assertEquals(new Pos(2, 4), call.pos());
    Expr.Call outer = (Expr.Call) call.value();
    assertEquals(new Pos(2, 4), outer.pos());
    assertEquals(new Pos(3, 6), outer.args().get(0).pos());
  }

  @Test
  void elifChainsNestAsIfStatements() {
    assertEquals(
        "If@1:0(Name@1:3(\"a\"), [Pass@1:6()], [If@2:0(Name@2:5(\"b\"), [Pass@2:8()],"
            + " [Pass@3:6()])])\n",
        dump("if a: pass\nelif b: pass\nelse: pass\n"));
  }

  @Test
  void moduleKeepsItsLinesForTracebacks() {
    Module m = SourceParser.parse("x = 1\r\ny = 2\n\nz", "t.pyg");
    assertEquals(List.of("x = 1", "y = 2", "", "z"), m.lines());
    assertEquals("t.pyg", m.fileName());
  }

  @Test
  void emptyAndCommentOnlySourcesParse() {
    assertEquals(List.of(), SourceParser.parse("", "t.pyg").body());
    assertEquals(List.of(), SourceParser.parse("# nothing\n\n", "t.pyg").body());
  }

  @Test
  void bytesLiteralsBecomeByteArrayConstants() {
    // Adjacent bytes literals concatenate, escapes decode to byte values and \\u stays as
    // written: CPython gives [97, 65, 65, 92, 117, 48, 48, 101, 57] for the same literal.
    Stmt.Assign a =
        (Stmt.Assign)
            SourceParser.parse("x = b'a\\x41\\101' b'\\u00e9'\n", "t.pyg").body().get(0);
    Expr.Constant c = (Expr.Constant) a.value();
    assertArrayEquals("aAA\\u00e9".getBytes(StandardCharsets.US_ASCII), (byte[]) c.value());
  }

  @Test
  void severalProblemsAreCollectedInSourceOrder() {
    SyntaxErrorException e =
        assertThrows(
            SyntaxErrorException.class,
            () ->
                SourceParser.parse(
                    "def f()\n  pass\nx = (1 2)\nif x\n  pass\ny = 1 +\nf() = 3\n", "t.pyg"));
    List<String> found =
        e.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    assertEquals(
        List.of(
            "1: expected ':'",
            "3: invalid syntax. Perhaps you forgot a comma?",
            "4: expected ':'",
            "6: invalid syntax",
            "7: cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        found);
  }

  @Test
  void returnYieldAndBreakOutsideTheirPlaceStillParse() {
    // The resolver, not the parser, rejects these.
    assertEquals(
        "Return@1:0(null)\nExprStmt@2:0(Yield@2:0(Constant@2:6(1)))\nBreak@3:0()\n",
        dump("return\nyield 1\nbreak\n"));
  }

  @Test
  void starredTargetsAndTupleTargetsWithoutParentheses() {
    Stmt.For loop = (Stmt.For) SourceParser.parse("for i, *x in y: pass\n", "t.pyg").body().get(0);
    Expr.TupleExpr target = assertInstanceOf(Expr.TupleExpr.class, loop.target());
    assertInstanceOf(Expr.Starred.class, target.elts().get(1));
  }
}
