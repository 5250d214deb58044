package org.pygen.exec;

import java.util.List;
import org.pygen.nodes.StmtNode;

/**
 * The compiled, immutable form of a function body (or a module's): its executable nodes and what
 * a frame for it needs. Shared by every function object made from the same {@code def}.
 */
public final class Code {
  private final String name;
  private final String qualname;
  private final String fileName;
  private final List<String> lines;
  private final int firstLine;
  private final StmtNode body;
  private final int slotCount;
  private final int resumeSlots;
  private final boolean generator;
  private final Signature signature;
  private final int[] ownCellSlots;
  private final int[] freeSlots;
  private final List<String> localNames;
  private final boolean hasCleanup;
  private final String docstring;
  /**
   * The number of positional arguments a call can bind straight into the first slots (no
   * defaults, keywords, star parameters or cells to fill in), or -1 when binding needs work.
   */
  private final int directArity;
  private CodeView view;

  public Code(
      String name,
      String qualname,
      String fileName,
      List<String> lines,
      int firstLine,
      StmtNode body,
      int slotCount,
      int resumeSlots,
      boolean generator,
      Signature signature,
      int[] ownCellSlots,
      int[] freeSlots,
      List<String> localNames,
      boolean hasCleanup,
      String docstring) {
    this.name = name;
    this.qualname = qualname;
    this.fileName = fileName;
    this.lines = lines;
    this.firstLine = firstLine;
    this.body = body;
    this.slotCount = slotCount;
    this.resumeSlots = resumeSlots;
    this.generator = generator;
    this.signature = signature;
    this.ownCellSlots = ownCellSlots;
    this.freeSlots = freeSlots;
    this.localNames = List.copyOf(localNames);
    this.hasCleanup = hasCleanup;
    this.docstring = docstring;
    this.directArity =
        signature.isSimple() && ownCellSlots.length == 0 && freeSlots.length == 0
            ? signature.positionalCount()
            : -1;
  }

  /** See {@link #directArity}: a call with this many positional arguments needs no binder. */
  public int directArity() {
    return directArity;
  }

  /** The body's docstring (its first statement, when a string literal), or null. */
  public String docstring() {
    return docstring;
  }

  /**
   * True for a generator that can suspend inside a try or with statement: closing it runs code,
   * so an unfinished one must be closed when it is collected or the interpreter closes.
   */
  public boolean hasCleanup() {
    return hasCleanup;
  }

  /** The names of the function's local variables (CPython's co_varnames), for suggestions. */
  public List<String> localNames() {
    return localNames;
  }

  public String name() {
    return name;
  }

  /** The dotted path to the definition, {@code outer.<locals>.inner}, as error messages use. */
  public String qualname() {
    return qualname;
  }

  public String fileName() {
    return fileName;
  }

  public int firstLine() {
    return firstLine;
  }

  public StmtNode body() {
    return body;
  }

  public int slotCount() {
    return slotCount;
  }

  public int resumeSlots() {
    return resumeSlots;
  }

  public boolean isGenerator() {
    return generator;
  }

  public Signature signature() {
    return signature;
  }

  /** Slots of locals captured by nested functions: each gets a fresh cell on entry. */
  public int[] ownCellSlots() {
    return ownCellSlots;
  }

  /** Slots receiving the function's closure cells, in closure order. */
  public int[] freeSlots() {
    return freeSlots;
  }

  /** The code object scripts see ({@code __code__}, {@code gi_code}); always the same one. */
  synchronized CodeView view() {
    if (view == null) {
      view = new CodeView(this);
    }
    return view;
  }

  /** The text of a source line (1-based), or null when unknown. */
  public String sourceLine(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
  }
}
