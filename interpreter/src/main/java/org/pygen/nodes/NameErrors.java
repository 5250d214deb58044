package org.pygen.nodes;

import java.util.List;
import org.pygen.exec.Frame;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/** The errors for unbound names, worded as CPython 3.11 words them. */
final class NameErrors {
  private NameErrors() {}

  static PyException unboundLocal(String name) {
    return PyException.of(
        PyExceptionType.UNBOUND_LOCAL_ERROR,
        "cannot access local variable '" + name + "' where it is not associated with a value");
  }

  static PyException unboundFree(String name) {
    return PyException.of(
        PyExceptionType.NAME_ERROR,
        "cannot access free variable '"
            + name
            + "' where it is not associated with a value in enclosing scope");
  }

  static PyException undefinedGlobal(String name) {
    return PyException.of(PyExceptionType.NAME_ERROR, "name '" + name + "' is not defined");
  }

  /** A NameError that can suggest a close name from the frame's locals, globals or builtins. */
  static PyException undefinedGlobal(String name, Frame f) {
    PyException e = undefinedGlobal(name);
    e.value()
        .setNameCandidates(
            name,
            List.of(
                f.code.localNames(),
                f.globals.asMap().keySet(),
                f.globals.runtime().builtinNamesInCPythonOrder()));
    return e;
  }
}
