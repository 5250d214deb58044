package org.pygen.nodes;

import org.pygen.exec.Frame;

/** Something a value can be assigned to or deleted: a name, attribute, subscript or unpacking. */
public abstract class TargetNode {
  public abstract void assign(Frame f, Object value);

  public abstract void delete(Frame f);
}
