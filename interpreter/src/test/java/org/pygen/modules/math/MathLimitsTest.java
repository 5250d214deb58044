package org.pygen.modules.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pygen.Interpreter;
import org.pygen.Limits;
import org.pygen.PygenException;
import org.pygen.StepLimitExceededException;

/**
 * The exact integer functions can build enormous ints from small arguments; under an embedding's
 * limits they are sized first, as the arithmetic operators are, so a script cannot exhaust the
 * host's memory or run past its step budget inside one call.
 */
class MathLimitsTest {
  private static Interpreter withLimits(Limits limits) {
    return Interpreter.builder().out(new StringWriter()).limits(limits).build();
  }

  @Test
  void aFactorialBeyondTheObjectSizeLimitIsAMemoryError() {
    Interpreter py = withLimits(Limits.NONE.maxObjectSize(1024 * 1024));
    PygenException e =
        assertThrows(
            PygenException.class, () -> py.exec("import math\nmath.factorial(10**9)"));
    assertEquals("MemoryError", e.pythonType());
    assertEquals(2L, py.eval("1 + 1"));
  }

  @Test
  void bigCombinationsAreChargedToTheStepBudget() {
    Interpreter py = withLimits(Limits.NONE.maxSteps(10_000));
    assertThrows(
        StepLimitExceededException.class,
        () -> py.exec("import math\nmath.comb(10**7, 5 * 10**6)"));
  }

  @Test
  void smallResultsAreUnaffected() {
    Interpreter py = withLimits(Limits.NONE.maxObjectSize(1024).maxSteps(100_000));
    py.exec("import math\nf = math.factorial(100)\nc = math.comb(60, 30)\np = math.perm(20, 5)");
    assertEquals(525, ((BigInteger) py.get("f")).bitLength());
    assertEquals(118264581564861424L, py.get("c"));
    assertEquals(1860480L, py.get("p"));
  }
}
