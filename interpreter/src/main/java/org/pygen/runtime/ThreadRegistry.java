package org.pygen.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM threads a runtime started for {@code threading.Thread}, so it can wait for them, and
 * the limit on how many may run at once.
 */
public final class ThreadRegistry {
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();
  // Guarded by this: a check and its registration must be one step, or two threads starting at
  // once could both pass the limit.
  private int running;
  private int maxThreads;

  /** How many script threads may run at once; 0, the default, forbids starting any. */
  public synchronized void setMaxThreads(int maxThreads) {
    if (maxThreads < 0) {
      throw new IllegalArgumentException("maxThreads must not be negative: " + maxThreads);
    }
    this.maxThreads = maxThreads;
  }

  /**
   * Registers {@code t}, about to be started, if the limit allows another running thread.
   *
   * @return false, registering nothing, when as many threads as allowed are already running
   */
  public synchronized boolean tryStart(Thread t) {
    if (running >= maxThreads) {
      return false;
    }
    running++;
    live.add(t);
    return true;
  }

  /** Unregisters {@code t}: its script code has ended, or it could not be started after all. */
  public synchronized void finished(Thread t) {
    if (live.remove(t)) {
      running--;
    }
  }

  /**
   * How many script threads are running: started, or registered and about to start, and not yet
   * finished with their script code.
   */
  public int liveCount() {
    return live.size();
  }

  /**
   * Waits until every non-daemon thread started here has finished, as CPython does at exit. A
   * thread registered but not started yet is waited for too: otherwise a thread that another one
   * is just starting could be missed.
   */
  public void joinNonDaemon() throws InterruptedException {
    while (true) {
      Thread next = null;
      for (Thread t : live) {
        if (!t.isDaemon()) {
          next = t;
          break;
        }
      }
      if (next == null) {
        return;
      }
      if (next.isAlive()) {
        next.join();
      } else {
        Thread.sleep(1); // registered, start() not called yet
      }
    }
  }
}
