package org.pygen.grammar;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.junit.jupiter.api.Test;

/** The parser's nesting bound and its bounded prediction caches. */
class PygenParserBaseTest {
  private static PygenParser parser(String source) {
    PygenLexer lexer = new PygenLexer(CharStreams.fromString(source));
    lexer.removeErrorListeners();
    PygenParser parser = new PygenParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.useBoundedCaches();
    return parser;
  }

  @Test
  void rulesNestedTooDeeplyStopTheParse() throws InterruptedException {
    PygenParser parser = parser("x = " + "-".repeat(PygenParserBase.MAX_RULE_DEPTH) + "1\n");
    // On a stack deep enough for the bound (the interpreter moves there when it must).
    Throwable[] thrown = new Throwable[1];
    Thread deep =
        new Thread(
            null,
            () -> thrown[0] = assertThrows(ParserTooDeepException.class, parser::fileInput),
            "deep",
            512L * 1024 * 1024);
    deep.start();
    deep.join();
    assertInstanceOf(ParserTooDeepException.class, thrown[0]);
  }

  @Test
  void parsersShareCachesUntilTheyAreFullThenStartAfresh() {
    PredictionContextCache first = parser("x = 1\n").getInterpreter().getSharedContextCache();
    assertNotSame(PygenParser._sharedContextCache, first); // ANTLR's own ones never shrink
    assertSame(first, parser("y = 2\n").getInterpreter().getSharedContextCache());
    for (int i = 0; i <= PygenParserBase.MAX_CACHED_CONTEXTS; i++) {
      first.add(SingletonPredictionContext.create(EmptyPredictionContext.Instance, i));
    }
    PredictionContextCache next = parser("z = 3\n").getInterpreter().getSharedContextCache();
    assertNotSame(first, next);
    assertSame(next, parser("w = 4\n").getInterpreter().getSharedContextCache());
  }
}
