package org.pygen.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The box holding one name of a {@link Namespace} (a module's globals, or the builtins). A name's cell never changes once made (an
 * unbound name is a cell holding Java null), so the nodes that read and write a global keep the
 * cell and reach the value with one field read instead of a hash lookup.
 *
 * <p>The value is read with acquire and written with release semantics: a thread that sees a
 * global another thread stored also sees the object fully built, and a loop waiting on a global
 * flag sees it change. On x86 both are plain moves.
 */
public final class NameCell {
  private static final VarHandle VALUE;

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(NameCell.class, "value", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Namespace owner;
  private final String name;
  /** The builtins' cell of the same name, read when this one is unbound; null in the builtins. */
  private final NameCell builtin;

  @SuppressWarnings("unused") // reached through VALUE
  private Object value;

  /** When the name was last bound, so the namespace lists names in binding order, as CPython. */
  private volatile long bindOrder;

  NameCell(Namespace owner, String name, NameCell builtin) {
    this.owner = owner;
    this.name = name;
    this.builtin = builtin;
  }

  /** The namespace this cell belongs to: a node's cached cell is valid only for that one. */
  public Namespace owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  /** The value, or Java null when the name is unbound. */
  public Object get() {
    return VALUE.getAcquire(this);
  }

  /** The value, else the builtin of the same name, else Java null. */
  public Object lookup() {
    Object v = VALUE.getAcquire(this);
    if (v == null && builtin != null) {
      v = builtin.get();
    }
    return v;
  }

  public void set(Object v) {
    if (VALUE.getAcquire(this) == null) {
      bindOrder = owner.nextBindOrder();
    }
    VALUE.setRelease(this, v);
  }

  /** Unbinds the name; returns the value it had, or null when it was not bound. */
  public Object clear() {
    return VALUE.getAndSet(this, (Object) null);
  }

  long bindOrder() {
    return bindOrder;
  }
}
