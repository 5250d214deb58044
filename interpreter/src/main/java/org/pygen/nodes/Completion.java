package org.pygen.nodes;

/** How a statement finished. */
public final class Completion {
  public static final int NORMAL = 0;
  public static final int BREAK = 1;
  public static final int CONTINUE = 2;
  /** The value is in {@code Frame.returnValue}. */
  public static final int RETURN = 3;
  /** A generator suspended; the value is in {@code Frame.yielded}. */
  public static final int YIELD = 4;

  private Completion() {}
}
