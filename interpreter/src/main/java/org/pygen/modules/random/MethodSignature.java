package org.pygen.modules.random;

import java.util.ArrayList;
import java.util.List;
import org.pygen.runtime.PyException;

/**
 * The parameters of a method that CPython writes in Python ({@code Random.randrange(self, start,
 * stop=None, step=1)}), and the binding of a call to them with the errors CPython's interpreter
 * gives, counting {@code self} as it does: {@code Random.shuffle() takes 2 positional arguments but
 * 3 were given}.
 */
final class MethodSignature {
  private final String qualifiedName;
  private final String[] positional;
  private final int required;
  private final String[] keywordOnly;

  /**
   * A method with the given positional parameters (after self), of which the first {@code
   * required} have no default, and optional keyword-only parameters.
   */
  MethodSignature(String qualifiedName, int required, String[] positional, String... keywordOnly) {
    this.qualifiedName = qualifiedName;
    this.required = required;
    this.positional = positional;
    this.keywordOnly = keywordOnly;
  }

  /** A method whose parameters are all positional or keyword. */
  static MethodSignature of(String qualifiedName, int required, String... positional) {
    return new MethodSignature(qualifiedName, required, positional);
  }

  /**
   * One slot per parameter, positional ones first, then keyword-only ones; Java null where the
   * caller passed nothing, for the method to apply its default.
   */
  Object[] bind(Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    Object[] slots = new Object[positional.length + keywordOnly.length];
    System.arraycopy(args, 0, slots, 0, Math.min(npos, positional.length));
    int keywordOnlyGiven = 0;
    for (int k = 0; k < nkw; k++) {
      String name = kwNames[k];
      int slot = indexOf(name);
      if (slot < 0) {
        throw PyException.typeError(
            qualifiedName + "() got an unexpected keyword argument '" + name + "'");
      }
      if (slots[slot] != null || (slot < positional.length && slot < npos)) {
        throw PyException.typeError(
            qualifiedName + "() got multiple values for argument '" + name + "'");
      }
      slots[slot] = args[npos + k];
      if (slot >= positional.length) {
        keywordOnlyGiven++;
      }
    }
    if (npos > positional.length) {
      throw tooManyPositional(npos, keywordOnlyGiven);
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < required; i++) {
      if (slots[i] == null) {
        missing.add(positional[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw missingArguments(missing);
    }
    return slots;
  }

  private int indexOf(String name) {
    for (int i = 0; i < positional.length; i++) {
      if (positional[i].equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < keywordOnly.length; i++) {
      if (keywordOnly[i].equals(name)) {
        return positional.length + i;
      }
    }
    return -1;
  }

  private PyException tooManyPositional(int given, int keywordOnlyGiven) {
    // self counts, as the method is a Python function bound to its instance.
    int max = positional.length + 1;
    int min = required + 1;
    String takes =
        min == max
            ? max + " positional argument" + (max == 1 ? "" : "s")
            : "from " + min + " to " + max + " positional arguments";
    int total = given + 1;
    String was = total + (total == 1 ? " was" : " were");
    if (keywordOnlyGiven > 0) {
      was =
          total
              + " positional argument"
              + (total == 1 ? "" : "s")
              + " (and "
              + keywordOnlyGiven
              + " keyword-only argument"
              + (keywordOnlyGiven == 1 ? "" : "s")
              + ") were";
    }
    return PyException.typeError(qualifiedName + "() takes " + takes + " but " + was + " given");
  }

  private PyException missingArguments(List<String> names) {
    StringBuilder sb = new StringBuilder(qualifiedName).append("() missing ").append(names.size());
    sb.append(" required positional argument").append(names.size() == 1 ? ": " : "s: ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return PyException.typeError(sb.toString());
  }
}
