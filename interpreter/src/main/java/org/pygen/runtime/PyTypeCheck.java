package org.pygen.runtime;

/**
 * What {@code isinstance} and {@code issubclass} ask of a class object. Built-in types implement
 * it; the class system's classes can too, and the builtins will then accept them.
 */
public interface PyTypeCheck {
  /** Whether {@code obj} is an instance of this class or of a subclass. */
  boolean instanceCheck(Object obj);

  /** Whether the class {@code cls} is this class or derives from it. */
  boolean subclassCheck(Object cls);
}
