package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builtins that need callables, output or laziness; expectations from CPython 3.11. */
class BuiltinsTest {
  private final RuntimeFixture rt = new RuntimeFixture();

  /** An iterator over 0, 1, 2, ... that records how many items were pulled. */
  private static final class Counting implements PyIterator {
    final List<Long> pulled = new ArrayList<>();
    final long limit;

    Counting(long limit) {
      this.limit = limit;
    }

    @Override
    public Object next(ThreadState ts) {
      long n = pulled.size();
      if (n >= limit) {
        return DONE;
      }
      pulled.add(n);
      return n;
    }
  }

  private String error(Runnable r) {
    return assertThrows(PyException.class, r::run).exceptionLine();
  }

  @Test
  void printJoinsWithSepAndEndAndWritesOneUnit() {
    rt.builtinKw("print", new Object[] {1L, "a", "-", "!\n"}, new String[] {"sep", "end"});
    rt.builtin("print");
    rt.builtin("print", "x", PyNone.NONE, 2.5, PyList.of(1L, "a"));
    assertEquals("1-a!\n\nx None 2.5 [1, 'a']\n", rt.out.toString());
    assertEquals("TypeError: sep must be None or a string, not int",
        error(() -> rt.builtinKw("print", new Object[] {1L}, new String[] {"sep"})));
    assertEquals("TypeError: 'foo' is an invalid keyword argument for print()",
        error(() -> rt.builtinKw("print", new Object[] {1L}, new String[] {"foo"})));
  }

  @Test
  void mapFilterZipEnumerateAreLazy() {
    Counting source = new Counting(1_000_000);
    PyIterator mapped = (PyIterator) rt.builtin("map",
        RuntimeFixture.fn(x -> Ops.mul(x, 10L)), source);
    assertEquals(0, source.pulled.size());
    assertEquals(0L, mapped.next(rt.ts));
    assertEquals(10L, mapped.next(rt.ts));
    assertEquals(2, source.pulled.size());

    Counting evens = new Counting(1_000_000);
    PyIterator filtered = (PyIterator) rt.builtin("filter",
        RuntimeFixture.fn(x -> Ops.eq(Ops.mod(x, 2L), 0L)), evens);
    filtered.next(rt.ts);
    filtered.next(rt.ts);
    assertEquals(3, evens.pulled.size());

    Counting zipped = new Counting(1_000_000);
    PyIterator z = (PyIterator) rt.builtin("zip", zipped, "ab");
    assertEquals("[(0, 'a'), (1, 'b')]", Ops.repr(rt.builtin("list", z)));
    assertEquals(3, zipped.pulled.size()); // the third pull found "ab" exhausted

    Counting numbered = new Counting(1_000_000);
    PyIterator e = (PyIterator) rt.builtin("enumerate", numbered, 5L);
    assertEquals("(5, 0)", Ops.repr(e.next(rt.ts)));
    assertEquals(1, numbered.pulled.size());
  }

  @Test
  void zipStrictNamesTheShortArgument() {
    assertEquals("ValueError: zip() argument 2 is longer than argument 1",
        error(() -> rt.builtin("list", rt.builtinKw("zip",
            new Object[] {PyList.of(1L), PyList.of(1L, 2L), true}, new String[] {"strict"}))));
    assertEquals("ValueError: zip() argument 2 is shorter than argument 1",
        error(() -> rt.builtin("list", rt.builtinKw("zip",
            new Object[] {PyList.of(1L, 2L), PyList.of(1L), true}, new String[] {"strict"}))));
  }

  @Test
  void iterWithSentinelCallsUntilTheSentinel() {
    long[] calls = {0};
    PyCallable counter = (ts, args, kw) -> ++calls[0];
    Object it = rt.builtin("iter", counter, 4L);
    assertEquals("[1, 2, 3]", Ops.repr(rt.builtin("list", it)));
    assertEquals(4, calls[0]);
  }

  @Test
  void nextRaisesStopIterationOrReturnsTheDefault() {
    Object it = rt.builtin("iter", PyList.of(1L, 2L, 3L));
    assertEquals(1L, rt.builtin("next", it));
    assertEquals(2L, rt.builtin("next", it, "d"));
    assertEquals(3L, rt.builtin("next", it));
    assertEquals("d", rt.builtin("next", it, "d"));
    PyException stop = assertThrows(PyException.class, () -> rt.builtin("next", it));
    assertEquals("StopIteration()", stop.value().repr());
    assertEquals("TypeError: 'list' object is not an iterator",
        error(() -> rt.builtin("next", new PyList())));
  }

  @Test
  void iteratorsAnswerTheIteratorProtocolByName() {
    Object it = rt.builtin("iter", PyList.of(1L, 2L));
    assertEquals(1L, rt.method(it, "__next__"));
    assertSame(it, rt.method(it, "__iter__"));
    assertEquals(2L, rt.method(it, "__next__"));
    assertEquals("StopIteration", error(() -> rt.method(it, "__next__")));
  }

  @Test
  void encodeErrorsNameTheCharacterEscapedAsCPythonDoes() {
    PyException e = assertThrows(PyException.class, () -> rt.method("\u00e9x", "encode", "ascii"));
    assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: "
        + "ordinal not in range(128)", e.value().message());
    assertEquals("b'h\\xc3\\xa9'", Ops.repr(rt.method("h\u00e9", "encode")));
    assertEquals("h\u00e9", rt.method(rt.method("h\u00e9", "encode"), "decode"));
  }

  @Test
  void anyAndAllShortCircuit() {
    Counting c = new Counting(1_000_000);
    assertEquals(true, rt.builtin("any", c)); // 0 is falsy, 1 is truthy
    assertEquals(2, c.pulled.size());
    Counting d = new Counting(1_000_000);
    assertEquals(false, rt.builtin("all", d));
    assertEquals(1, d.pulled.size());
    assertEquals(true, rt.builtin("all", new PyList()));
  }

  @Test
  void minMaxWithKeyAndDefault() {
    PyCallable negate = RuntimeFixture.fn(Ops::neg);
    assertEquals(3L, rt.builtinKw("min", new Object[] {3L, 1L, 2L, negate},
        new String[] {"key"}));
    assertEquals(PyNone.NONE, rt.builtinKw("max", new Object[] {new PyList(), PyNone.NONE},
        new String[] {"default"}));
    PyCallable length = RuntimeFixture.fn(Ops::len);
    assertEquals("aa", rt.builtinKw("max", new Object[] {PyList.of("aa", "b", "cc"), length},
        new String[] {"key"}));
  }

  @Test
  void typesAreCallableValuesThatIsinstanceUnderstands() {
    Object intType = rt.runtime.builtins().get("int");
    assertSame(intType, rt.builtin("type", 1L));
    assertSame(intType, rt.builtin("type", java.math.BigInteger.TEN.pow(30)));
    assertEquals("<class 'int'>", Ops.repr(intType));
    assertEquals("int", Ops.getAttr(rt.ts, rt.builtin("type", 3L), "__name__"));
    assertEquals("type", Ops.getAttr(rt.ts, rt.builtin("type", intType), "__name__"));
    assertEquals("<class 'ValueError'>",
        Ops.repr(rt.builtin("type", rt.builtin("ValueError", "x"))));
    assertEquals("list_iterator",
        Ops.getAttr(rt.ts, rt.builtin("type", rt.builtin("iter", new PyList())), "__name__"));
    Object strType = rt.runtime.builtins().get("str");
    assertEquals(true, rt.builtin("isinstance", true, PyTuple.of(strType, intType)));
    assertEquals(false, rt.builtin("isinstance", 1L, rt.runtime.builtins().get("bool")));
    assertEquals(true, rt.builtin("issubclass", rt.runtime.builtins().get("bool"), intType));
    assertEquals(true, rt.builtin("isinstance", rt.builtin("ValueError", "x"),
        rt.runtime.builtins().get("Exception")));
    assertEquals(true, rt.builtin("isinstance", 1L, rt.runtime.builtins().get("object")));
    assertEquals(true, rt.builtin("issubclass", rt.runtime.builtins().get("KeyError"),
        rt.runtime.builtins().get("LookupError")));
    assertEquals(true, rt.builtin("isinstance", intType, rt.runtime.builtins().get("type")));
    assertEquals(true, rt.builtin("isinstance", rt.runtime.builtins().get("ValueError"),
        rt.runtime.builtins().get("type")));
    assertEquals("<built-in function print>", Ops.repr(rt.runtime.builtins().get("print")));
    assertEquals("builtin_function_or_method",
        Ops.typeName(rt.runtime.builtins().get("print")));
    assertEquals("['A', 'B']", Ops.repr(rt.builtin("list", rt.builtin("map",
        Ops.getAttr(rt.ts, rt.runtime.builtins().get("str"), "upper"), "ab"))));
  }

  @Test
  void everyExceptionClassIsABuiltin() {
    for (PyExceptionType t : PyExceptionType.ALL) {
      assertSame(t, rt.runtime.builtins().get(t.name()));
    }
    assertEquals("bad", Ops.str(rt.builtin("ValueError", "bad")));
    assertEquals("KeyError('k')", Ops.repr(rt.builtin("KeyError", "k")));
    assertEquals("'k'", Ops.str(rt.builtin("KeyError", "k")));
  }

  @Test
  void sortedAndReversedAndEnumerate() {
    assertEquals("[(5, 'a'), (6, 'b')]", Ops.repr(rt.builtin("list",
        rt.builtin("enumerate", "ab", 5L))));
    assertEquals("[3, 2, 1]", Ops.repr(rt.builtin("list",
        rt.builtin("reversed", PyList.of(1L, 2L, 3L)))));
    assertEquals("['c', 'b', 'a']", Ops.repr(rt.builtin("list", rt.builtin("reversed", "abc"))));
    assertEquals("[7, 4, 1]", Ops.repr(rt.builtin("list",
        rt.builtin("reversed", new PyRange(1, 10, 3)))));
    assertEquals("[1, 2, 3]", Ops.repr(rt.builtin("sorted", PyTuple.of(3L, 1L, 2L))));
  }

  @Test
  void hashIsConsistentWithEqualityAcrossNumberTypes() {
    Object[] same = {1L, 1.0, true, java.math.BigInteger.ONE};
    for (Object a : same) {
      for (Object b : same) {
        assertTrue(Ops.eq(a, b));
        assertEquals(Ops.hash(a), Ops.hash(b));
      }
    }
    assertEquals(Ops.hash(java.math.BigInteger.TWO.pow(80)), Ops.hash(Math.pow(2, 80)));
  }

  @Test
  void getattrSetattrHasattr() {
    assertEquals(PyNone.NONE, rt.builtin("getattr", 1L, "foo", PyNone.NONE));
    assertEquals("AttributeError: 'int' object has no attribute 'foo'",
        error(() -> rt.builtin("getattr", 1L, "foo")));
    assertEquals(true, rt.builtin("hasattr", "s", "upper"));
    PyModule m = new PyModule("m");
    rt.builtin("setattr", m, "x", 5L);
    assertEquals(5L, Ops.getAttr(rt.ts, m, "x"));
    assertEquals("AttributeError: module 'm' has no attribute 'y'",
        error(() -> Ops.getAttr(rt.ts, m, "y")));
    assertEquals("AttributeError: 'list' object attribute 'append' is read-only",
        error(() -> Ops.setAttr(rt.ts, new PyList(), "append", 1L)));
  }
}
