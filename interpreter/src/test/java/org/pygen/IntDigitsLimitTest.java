package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** sys.set_int_max_str_digits changes the limit of its own interpreter only. */
class IntDigitsLimitTest {
  @Test
  void eachInterpreterHasItsOwnLimit() {
    Interpreter lifted = Interpreter.builder().build();
    Interpreter plain = Interpreter.builder().build();
    lifted.exec("import sys\nsys.set_int_max_str_digits(0)");
    plain.exec("import sys");
    assertEquals(5001L, lifted.eval("len(str(10 ** 5000))"));
    assertEquals(0L, lifted.eval("sys.get_int_max_str_digits()"));
    assertEquals(4300L, plain.eval("sys.get_int_max_str_digits()"));
    PygenException e = assertThrows(PygenException.class, () -> plain.eval("str(10 ** 5000)"));
    assertEquals("ValueError", e.pythonType());
  }
}
