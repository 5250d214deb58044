package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Augmented assignment: containers change in place, errors name the {@code op=} operator. */
class InPlaceOpsTest {
  private final RuntimeFixture rt = new RuntimeFixture();

  private String error(Runnable r) {
    return assertThrows(PyException.class, r::run).exceptionLine();
  }

  @Test
  void listsExtendAndRepeatInPlace() {
    PyList l = PyList.of(1L);
    assertSame(l, Ops.iadd(rt.ts, l, PyTuple.of(2L, 3L)));
    assertSame(l, Ops.imul(rt.ts, l, 2L));
    assertEquals("[1, 2, 3, 1, 2, 3]", Ops.repr(l));
    assertEquals("TypeError: 'int' object is not iterable", error(() -> Ops.iadd(rt.ts, l, 1L)));
  }

  @Test
  void setsAndDictsChangeInPlace() {
    PySet s = PySet.of(1L, 2L, 3L);
    assertSame(s, Ops.iand(rt.ts, s, PySet.of(2L, 3L, 4L)));
    assertEquals("{2, 3}", Ops.repr(s));
    Ops.isub(rt.ts, s, PySet.of(3L));
    assertEquals("{2}", Ops.repr(s));
    Ops.ixor(rt.ts, s, PySet.of(2L, 5L));
    assertEquals("{5}", Ops.repr(s));
    assertSame(s, Ops.ior(rt.ts, s, PySet.of(1L)));
    assertEquals("{1, 5}", Ops.repr(s));
    assertEquals("TypeError: unsupported operand type(s) for |=: 'set' and 'list'",
        error(() -> Ops.ior(rt.ts, s, PyList.of(2L))));

    PyDict d = new PyDict();
    d.put("a", 1L);
    assertSame(d, Ops.ior(rt.ts, d, PyList.of(PyTuple.of("b", 2L))));
    assertEquals("{'a': 1, 'b': 2}", Ops.repr(d));
  }

  @Test
  void immutableValuesGetTheBinaryResultWithOpEqualsErrors() {
    assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
        error(() -> Ops.iadd(rt.ts, 1L, "a")));
    assertEquals("TypeError: can only concatenate str (not \"int\") to str",
        error(() -> Ops.iadd(rt.ts, "a", 1L)));
    assertEquals(8L, Ops.ipow(rt.ts, Ops.ifloordiv(rt.ts, 5L, 2L), 3L));
    PySet frozen = PySet.of(1L).copy(true);
    Object grown = Ops.ior(rt.ts, frozen, PySet.of(2L));
    assertEquals("frozenset({1, 2})", Ops.repr(grown));
    assertEquals("frozenset({1})", Ops.repr(frozen));
  }
}
