package org.pygen.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The JVM threads a runtime started for {@code threading.Thread}, so it can wait for them. */
public final class ThreadRegistry {
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();

  public void started(Thread t) {
    live.add(t);
  }

  public void finished(Thread t) {
    live.remove(t);
  }

  /** How many started threads are still running. */
  public int liveCount() {
    int n = 0;
    for (Thread t : live) {
      if (t.isAlive()) {
        n++;
      }
    }
    return n;
  }

  /** Waits until every non-daemon thread started here has finished, as CPython does at exit. */
  public void joinNonDaemon() throws InterruptedException {
    while (true) {
      Thread next = null;
      for (Thread t : live) {
        if (!t.isDaemon() && t.isAlive()) {
          next = t;
          break;
        }
      }
      if (next == null) {
        return;
      }
      next.join();
    }
  }
}
