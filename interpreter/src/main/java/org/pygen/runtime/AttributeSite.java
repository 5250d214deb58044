package org.pygen.runtime;

/**
 * One {@code obj.name} in the program, read or written, with an inline cache for instances of
 * user classes. Most such accesses find the name in the instance dict and nowhere in the class
 * ({@code self.count}); the site remembers that the class has no attribute of that name for the
 * last class it saw, at the current class epoch, so only the dict is searched. Everything else
 * (properties, descriptors, methods, custom {@code __getattribute__}) takes the general path.
 */
public final class AttributeSite {
  private final String name;
  /** False for names the generic protocol treats specially on instances. */
  private final boolean plainName;
  /** Racy but benign: any thread's store is a complete, valid entry. */
  private ClassEntry cached;

  /** What the class's MRO defines for the name (null: nothing) at a class epoch. */
  private record ClassEntry(PyClass cls, long epoch, Object classAttribute) {}

  public AttributeSite(String name) {
    this.name = name;
    this.plainName = !name.equals("__class__") && !name.equals("__dict__");
  }

  public String name() {
    return name;
  }

  /** {@code obj.name}. */
  public Object get(ThreadState ts, Object obj) {
    if (plainName && obj instanceof PyInstance inst) {
      PyClass cls = inst.pyClass();
      if (!cls.hasCustomGetattribute() && classAttribute(cls) == null) {
        Object v = inst.dict().getOrNull(name);
        if (v != null) {
          return v;
        }
      }
    }
    return Ops.getAttr(ts, obj, name);
  }

  /** {@code obj.name = value}. */
  public void set(ThreadState ts, Object obj, Object value) {
    if (plainName && obj instanceof PyInstance inst) {
      PyClass cls = inst.pyClass();
      if (!cls.hasCustomSetattr() && classAttribute(cls) == null) {
        inst.dict().put(name, value);
        return;
      }
    }
    Ops.setAttr(ts, obj, name, value);
  }

  private Object classAttribute(PyClass cls) {
    long epoch = cls.runtime().classEpoch();
    ClassEntry e = cached;
    if (e != null && e.cls() == cls && e.epoch() == epoch) {
      return e.classAttribute();
    }
    Object attr = cls.lookup(name);
    cached = new ClassEntry(cls, epoch, attr);
    return attr;
  }
}
