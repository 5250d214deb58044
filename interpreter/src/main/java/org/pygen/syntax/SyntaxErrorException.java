package org.pygen.syntax;

import java.util.List;

/**
 * Thrown when a source file does not parse or resolve. Carries every problem found, in source
 * order; {@link #getMessage()} is the first one formatted as CPython 3.11 prints it.
 */
public final class SyntaxErrorException extends RuntimeException {
  private final String fileName;
  private final List<SyntaxProblem> problems;

  public SyntaxErrorException(String fileName, List<SyntaxProblem> problems) {
    super(null, null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
  }

  public String fileName() {
    return fileName;
  }

  public List<SyntaxProblem> problems() {
    return problems;
  }

  public SyntaxProblem first() {
    return problems.get(0);
  }

  @Override
  public String getMessage() {
    return SyntaxErrorFormatter.format(fileName, first());
  }
}
