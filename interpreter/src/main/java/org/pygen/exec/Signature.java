package org.pygen.exec;

/**
 * The parameters of a function, in frame-slot order: {@code positionalCount} positional ones (the
 * first {@code posOnlyCount} of them positional-only), then {@code kwOnlyCount} keyword-only ones,
 * then {@code *args} if present, then {@code **kwargs} if present.
 */
public record Signature(
    String[] names, int posOnlyCount, int positionalCount, int kwOnlyCount, boolean hasVarArg,
    boolean hasKwArg) {

  /** Number of slots the parameters occupy. */
  public int slotCount() {
    return positionalCount + kwOnlyCount + (hasVarArg ? 1 : 0) + (hasKwArg ? 1 : 0);
  }

  /** True when a call with exactly {@code positionalCount} positional arguments binds directly. */
  public boolean isSimple() {
    return kwOnlyCount == 0 && !hasVarArg && !hasKwArg;
  }
}
