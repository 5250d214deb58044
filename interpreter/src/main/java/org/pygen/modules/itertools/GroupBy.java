package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code groupby(iterable, key=None)}: {@code (key, group)} pairs for each run of items with equal
 * keys. The groups ({@link Grouper}) read the same source as the groupby itself, one item at a
 * time; advancing the groupby abandons the current group, which then yields nothing more, as in
 * CPython.
 */
final class GroupBy extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("groupby", GroupBy::create);

  private final PyIterator source;

  /** Null for the identity key. */
  private final Object keyFunction;

  /** The key of the group handed out last; null before the first. */
  private Object targetKey;

  /**
   * The last item read and its key, while no group has returned it yet; null otherwise. One field,
   * not two, so that a thread never sees a key without its item.
   */
  private Item current;

  /** The only group still allowed to yield. */
  private Grouper currentGroup;

  private record Item(Object key, Object value) {}

  private GroupBy(PyIterator source, Object keyFunction) {
    super(TYPE);
    this.source = source;
    this.keyFunction = keyFunction;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("groupby", args, kwNames, 2, 1, "iterable", "key");
    PyIterator source = Ops.iter(ts, a[0]);
    return new GroupBy(source, a[1] == null || a[1] == PyNone.NONE ? null : a[1]);
  }

  @Override
  public Object next(ThreadState ts) {
    currentGroup = null;
    // Skip what is left of the previous group.
    Item item = current;
    while (true) {
      if (item != null) {
        Object target = targetKey;
        if (target == null || !Ops.eq(target, item.key)) {
          break;
        }
      }
      item = step(ts);
      if (item == null) {
        return DONE;
      }
    }
    targetKey = item.key;
    Grouper group = new Grouper(this, item.key);
    currentGroup = group;
    return PyTuple.of(item.key, group);
  }

  /** Reads one item and its key into {@link #current}; null at the end of the source. */
  private Item step(ThreadState ts) {
    Object value = source.next(ts);
    if (value == DONE) {
      return null;
    }
    Object key =
        keyFunction == null ? value : Ops.call(ts, keyFunction, new Object[] {value}, null);
    Item item = new Item(key, value);
    current = item;
    return item;
  }

  /** The next item of {@code group}, or DONE once the group has ended or been abandoned. */
  Object nextInGroup(ThreadState ts, Grouper group, Object groupKey) {
    if (currentGroup != group) {
      return DONE;
    }
    Item item = current;
    if (item == null) {
      item = step(ts);
      if (item == null) {
        return DONE;
      }
    }
    if (!Ops.eq(groupKey, item.key)) {
      return DONE;
    }
    current = null;
    return item.value;
  }
}
