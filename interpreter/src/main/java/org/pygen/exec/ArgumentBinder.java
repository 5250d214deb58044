package org.pygen.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyTuple;

/**
 * Binds a call's arguments to a function's parameter slots with Python's rules, and words the
 * errors as CPython 3.11 does ({@code f() missing 1 required positional argument: 'b'}).
 */
final class ArgumentBinder {
  private ArgumentBinder() {}

  /**
   * Fills the parameter slots of {@code locals}. {@code defaults} covers the last positional
   * parameters; {@code kwDefaults} the keyword-only ones.
   */
  static void bind(
      String fnName,
      Signature sig,
      Object[] defaults,
      Map<String, Object> kwDefaults,
      Object[] args,
      String[] kwNames,
      Object[] locals) {
    int nKw = kwNames == null ? 0 : kwNames.length;
    int nPos = args.length - nKw;
    int positional = sig.positionalCount();
    String[] names = sig.names();

    if (nKw == 0 && nPos == positional && sig.isSimple()) {
      System.arraycopy(args, 0, locals, 0, nPos);
      return;
    }

    int direct = Math.min(nPos, positional);
    System.arraycopy(args, 0, locals, 0, direct);
    int slot = positional + sig.kwOnlyCount();
    if (sig.hasVarArg()) {
      Object[] extra = new Object[Math.max(0, nPos - positional)];
      System.arraycopy(args, direct, extra, 0, extra.length);
      locals[slot++] = PyTuple.of(extra);
    } else if (nPos > positional) {
      throw tooManyPositional(fnName, sig, defaults.length, nPos, kwNames, locals);
    }
    PyDict extraKw = null;
    if (sig.hasKwArg()) {
      extraKw = new PyDict();
      locals[slot] = extraKw;
    }

    List<String> posOnlyAsKw = null;
    for (int k = 0; k < nKw; k++) {
      String kw = kwNames[k];
      Object value = args[nPos + k];
      int index = indexOf(names, kw, sig.posOnlyCount(), positional + sig.kwOnlyCount());
      if (index < 0) {
        if (extraKw != null) {
          extraKw.put(kw, value);
          continue;
        }
        if (indexOf(names, kw, 0, sig.posOnlyCount()) >= 0) {
          if (posOnlyAsKw == null) {
            posOnlyAsKw = new ArrayList<>();
          }
          posOnlyAsKw.add(kw);
          continue;
        }
        throw PyException.typeError(
            fnName + "() got an unexpected keyword argument '" + kw + "'");
      }
      if (locals[index] != null) {
        throw PyException.typeError(
            fnName + "() got multiple values for argument '" + kw + "'");
      }
      locals[index] = value;
    }
    if (posOnlyAsKw != null) {
      throw PyException.typeError(
          fnName
              + "() got some positional-only arguments passed as keyword arguments: '"
              + String.join(", ", posOnlyAsKw)
              + "'");
    }

    int firstDefault = positional - defaults.length;
    List<String> missing = null;
    for (int i = 0; i < positional; i++) {
      if (locals[i] == null) {
        if (i >= firstDefault) {
          locals[i] = defaults[i - firstDefault];
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(names[i]);
        }
      }
    }
    if (missing != null) {
      throw missing(fnName, missing, "positional");
    }
    for (int i = positional; i < positional + sig.kwOnlyCount(); i++) {
      if (locals[i] == null) {
        Object d = kwDefaults == null ? null : kwDefaults.get(names[i]);
        if (d != null) {
          locals[i] = d;
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(names[i]);
        }
      }
    }
    if (missing != null) {
      throw missing(fnName, missing, "keyword-only");
    }
  }

  private static int indexOf(String[] names, String name, int from, int to) {
    for (int i = from; i < to; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static PyException missing(String fnName, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder(fnName).append("() missing ").append(names.size());
    sb.append(" required ").append(kind).append(" argument");
    sb.append(names.size() == 1 ? ": " : "s: ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return PyException.typeError(sb.toString());
  }

  private static PyException tooManyPositional(
      String fnName, Signature sig, int nDefaults, int given, String[] kwNames, Object[] locals) {
    int max = sig.positionalCount();
    int min = max - nDefaults;
    String takes =
        min == max
            ? max + " positional argument" + (max == 1 ? "" : "s")
            : "from " + min + " to " + max + " positional arguments";
    int kwGiven = 0;
    if (kwNames != null) {
      for (String kw : kwNames) {
        if (indexOf(sig.names(), kw, max, max + sig.kwOnlyCount()) >= 0) {
          kwGiven++;
        }
      }
    }
    String given0 = given + (given == 1 ? " was" : " were");
    if (kwGiven > 0) {
      given0 =
          given
              + " positional argument"
              + (given == 1 ? "" : "s")
              + " (and "
              + kwGiven
              + " keyword-only argument"
              + (kwGiven == 1 ? "" : "s")
              + ") were";
    }
    return PyException.typeError(fnName + "() takes " + takes + " but " + given0 + " given");
  }
}
