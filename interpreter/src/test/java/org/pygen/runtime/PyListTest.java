package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** PyList: Python semantics of slices and iteration, and atomicity under threads. */
class PyListTest {
  private final RuntimeFixture rt = new RuntimeFixture();

  private static PyList range(int n) {
    PyList l = new PyList();
    for (long i = 0; i < n; i++) {
      l.append(i);
    }
    return l;
  }

  private static PySlice slice(Object start, Object stop, Object step) {
    return new PySlice(start, stop, step);
  }

  private static final PyNone N = PyNone.NONE;

  @Test
  void sliceAssignmentAndDeletionMatchCPython() {
    PyList a = range(10);
    Ops.setItem(rt.ts, a, slice(2L, 5L, N), PyList.of("x"));
    assertEquals("[0, 1, 'x', 5, 6, 7, 8, 9]", Ops.repr(a));

    a = range(10);
    Ops.setItem(rt.ts, a, slice(N, N, 3L), PyList.of("a", "b", "c", "d"));
    assertEquals("['a', 1, 2, 'b', 4, 5, 'c', 7, 8, 'd']", Ops.repr(a));

    a = range(10);
    Ops.delItem(a, slice(N, N, -3L));
    assertEquals("[1, 2, 4, 5, 7, 8]", Ops.repr(a));

    a = range(10);
    Ops.delItem(a, slice(1L, 8L, 2L));
    assertEquals("[0, 2, 4, 6, 8, 9]", Ops.repr(a));

    a = range(10);
    Ops.setItem(rt.ts, a, slice(8L, 2L, N), PyList.of(1L, 2L));
    assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 1, 2, 8, 9]", Ops.repr(a));

    a = range(5);
    Ops.setItem(rt.ts, a, slice(N, N, -2L), PyList.of(7L, 8L, 9L));
    assertEquals("[9, 1, 8, 3, 7]", Ops.repr(a));

    PyList b = range(5);
    PyException e = assertThrows(PyException.class,
        () -> Ops.setItem(rt.ts, b, slice(N, N, 2L), PyList.of(1L)));
    assertEquals(
        "ValueError: attempt to assign sequence of size 1 to extended slice of size 3",
        e.exceptionLine());
  }

  @Test
  void assigningTheListToItsOwnSliceUsesASnapshot() {
    PyList a = range(3);
    Ops.setItem(rt.ts, a, slice(1L, 1L, N), a);
    assertEquals("[0, 0, 1, 2, 1, 2]", Ops.repr(a));
  }

  @Test
  void iterationSeesAppendsMadeDuringTheLoop() {
    PyList l = PyList.of(1L, 2L, 3L);
    PyIterator it = Ops.iter(rt.ts, l);
    for (Object x = it.next(rt.ts); x != PyIterator.DONE; x = it.next(rt.ts)) {
      if ((Long) x < 3) {
        l.append((Long) x * 10);
      }
    }
    assertEquals("[1, 2, 3, 10, 20]", Ops.repr(l));
  }

  @Test
  void sortIsStableWithKeyAndReverse() {
    PyList pairs = PyList.of(PyTuple.of("b", 2L), PyTuple.of("a", 2L), PyTuple.of("c", 1L),
        PyTuple.of("d", 1L));
    PyCallable second = RuntimeFixture.fn(t -> ((PyTuple) t).get(1));
    Object up = rt.builtinKw("sorted", new Object[] {pairs, second}, new String[] {"key"});
    assertEquals("[('c', 1), ('d', 1), ('b', 2), ('a', 2)]", Ops.repr(up));
    Object down = rt.builtinKw("sorted", new Object[] {pairs, second, true},
        new String[] {"key", "reverse"});
    assertEquals("[('b', 2), ('a', 2), ('c', 1), ('d', 1)]", Ops.repr(down));
  }

  @Test
  void changingTheListFromTheKeyFunctionIsReportedNotLost() {
    PyList l = PyList.of(3L, 1L, 2L);
    PyCallable appending = RuntimeFixture.fn(x -> {
      l.append(0L);
      return x;
    });
    PyException e = assertThrows(PyException.class,
        () -> Ops.callMethod(rt.ts, l, "sort", new Object[] {appending}, new String[] {"key"}));
    assertEquals("ValueError: list modified during sort", e.exceptionLine());
    assertEquals(6, l.size());
  }

  @Test
  void sortOfManyItemsMatchesJavaOrderAndNeverThrowsOnNan() {
    java.util.Random random = new java.util.Random(7);
    PyList l = new PyList();
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      long v = random.nextInt(1000);
      l.append(v);
      expected.add(v);
    }
    expected.sort(null);
    rt.method(l, "sort");
    assertEquals(expected, l.toList());

    PyList withNan = PyList.of(3.0, Double.NaN, 1.0, Double.NaN, 2.0, 0.5);
    for (int i = 0; i < 200; i++) {
      withNan.append(random.nextBoolean() ? Double.NaN : random.nextDouble());
    }
    rt.method(withNan, "sort"); // inconsistent order, but never a Java exception
    assertEquals(206, withNan.size());
  }

  @Test
  void concurrentAppendsAndPopsLoseNothingAndNeverThrowJavaExceptions() throws Exception {
    PyList list = new PyList();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread th = new Thread(() -> {
        try {
          for (long i = 0; i < 10_000; i++) {
            list.append(i);
            Ops.getItem(list, -1L);
            Ops.len(list);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(th);
      th.start();
    }
    // A reader iterating and slicing meanwhile.
    Thread reader = new Thread(() -> {
      try {
        for (int k = 0; k < 200; k++) {
          Ops.toArray(null, list);
          Ops.getItem(list, new PySlice(PyNone.NONE, PyNone.NONE, -1L));
          Ops.repr(Ops.getItem(list, new PySlice(0L, 5L, PyNone.NONE)));
        }
      } catch (Throwable e) {
        failures.add(e);
      }
    });
    reader.start();
    for (Thread th : threads) {
      th.join();
    }
    reader.join();
    assertTrue(failures.isEmpty(), () -> "failures: " + failures);
    assertEquals(80_000, list.size());

    List<Thread> poppers = new ArrayList<>();
    ConcurrentLinkedQueue<Object> popped = new ConcurrentLinkedQueue<>();
    for (int t = 0; t < 8; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 10_000; i++) {
          popped.add(list.pop(-1));
        }
      });
      poppers.add(th);
      th.start();
    }
    for (Thread th : poppers) {
      th.join();
    }
    assertEquals(0, list.size());
    assertEquals(80_000, popped.size());
  }

  @Test
  void listMethodsBehaveAsCPython() {
    PyList l = PyList.of(1L, 2L, 3L);
    rt.method(l, "insert", -1L, "x");
    rt.method(l, "insert", 100L, "end");
    rt.method(l, "extend", "ab");
    assertEquals("[1, 2, 'x', 3, 'end', 'a', 'b']", Ops.repr(l));
    assertEquals("'b'", Ops.repr(rt.method(l, "pop")));
    assertEquals("1", Ops.repr(rt.method(l, "pop", 0L)));
    rt.method(l, "remove", "x");
    rt.method(l, "reverse");
    assertEquals("['a', 'end', 3, 2]", Ops.repr(l));
    assertEquals(2L, rt.method(l, "index", 3L));
    PyList copy = (PyList) rt.method(l, "copy");
    rt.method(l, "clear");
    assertEquals("[]", Ops.repr(l));
    assertEquals("['a', 'end', 3, 2]", Ops.repr(copy));
    assertEquals("<built-in method append of list object at ",
        Ops.repr(Ops.getAttr(rt.ts, l, "append")).substring(0, 42));
  }
}
