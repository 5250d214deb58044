package org.pygen.modules;

import org.pygen.runtime.ThreadState;

/**
 * What {@code threading.Condition} needs of its lock beyond acquire and release: whether the
 * calling thread may wait on it, and how to give it up entirely and take it back around a wait
 * (an RLock held several times is released and restored with its count, as in CPython).
 */
interface ConditionLock {
  /** Whether the calling thread holds the lock (for a plain Lock: whether anyone holds it). */
  boolean isOwned();

  /** Releases the lock completely; returns what {@link #acquireRestore} needs to undo it. */
  long releaseSave();

  /** Blocks (stoppably) until the lock is taken back in the state {@code saved} describes. */
  void acquireRestore(ThreadState ts, long saved);
}
