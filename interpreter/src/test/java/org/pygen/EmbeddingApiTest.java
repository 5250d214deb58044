package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Compiled scripts, calls, values in both directions and Java exceptions crossing scripts. */
final class EmbeddingApiTest {
  private final StringWriter out = new StringWriter();
  private final Interpreter py = Interpreter.builder().out(out).build();

  // ---------------------------------------------------------------- running

  @Test
  void compiledScriptRunsManyTimesInTheGlobals() {
    py.exec("n = 0");
    Script bump = py.compile("n += 1\nprint(n)", "bump.pyg");
    assertFalse(bump.isExpression());
    for (int i = 0; i < 3; i++) {
      assertNull(bump.run());
    }
    assertEquals("1\n2\n3\n", out.toString());
    Script total = py.compile("n * 10");
    assertTrue(total.isExpression());
    assertEquals(30L, total.run());
    py.set("n", 7);
    assertEquals(70L, total.run(), "each run sees the current globals");
  }

  @Test
  void instancesOfScriptClassesCrossAsObjectsJavaCanCallBack() {
    py.exec(
        "class Account:\n"
            + "    def __init__(self, owner): self.owner = owner; self.balance = 0\n"
            + "    def deposit(self, n): self.balance += n; return self.balance\n"
            + "    def __repr__(self): return f'Account({self.owner!r}, {self.balance})'\n"
            + "class Score(int): pass\n"
            + "class Names(list): pass\n");
    Object account = py.eval("Account('ada')");
    assertEquals(10L, py.callMethod(account, "deposit", 10));
    assertEquals(15L, py.callMethod(account, "deposit", 5));
    assertEquals("Account('ada', 15)", account.toString(), "toString is the repr");
    py.set("acct", account);
    assertEquals(15L, py.eval("acct.balance"), "the same object comes back");
    assertEquals(42L, py.eval("Score(42)"), "an int subclass crosses as its value");
    assertEquals(List.of("a", "b"), py.eval("Names(['a', 'b'])"));
  }

  @Test
  void compileReportsEverySyntaxErrorBeforeRunning() {
    PygenException e =
        assertThrows(
            PygenException.class,
            () -> py.compile("print('ran')\nx = (1 +\n", "broken.pyg"));
    assertTrue(e.isSyntaxError());
    assertEquals("SyntaxError", e.pythonType());
    assertEquals("broken.pyg", e.fileName());
    assertEquals(e.problems().get(0).line(), e.line());
    assertTrue(e.column() >= 1);
    assertEquals("", out.toString(), "nothing ran");
  }

  @Test
  void syntaxErrorCarriesLineColumnAndAllProblems() {
    PygenException e =
        assertThrows(PygenException.class, () -> py.exec("while True\n    pass\n", "loop.pyg"));
    assertEquals(
        List.of(new PygenException.Problem("SyntaxError", "expected ':'", "loop.pyg", 1, 11)),
        e.problems());
    assertEquals(1, e.line());
    assertEquals(11, e.column());
    assertTrue(e.frames().isEmpty());
  }

  @Test
  void compiledScriptNamesItsFileInTracebacks() {
    Script s = py.compile("def f():\n    return 1 // 0\nf()\n", "calc.pyg");
    PygenException e = assertThrows(PygenException.class, s::run);
    assertEquals("ZeroDivisionError", e.pythonType());
    assertEquals(
        List.of(
            new PygenException.Frame("calc.pyg", 3, 1, "<module>"),
            new PygenException.Frame("calc.pyg", 2, 5, "f")),
        e.frames());
    assertEquals("calc.pyg", e.fileName());
    assertEquals(2, e.line());
    // The column of the statement: "    return ..." starts in column 5.
    assertEquals(5, e.column());
    assertTrue(e.formatted().contains("File \"calc.pyg\", line 2, in f"));
  }

  @Test
  void callByNameByFunctionValueAndWithKeywords() {
    py.exec("def add(a, b=10, *, scale=1):\n    return (a + b) * scale\n");
    assertEquals(3L, py.call("add", 1, 2));
    assertEquals(11L, py.call("add", 1));
    Object add = py.get("add");
    assertEquals(5L, py.call(add, 2, 3));
    assertEquals(6L, py.callWithKeywords(add, List.of(1), Map.of("b", 2, "scale", 2)));
    assertEquals(3L, py.call("len", List.of(1, 2, 3)), "builtins can be called by name");
    PygenException e = assertThrows(PygenException.class, () -> py.call("missing"));
    assertEquals("NameError", e.pythonType());
    PygenException t = assertThrows(PygenException.class, () -> py.call("add"));
    assertEquals("TypeError", t.pythonType());
  }

  @Test
  void callMethodOnObjectsAScriptMade() {
    py.exec("xs = [3, 1]\ndef gen():\n    got = yield 'ready'\n    yield got * 2\n");
    Object xs = py.get("xs");
    assertNull(py.callMethod(xs, "append", 2));
    assertNull(py.callMethod(xs, "sort"));
    assertEquals(List.of(1L, 2L, 3L), py.get("xs"));
    assertEquals("ABC", py.callMethod("abc", "upper"));
    Object g = py.eval("gen()");
    assertEquals("ready", py.callMethod(g, "send", (Object) null));
    assertEquals(42L, py.callMethod(g, "send", 21));
  }

  // ---------------------------------------------------------------- values: pygen → Java

  @Test
  void aListIsALiveViewBothWays() {
    py.exec("xs = [1, 2]");
    @SuppressWarnings("unchecked")
    List<Object> xs = (List<Object>) py.get("xs");
    py.exec("xs.append(3)");
    assertEquals(List.of(1L, 2L, 3L), xs, "the view sees the script's append");
    xs.add(4);
    xs.set(0, "one");
    xs.remove(1);
    xs.add(0, 0.5);
    assertEquals("[0.5, 'one', 3, 4]", py.eval("repr(xs)"), "the script sees Java's writes");
    assertThrows(IndexOutOfBoundsException.class, () -> xs.get(10));
    py.set("same", xs);
    assertEquals(Boolean.TRUE, py.eval("same is xs"), "a view goes back as the same list");
  }

  @Test
  void aDictIsALiveMapAndATupleAnUnmodifiableList() {
    py.exec("d = {'a': 1, 'b': [2]}\nt = (1, 'x')\ns = {3}");
    @SuppressWarnings("unchecked")
    Map<Object, Object> d = (Map<Object, Object>) py.get("d");
    assertEquals(Map.of("a", 1L, "b", List.of(2L)), d);
    assertEquals(List.of("a", "b"), new ArrayList<>(d.keySet()), "insertion order");
    d.put("c", 3);
    py.exec("d['a'] = 10");
    assertEquals(10L, d.get("a"));
    assertEquals(3L, py.eval("d['c']"));
    d.remove("b");
    assertEquals("{'a': 10, 'c': 3}", py.eval("repr(d)"));
    @SuppressWarnings("unchecked")
    List<Object> t = (List<Object>) py.get("t");
    assertEquals(List.of(1L, "x"), t);
    assertThrows(UnsupportedOperationException.class, () -> t.set(0, 2));
    assertEquals(Set.of(3L), py.get("s"));
  }

  @Test
  void aGeneratorStreamIsLazyAndClosingItRunsFinally() {
    py.exec(
        "log = []\n"
            + "def gen():\n"
            + "    try:\n"
            + "        n = 0\n"
            + "        while True:\n"
            + "            log.append(n)\n"
            + "            yield n\n"
            + "            n += 1\n"
            + "    finally:\n"
            + "        log.append('closed')\n");
    List<Object> firstThree;
    try (Stream<Object> s = PygenStreams.of(py.eval("gen()"))) {
      assertEquals(List.of(), py.get("log"), "nothing runs before the terminal operation");
      firstThree = s.limit(3).collect(Collectors.toList());
      assertEquals(List.of(0L, 1L, 2L), py.get("log"), "exactly three steps");
    }
    assertEquals(List.of(0L, 1L, 2L), firstThree);
    assertEquals(List.of(0L, 1L, 2L, "closed"), py.get("log"));
  }

  // ---------------------------------------------------------------- values: Java → pygen

  @Test
  void javaCollectionsAndArraysBecomeCopies() {
    List<Integer> source = new ArrayList<>(List.of(1, 2));
    py.set("copy", source);
    source.add(3);
    assertEquals(2L, py.eval("len(copy)"), "a Java list is copied");
    py.set("m", Map.of("k", List.of('c', 2.5f)));
    assertEquals("{'k': ['c', 2.5]}", py.eval("repr(m)"));
    py.set("ints", new int[] {1, 2, 3});
    py.set("words", new String[] {"a", "b"});
    py.set("bytes", new byte[] {-1, 7});
    assertEquals("[1, 2, 3] ['a', 'b'] [-1, 7]", py.eval("f'{ints} {words} {bytes}'"));
    py.set("aset", Set.of(5));
    assertEquals("set", py.eval("type(aset).__name__"));
  }

  @Test
  void javaIteratorsIterablesAndStreamsArePulledLazily() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> naturals =
        new Iterator<>() {
          private int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            pulled.incrementAndGet();
            return n++;
          }
        };
    py.set("source", naturals);
    py.exec(
        "seen = []\nfor x in source:\n    seen.append(x)\n    if x == 2:\n        break\n");
    assertEquals(List.of(0L, 1L, 2L), py.get("seen"));
    assertEquals(3, pulled.get(), "the loop pulled exactly what it used");

    AtomicInteger streamed = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    py.set(
        "stream",
        Stream.iterate(10, i -> i + 1)
            .peek(i -> streamed.incrementAndGet())
            .limit(5)
            .onClose(closed::incrementAndGet));
    assertEquals(21L, py.eval("next(stream) + next(stream)"));
    assertEquals(2, streamed.get());
    assertEquals(12L + 13 + 14, py.eval("sum(stream)"));
    assertEquals(1, closed.get(), "an exhausted stream is closed");

    Iterable<String> twice = () -> List.of("a", "b").iterator();
    py.set("twice", twice);
    assertEquals("abab", py.eval("''.join(twice) + ''.join(twice)"), "each loop gets a new iterator");
  }

  @Test
  void javaLambdasAreCallable() {
    py.set("twice", (Function<Long, Long>) x -> x * 2);
    py.set("join", (BiFunction<String, Object, String>) (a, b) -> a + b);
    py.set("answer", (Supplier<Integer>) () -> 42);
    List<Object> sink = new ArrayList<>();
    py.set("sink", (java.util.function.Consumer<Object>) sink::add);
    assertEquals(84L, py.eval("twice(answer())"));
    assertEquals("x[1, 2]", py.eval("join('x', [1, 2])"));
    assertNull(py.eval("sink((1, 'a'))"));
    assertEquals(List.of(List.of(1L, "a")), sink);
    PygenException e = assertThrows(PygenException.class, () -> py.eval("twice(1, 2)"));
    assertEquals("TypeError", e.pythonType());
    assertEquals("java function takes 1 positional argument but 2 were given", e.pythonMessage());
  }

  @Test
  void javaFunctionGetsPositionalAndKeywordArguments() {
    py.set(
        "greet",
        (JavaFunction)
            (args, kwargs) -> kwargs.getOrDefault("greeting", "Hello") + ", " + args.get(0));
    assertEquals("Hi, Ada", py.eval("greet('Ada', greeting='Hi')"));
    assertEquals("Hello, Bob", py.eval("greet('Bob')"));
    Map<String, Object> seen = new LinkedHashMap<>();
    py.set(
        "record",
        (JavaFunction)
            (args, kwargs) -> {
              seen.putAll(kwargs);
              return args;
            });
    assertEquals(List.of(1L, List.of(2L)), py.eval("record(1, [2], b=None, a=3)"));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", null);
    expected.put("a", 3L);
    assertEquals(expected, seen);
    JavaFunction f = (args, kwargs) -> null;
    py.set("f", f);
    assertSame(f, py.get("f"), "a Java function goes back to Java as itself");
  }

  // ---------------------------------------------------------------- Java exceptions

  @Test
  void javaExceptionsBecomeCatchablePythonExceptions() {
    py.set("parse", (Function<String, Integer>) Integer::parseInt);
    py.set("divide", (BiFunction<Long, Long, Long>) (a, b) -> a / b);
    py.exec(
        "try:\n"
            + "    parse('x1')\n"
            + "except ValueError as e:\n"
            + "    caught = str(e)\n"
            + "try:\n"
            + "    divide(1, 0)\n"
            + "except ZeroDivisionError as e:\n"
            + "    caught2 = type(e).__name__\n");
    assertEquals("For input string: \"x1\"", py.get("caught"));
    assertEquals("ZeroDivisionError", py.get("caught2"));
  }

  @Test
  void anUncaughtJavaExceptionReachesJavaAsTheCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    py.set(
        "fail",
        (Runnable)
            () -> {
              throw boom;
            });
    PygenException e =
        assertThrows(
            PygenException.class, () -> py.exec("def g():\n    fail()\ng()\n", "host.pyg"));
    assertEquals("RuntimeError", e.pythonType());
    assertEquals("boom", e.pythonMessage());
    assertSame(boom, e.getCause());
    assertEquals(2, e.frames().size(), "the module and g are in the traceback");
    PygenException viaCall = assertThrows(PygenException.class, () -> py.call("fail"));
    assertSame(boom, viaCall.getCause());
  }

  @Test
  void checkedExceptionsOfJavaFunctionsAreTranslatedToo() {
    py.set(
        "read",
        (JavaFunction)
            (args, kwargs) -> {
              throw new java.io.IOException("disk on fire");
            });
    py.exec("try:\n    read()\nexcept OSError as e:\n    caught = str(e)\n");
    assertEquals("disk on fire", py.get("caught"));
  }
}
