package org.pygen.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one function, lambda, comprehension or module body, as the resolver found them.
 * Function-like scopes give every local a slot in the frame's {@code locals} array: parameters
 * first, in order, then other locals, captured variables, free variables and the hidden temps that
 * the compiler and the yield lowering add.
 */
public final class Scope {
  /** What kind of code block a scope belongs to. */
  public enum Kind {
    MODULE,
    FUNCTION,
    /** A class body: its names live in the class namespace; nested functions do not see them. */
    CLASS
  }

  private final Kind kind;
  private final String name;
  private final Scope parent;
  final Set<String> assigned = new LinkedHashSet<>();
  final Set<String> used = new LinkedHashSet<>();
  final Set<String> declaredGlobal = new LinkedHashSet<>();
  final Set<String> declaredNonlocal = new LinkedHashSet<>();
  final Map<String, org.pygen.syntax.Pos> nonlocalPositions = new LinkedHashMap<>();
  final List<String> params = new ArrayList<>();
  private final Map<String, BindingKind> bindings = new LinkedHashMap<>();
  private final Map<String, Integer> slots = new LinkedHashMap<>();
  private final List<String> freeNames = new ArrayList<>();
  private boolean generator;
  private int tempCounter;

  Scope(Kind kind, String name, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
  }

  public Kind kind() {
    return kind;
  }

  /** The function's name ({@code <module>}, {@code <lambda>}, {@code <genexpr>}...). */
  public String name() {
    return name;
  }

  public Scope parent() {
    return parent;
  }

  public boolean isFunction() {
    return kind == Kind.FUNCTION;
  }

  public boolean isClass() {
    return kind == Kind.CLASS;
  }

  /** True when the body contains yield or yield from (its own, not a nested function's). */
  public boolean isGenerator() {
    return generator;
  }

  void markGenerator() {
    generator = true;
  }

  /** How {@code name} is stored here; names the resolver never saw are global. */
  public BindingKind binding(String name) {
    if (isTemp(name)) {
      return BindingKind.LOCAL;
    }
    if (kind == Kind.MODULE) {
      return BindingKind.GLOBAL;
    }
    BindingKind k = bindings.get(name);
    if (k != null) {
      return k;
    }
    return kind == Kind.CLASS ? BindingKind.NAMESPACE : BindingKind.GLOBAL;
  }

  void bind(String name, BindingKind kind) {
    bindings.put(name, kind);
    if (kind == BindingKind.LOCAL || kind == BindingKind.CELL) {
      slot(name);
    }
  }

  boolean isLocalOrCell(String name) {
    BindingKind k = bindings.get(name);
    return k == BindingKind.LOCAL || k == BindingKind.CELL;
  }

  /** The slot of a local, cell or free variable, allocating one for a hidden temp. */
  public int slot(String name) {
    Integer s = slots.get(name);
    if (s == null) {
      s = slots.size();
      slots.put(name, s);
    }
    return s;
  }

  /** A fresh hidden local; its name cannot clash with an identifier. */
  public String newTemp() {
    String t = "$t" + tempCounter++;
    slot(t);
    return t;
  }

  static boolean isTemp(String name) {
    return name.startsWith("$");
  }

  /** The number of slots a frame of this scope needs (grows while temps are added). */
  public int slotCount() {
    return slots.size();
  }

  /** Names in slot order, for debugging and for tracebacks of unbound locals. */
  public List<String> slotNames() {
    return List.copyOf(slots.keySet());
  }

  /** The user-visible local variables (no temps, no cells shared from outside), in slot order. */
  public List<String> localNames() {
    List<String> names = new ArrayList<>();
    for (String n : slots.keySet()) {
      if (!isTemp(n) && !n.startsWith(".") && !freeNames.contains(n)) {
        names.add(n);
      }
    }
    return names;
  }

  /** Number of leading slots that are parameters. */
  public int paramCount() {
    return params.size();
  }

  /** Variables this scope receives from enclosing functions, in closure order. */
  public List<String> freeNames() {
    return freeNames;
  }

  void addFree(String name) {
    if (!freeNames.contains(name)) {
      freeNames.add(name);
    }
  }

  /** Own locals captured by nested functions: their slots hold cells from the start. */
  public List<String> ownCells() {
    List<String> cells = new ArrayList<>();
    for (Map.Entry<String, BindingKind> e : bindings.entrySet()) {
      if (e.getValue() == BindingKind.CELL && !freeNames.contains(e.getKey())) {
        cells.add(e.getKey());
      }
    }
    return cells;
  }

  @Override
  public String toString() {
    return kind + " " + name + " " + bindings;
  }
}
