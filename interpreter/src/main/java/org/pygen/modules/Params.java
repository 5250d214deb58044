package org.pygen.modules;

import org.pygen.runtime.PyException;

/**
 * The parameters of a function or method that CPython writes in Python (the {@code queue} classes,
 * {@code threading.Event} and friends, {@code os.path}): binds a call's arguments to them and
 * reports mistakes with the messages CPython gives for such functions, for example {@code
 * Queue.put() missing 1 required positional argument: 'item'}.
 */
final class Params {
  private final String qualifiedName;
  private final boolean method;
  private final int required;
  private final String[] names;

  private Params(String qualifiedName, boolean method, int required, String[] names) {
    this.qualifiedName = qualifiedName;
    this.method = method;
    this.required = required;
    this.names = names;
  }

  /** A method: {@code self} is counted in the messages, as CPython counts it. */
  static Params method(String qualifiedName, int required, String... names) {
    return new Params(qualifiedName, true, required, names);
  }

  /** A plain function. */
  static Params function(String qualifiedName, int required, String... names) {
    return new Params(qualifiedName, false, required, names);
  }

  /**
   * Refuses any argument to a method CPython implements in C without parameters, with its
   * message: {@code lock.release() takes no arguments (1 given)}.
   */
  static void none(String qualifiedName, Object[] args, String[] kwNames) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError(qualifiedName + "() takes no keyword arguments");
    }
    if (args.length > 0) {
      throw PyException.typeError(
          qualifiedName + "() takes no arguments (" + args.length + " given)");
    }
  }

  /** One slot per parameter: the argument, or Java null where none was passed. */
  Object[] bind(Object[] args, String[] kwNames) {
    Object[] slots = new Object[names.length];
    int nKw = kwNames == null ? 0 : kwNames.length;
    int nPos = args.length - nKw;
    if (nPos > names.length) {
      throw tooMany(nPos);
    }
    System.arraycopy(args, 0, slots, 0, nPos);
    for (int k = 0; k < nKw; k++) {
      int slot = indexOf(kwNames[k]);
      if (slot < 0) {
        throw PyException.typeError(
            qualifiedName + "() got an unexpected keyword argument '" + kwNames[k] + "'");
      }
      if (slots[slot] != null) {
        throw PyException.typeError(
            qualifiedName + "() got multiple values for argument '" + kwNames[k] + "'");
      }
      slots[slot] = args[nPos + k];
    }
    StringBuilder missing = new StringBuilder();
    int missingCount = 0;
    for (int i = 0; i < required; i++) {
      if (slots[i] == null) {
        missingCount++;
      }
    }
    int seen = 0;
    for (int i = 0; i < required; i++) {
      if (slots[i] == null) {
        seen++;
        if (seen > 1) {
          missing.append(seen == missingCount ? (missingCount > 2 ? ", and " : " and ") : ", ");
        }
        missing.append('\'').append(names[i]).append('\'');
      }
    }
    if (missingCount > 0) {
      throw PyException.typeError(
          qualifiedName + "() missing " + missingCount + " required positional argument"
              + (missingCount == 1 ? "" : "s") + ": " + missing);
    }
    return slots;
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private PyException tooMany(int given) {
    int extra = method ? 1 : 0;
    int min = required + extra;
    int max = names.length + extra;
    String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
    return PyException.typeError(
        qualifiedName + "() takes " + takes + " positional argument" + (max == 1 ? "" : "s")
            + " but " + (given + extra) + (given + extra == 1 ? " was" : " were") + " given");
  }
}
