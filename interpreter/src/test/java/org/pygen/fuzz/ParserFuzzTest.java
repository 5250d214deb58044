package org.pygen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.pygen.Interpreter;
import org.pygen.PygenException;

/**
 * Fuzzes the front end (lexer, parser, AST builder, resolver, compiler to nodes) through {@link
 * Interpreter#compile}: any text must compile or give a syntax error, never a Java exception.
 *
 * <p>{@code mvn verify} replays the inputs in {@code ParserFuzzTestInputs/compile/} (seeds from
 * the conformance programs and every crash found so far); {@code JAZZER_FUZZ=1} fuzzes, see
 * {@code docs/fuzzing.md}.
 */
class ParserFuzzTest {
  /** Compiling runs nothing and binds no global, so one interpreter serves every input. */
  private final Interpreter py = Interpreter.builder().out(new BoundedWriter(0)).build();

  @FuzzTest(maxDuration = "5m")
  void compile(byte[] input) {
    String source = new String(input, StandardCharsets.UTF_8);
    FuzzOutcomes.Start start = FuzzOutcomes.start();
    try {
      py.compile(source, "<fuzz>");
    } catch (PygenException e) {
      FuzzOutcomes.requireCompileError(e);
    }
    FuzzOutcomes.requireNoHang(start);
  }
}
