package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case in {@code cpython_cases.tsv} (operators, repr, format, indexing, methods and
 * builtins, with the results CPython 3.11 printed; see {@code generate_cases.py}) through the
 * runtime and compares.
 */
class RuntimeCasesTest {
  /**
   * Cases where pygen deliberately differs from CPython, with the reason. Each is listed by its
   * whole line (without the expected part) so a changed case is noticed.
   */
  private static final Map<String, String> KNOWN_DIFFERENCES =
      Map.ofEntries(
          Map.entry("pow\t-8\t0.5", "no complex numbers: ValueError instead of a complex result"),
          Map.entry("pow\t-7.5\t0.5", "no complex numbers"),
          Map.entry("pow\t-7\t0.5", "no complex numbers"),
          Map.entry("pow\t-9223372036854775808\t0.5", "no complex numbers"),
          Map.entry("hash\trange(0, 0)", "hashes None, whose hash is an address in CPython"),
          Map.entry("hash\trange(5, 6)", "hashes None, whose hash is an address in CPython"));

  private final PyRuntime runtime =
      new PyRuntime(new StringWriter(), new StringWriter(), Map.of());
  private final ThreadState ts = new ThreadState(runtime);

  RuntimeCasesTest() {
    Builtins.install(runtime);
    // The open() cases compare with CPython run with the user's rights.
    runtime.setFilePolicy((path, forWriting) -> Path.of(path));
  }

  @TestFactory
  Stream<DynamicTest> cpythonCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : readCases()) {
      String[] parts = line.split("\t=>\t", 2);
      String call = parts[0];
      String expected = normalise(parts[1]);
      if (KNOWN_DIFFERENCES.containsKey(call)) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(call.replace('\t', ' '),
          () -> assertEquals(expected, evaluate(call), call.replace('\t', ' '))));
    }
    return tests.stream();
  }

  /** Python prints "Type: " for an exception without a message; pygen prints "Type". */
  private static String normalise(String expected) {
    return expected.startsWith("!") && expected.endsWith(": ")
        ? expected.substring(0, expected.length() - 2)
        : expected;
  }

  private static List<String> readCases() throws IOException {
    try (InputStream in = RuntimeCasesTest.class.getResourceAsStream("cpython_cases.tsv")) {
      if (in == null) {
        throw new IOException("cpython_cases.tsv not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private String evaluate(String call) {
    String[] fields = call.split("\t");
    String op = fields[0];
    List<Object> args = new ArrayList<>();
    List<Object> kwValues = new ArrayList<>();
    List<String> kwNames = new ArrayList<>();
    for (int i = 1; i < fields.length; i++) {
      String f = fields[i];
      if (f.startsWith("@")) {
        int eq = f.indexOf('=');
        kwNames.add(f.substring(1, eq));
        kwValues.add(PyLiteral.parse(f.substring(eq + 1), runtime.builtins()));
      } else {
        args.add(PyLiteral.parse(f, runtime.builtins()));
      }
    }
    try {
      return Ops.repr(apply(op, args, kwNames, kwValues));
    } catch (PyException e) {
      return "!" + e.exceptionLine();
    }
  }

  private static final Set<String> UNARY =
      Set.of("neg", "pos", "invert", "truth", "repr", "str", "hash", "len");

  private Object apply(String op, List<Object> a, List<String> kwNames, List<Object> kwValues) {
    if (op.startsWith("m:") || op.startsWith("b:")) {
      List<Object> all = new ArrayList<>(op.startsWith("m:") ? a.subList(1, a.size()) : a);
      all.addAll(kwValues);
      String[] kw = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
      if (op.startsWith("m:")) {
        return Ops.callMethod(ts, a.get(0), op.substring(2), all.toArray(), kw);
      }
      return Ops.call(ts, runtime.builtins().get(op.substring(2)), all.toArray(), kw);
    }
    if (UNARY.contains(op)) {
      Object x = a.get(0);
      switch (op) {
        case "neg":
          return Ops.neg(x);
        case "pos":
          return Ops.pos(x);
        case "invert":
          return Ops.invert(x);
        case "truth":
          return Ops.isTrue(x);
        case "repr":
          return Ops.repr(x);
        case "str":
          return Ops.str(x);
        case "hash":
          return Ops.hash(x);
        default:
          return Ops.len(x);
      }
    }
    Object x = a.get(0);
    Object y = a.get(1);
    switch (op) {
      case "add":
        return Ops.add(x, y);
      case "sub":
        return Ops.sub(x, y);
      case "mul":
        return Ops.mul(x, y);
      case "truediv":
        return Ops.truediv(x, y);
      case "floordiv":
        return Ops.floordiv(x, y);
      case "mod":
        return Ops.mod(x, y);
      case "pow":
        return Ops.pow(x, y);
      case "lshift":
        return Ops.lshift(x, y);
      case "rshift":
        return Ops.rshift(x, y);
      case "and":
        return Ops.bitAnd(x, y);
      case "or":
        return Ops.bitOr(x, y);
      case "xor":
        return Ops.bitXor(x, y);
      case "eq":
        return Ops.eq(x, y);
      case "ne":
        return Ops.ne(x, y);
      case "lt":
        return Ops.lt(x, y);
      case "le":
        return Ops.le(x, y);
      case "gt":
        return Ops.gt(x, y);
      case "ge":
        return Ops.ge(x, y);
      case "is":
        return Ops.is(x, y);
      case "contains":
        return Ops.contains(ts, x, y);
      case "format":
        return Ops.format(x, (String) y);
      case "getitem":
        return Ops.getItem(x, y);
      default:
        throw new IllegalArgumentException("unknown op " + op);
    }
  }
}
