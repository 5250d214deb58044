package org.pygen.runtime;

/**
 * A stable sort driven only by Python's {@code <}, shaped as CPython's list.sort (timsort) is,
 * so that even inconsistent comparisons (NaNs, odd user {@code __lt__}) give CPython's order on
 * short lists. Written here rather than using java.util's TimSort because that throws
 * IllegalArgumentException on inconsistent comparisons, which must never reach a script.
 *
 * <p>As in CPython: {@code reverse=True} reverses the list, sorts it ascending and reverses it
 * back, which keeps equal items in their original order; the list is cut into natural runs
 * (ascending, or strictly descending and then reversed), each extended to a minimum length by
 * binary insertion; runs are then merged. Sorting data already sorted either way round is
 * linear. The merges do not gallop as CPython's do, which can only change the outcome when
 * comparisons are inconsistent.
 */
final class Sorting {
  private Sorting() {}

  /**
   * Sorts {@code items} in place, comparing {@code key(item)} when {@code key} is not None, in
   * descending order when {@code reverse}; equal items keep their order either way.
   */
  static void sort(ThreadState ts, Object[] items, Object key, boolean reverse) {
    int n = items.length;
    if (n < 2) {
      return;
    }
    // Without a key function the items are their own keys and move alone (values == null).
    Object[] keys = items;
    Object[] values = null;
    if (key != null && key != PyNone.NONE) {
      keys = new Object[n];
      for (int i = 0; i < n; i++) {
        keys[i] = Ops.call(ts, key, new Object[] {items[i]}, null);
      }
      values = items;
    }
    if (reverse) {
      reverse(keys, values, 0, n);
    }
    sortAscending(keys, values);
    if (reverse) {
      reverse(keys, values, 0, n);
    }
  }

  private static void sortAscending(Object[] keys, Object[] values) {
    int n = keys.length;
    int minRun = minRun(n);
    // Start and end of each run, in order.
    int[] bounds = new int[n / minRun + 2];
    int runs = 0;
    for (int lo = 0; lo < n; ) {
      int run = countRun(keys, values, lo, n);
      if (run < minRun) {
        int forced = Math.min(minRun, n - lo);
        binaryInsertionSort(keys, values, lo, lo + forced, lo + run);
        run = forced;
      }
      bounds[runs++] = lo;
      lo += run;
    }
    bounds[runs] = n;
    if (runs == 1) {
      return;
    }
    Object[] keyTmp = new Object[n];
    Object[] valueTmp = values == null ? null : new Object[n];
    // Merge neighbouring runs pairwise until one is left; merging neighbours keeps it stable.
    while (runs > 1) {
      int merged = 0;
      for (int r = 0; r < runs; r += 2) {
        if (r + 1 < runs) {
          merge(keys, values, keyTmp, valueTmp, bounds[r], bounds[r + 1], bounds[r + 2]);
        }
        bounds[merged++] = bounds[r];
      }
      bounds[merged] = n;
      runs = merged;
    }
  }

  /** CPython's merge_compute_minrun: a run length between 32 and 64 (n itself below 64). */
  private static int minRun(int n) {
    int r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  /**
   * The length of the run starting at lo: non-descending, or strictly descending (then reversed
   * in place, which keeps the sort stable as no two of its items are equal).
   */
  private static int countRun(Object[] keys, Object[] values, int lo, int hi) {
    int i = lo + 1;
    if (i == hi) {
      return 1;
    }
    if (Ops.lt(keys[i], keys[lo])) {
      for (i++; i < hi && Ops.lt(keys[i], keys[i - 1]); i++) {
        // still descending
      }
      reverse(keys, values, lo, i);
    } else {
      for (i++; i < hi && !Ops.lt(keys[i], keys[i - 1]); i++) {
        // still ascending
      }
    }
    return i - lo;
  }

  private static void reverse(Object[] keys, Object[] values, int lo, int hi) {
    for (int i = lo, j = hi - 1; i < j; i++, j--) {
      Object k = keys[i];
      keys[i] = keys[j];
      keys[j] = k;
      if (values != null) {
        Object v = values[i];
        values[i] = values[j];
        values[j] = v;
      }
    }
  }

  /** Merges the sorted neighbours keys[lo:mid] and keys[mid:hi], values moving alongside. */
  private static void merge(Object[] keys, Object[] values, Object[] keyTmp, Object[] valueTmp,
      int lo, int mid, int hi) {
    if (!Ops.lt(keys[mid], keys[mid - 1])) {
      return; // already in order
    }
    System.arraycopy(keys, lo, keyTmp, lo, hi - lo);
    if (values != null) {
      System.arraycopy(values, lo, valueTmp, lo, hi - lo);
    }
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      // Take from the right only when strictly smaller: that keeps the sort stable.
      int from = i < mid && (j >= hi || !Ops.lt(keyTmp[j], keyTmp[i])) ? i++ : j++;
      keys[k] = keyTmp[from];
      if (values != null) {
        values[k] = valueTmp[from];
      }
    }
  }

  /** Sorts keys[lo:hi] whose first part keys[lo:start] is sorted, as CPython's binarysort. */
  private static void binaryInsertionSort(
      Object[] keys, Object[] values, int lo, int hi, int start) {
    for (int i = start; i < hi; i++) {
      Object k = keys[i];
      // Binary search for the first position whose key is strictly after k.
      int left = lo;
      int right = i;
      while (left < right) {
        int mid = (left + right) >>> 1;
        if (Ops.lt(k, keys[mid])) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      System.arraycopy(keys, left, keys, left + 1, i - left);
      keys[left] = k;
      if (values != null) {
        Object v = values[i];
        System.arraycopy(values, left, values, left + 1, i - left);
        values[left] = v;
      }
    }
  }
}
