package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedding API: values crossing to Java, globals, generators as iterators, errors. */
class InterpreterTest {
  private final StringWriter out = new StringWriter();
  private final Interpreter py = Interpreter.builder().out(out).build();

  @Test
  void evalReturnsPlainJavaValues() {
    assertEquals(7L, py.eval("3 + 4"));
    assertEquals(new BigInteger("1267650600228229401496703205376"), py.eval("2 ** 100"));
    assertEquals(Long.MAX_VALUE, py.eval("2 ** 63 - 1"));
    assertEquals(0.5, py.eval("1 / 2"));
    assertEquals("ab", py.eval("'a' + 'b'"));
    assertEquals(Boolean.TRUE, py.eval("1 < 2"));
    assertNull(py.eval("None"));
    assertEquals(List.of(1L, "x", List.of(2L)), py.eval("[1, 'x', (2,)]"));
    assertEquals(Map.of("k", 1L), py.eval("{'k': 1}"));
  }

  @Test
  void execSharesGlobalsWithEvalGetAndSet() {
    py.exec("x = 40\ndef add(a, b=2):\n    return a + b\n");
    assertEquals(42L, py.eval("add(x)"));
    py.set("y", 5);
    assertEquals(5L, py.get("y"));
    assertEquals(7L, py.eval("add(y)"));
    py.set("items", List.of(1, 2, 3));
    assertEquals(6L, py.eval("sum(items)"));
    assertNull(py.get("never_bound"));
  }

  @Test
  void printGoesToTheConfiguredWriter() {
    py.exec("print('hello', 1, sep='-')\nprint('x', end='!')");
    assertEquals("hello-1\nx!", out.toString());
  }

  @Test
  void aGeneratorIsALazyJavaIterator() throws Exception {
    py.exec(
        "steps = []\n"
            + "def naturals():\n"
            + "    n = 0\n"
            + "    while True:\n"
            + "        steps.append(n)\n"
            + "        yield n\n"
            + "        n += 1\n");
    Object value = py.eval("naturals()");
    assertInstanceOf(Iterator.class, value);
    assertEquals(List.of(), py.get("steps"), "calling a generator function runs nothing");
    Iterator<?> it = (Iterator<?>) value;
    assertEquals(0L, it.next());
    assertEquals(1L, it.next());
    assertEquals(List.of(0L, 1L), py.get("steps"), "each next() steps the generator once");
    assertTrue(it.hasNext());
    assertEquals(2L, it.next());
    ((AutoCloseable) it).close();
    assertFalse(it.hasNext(), "a closed generator is exhausted");
  }

  @Test
  void finiteGeneratorEnds() {
    py.exec("def three():\n    yield 1\n    yield 2\n    yield 3\n");
    Iterator<?> it = (Iterator<?>) py.eval("three()");
    int n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    assertEquals(3, n);
  }

  @Test
  void pythonErrorsCrossAsPygenException() {
    PygenException e =
        assertThrows(
            PygenException.class,
            () -> py.exec("def f(n):\n    return 1 // n\n\nf(0)\n", "calc.pyg"));
    assertEquals("ZeroDivisionError", e.pythonType());
    assertEquals("integer division or modulo by zero", e.pythonMessage());
    assertEquals(
        List.of(
            new PygenException.Frame("calc.pyg", 4, 1, "<module>"),
            new PygenException.Frame("calc.pyg", 2, 5, "f")),
        e.frames());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"calc.pyg\", line 4, in <module>\n"
            + "    f(0)\n"
            + "  File \"calc.pyg\", line 2, in f\n"
            + "    return 1 // n\n"
            + "ZeroDivisionError: integer division or modulo by zero\n",
        e.formatted());
  }

  @Test
  void syntaxErrorsCrossAsPygenException() {
    PygenException e =
        assertThrows(PygenException.class, () -> py.exec("while True\n    pass\n", "loop.pyg"));
    assertEquals("SyntaxError", e.pythonType());
    assertEquals("expected ':'", e.pythonMessage());
    assertEquals(
        "  File \"loop.pyg\", line 1\n    while True\n              ^\nSyntaxError: expected ':'\n",
        e.formatted());
  }

  @Test
  void interpretersShareNothing() {
    Interpreter other = Interpreter.builder().out(new StringWriter()).build();
    py.exec("shared = 1");
    assertNull(other.get("shared"));
  }

  @Test
  void inputReadsLinesFromTheConfiguredReader() {
    StringWriter shown = new StringWriter();
    Interpreter withInput =
        Interpreter.builder()
            .out(shown)
            .in(new java.io.StringReader("Ada\n42\n"))
            .build();
    withInput.exec(
        "name = input('name? ')\n"
            + "n = int(input())\n"
            + "try:\n"
            + "    input()\n"
            + "except EOFError as e:\n"
            + "    print('EOFError:', e)\n"
            + "print(name, n + 1)\n");
    // CPython prints the same for the same input: the prompt has no newline of its own.
    assertEquals("name? EOFError: EOF when reading a line\nAda 43\n", shown.toString());
  }

  @Test
  void predefinedGlobalsAreVisibleToScripts() {
    Interpreter configured =
        Interpreter.builder()
            .out(new StringWriter())
            .define("limit", 3)
            .define("names", List.of("a", "b"))
            .build();
    assertEquals(
        List.of("a", "b", "a"), configured.eval("[names[i % len(names)] for i in range(limit)]"));
  }
}
