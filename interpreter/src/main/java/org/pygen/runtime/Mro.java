package org.pygen.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Method resolution orders: the C3 linearization CPython uses for classes made by {@code class}
 * statements, and the fixed orders of the built-in types and exception classes they may derive
 * from. An order is an array of class objects, the class itself first and {@code object} last.
 */
final class Mro {
  private Mro() {}

  /** The MRO of any class object: a {@link PyClass}, a built-in type or an exception class. */
  static Object[] of(Object cls) {
    if (cls instanceof PyClass c) {
      return c.mro();
    }
    if (cls instanceof PyExceptionType t) {
      return t.mro();
    }
    if (cls instanceof PyBuiltinType t) {
      List<Object> chain = new ArrayList<>();
      for (PyBuiltinType b = t; b != null; b = b.base()) {
        chain.add(b);
      }
      return chain.toArray();
    }
    if (cls instanceof NativeBase) {
      return new Object[] {cls, PyBuiltinType.OBJECT};
    }
    throw new IllegalArgumentException("not a class: " + cls);
  }

  /**
   * C3: the class, then a merge of its bases' orders and the list of bases, taking each time the
   * first head that appears in no other list's tail. TypeError when no such head exists.
   */
  static Object[] linearize(Object cls, Object[] bases) {
    List<List<Object>> sequences = new ArrayList<>();
    for (Object b : bases) {
      sequences.add(new ArrayList<>(List.of(of(b))));
    }
    sequences.add(new ArrayList<>(List.of(bases)));
    List<Object> result = new ArrayList<>();
    result.add(cls);
    while (true) {
      sequences.removeIf(List::isEmpty);
      if (sequences.isEmpty()) {
        return result.toArray();
      }
      Object head = null;
      for (List<Object> seq : sequences) {
        Object candidate = seq.get(0);
        if (!inAnyTail(sequences, candidate)) {
          head = candidate;
          break;
        }
      }
      if (head == null) {
        throw PyException.typeError(
            "Cannot create a consistent method resolution\norder (MRO) for bases "
                + remainingHeads(sequences));
      }
      result.add(head);
      for (List<Object> seq : sequences) {
        if (seq.get(0) == head) {
          seq.remove(0);
        }
      }
    }
  }

  private static boolean inAnyTail(List<List<Object>> sequences, Object candidate) {
    for (List<Object> seq : sequences) {
      for (int i = 1; i < seq.size(); i++) {
        if (seq.get(i) == candidate) {
          return true;
        }
      }
    }
    return false;
  }

  /** CPython names the distinct heads left when the merge fails, in order. */
  private static String remainingHeads(List<List<Object>> sequences) {
    List<String> names = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    for (List<Object> seq : sequences) {
      Object head = seq.get(0);
      if (!seen.contains(head)) {
        seen.add(head);
        names.add(Classes.name(head));
      }
    }
    return String.join(", ", names);
  }
}
