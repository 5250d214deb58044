package org.pygen.syntax;

import java.util.List;

/**
 * The parameter list of a def or lambda: positional-only parameters (before {@code /}), ordinary
 * ones, {@code *args}, keyword-only ones and {@code **kwargs}. {@code varArg} and {@code kwArg} are
 * null when absent.
 */
public record Params(
    List<Param> posOnly, List<Param> args, Param varArg, List<Param> kwOnly, Param kwArg) {

  /** One parameter; {@code defaultValue} is null when it has none. */
  public record Param(Pos pos, String name, Expr defaultValue) {}

  public static Params empty() {
    return new Params(List.of(), List.of(), null, List.of(), null);
  }
}
