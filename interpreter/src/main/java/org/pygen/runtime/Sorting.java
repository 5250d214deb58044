package org.pygen.runtime;

/**
 * A stable merge sort driven only by Python's {@code <}, as CPython's list.sort is. Written here
 * rather than using java.util's TimSort because that throws IllegalArgumentException on
 * inconsistent comparisons (NaNs, odd user {@code __lt__}), which must never reach a script.
 */
final class Sorting {
  private static final int INSERTION_LIMIT = 24;

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
    Object[] keys;
    if (key == null || key == PyNone.NONE) {
      keys = items.clone();
    } else {
      keys = new Object[n];
      for (int i = 0; i < n; i++) {
        keys[i] = Ops.call(ts, key, new Object[] {items[i]}, null);
      }
    }
    Object[] keyTmp = new Object[n];
    Object[] itemTmp = new Object[n];
    mergeSort(keys, items, keyTmp, itemTmp, 0, n, reverse);
  }

  /** Whether {@code a} must come before {@code b}, i.e. strictly before in the sort order. */
  private static boolean before(Object a, Object b, boolean reverse) {
    return reverse ? Ops.lt(b, a) : Ops.lt(a, b);
  }

  private static void mergeSort(
      Object[] keys, Object[] items, Object[] keyTmp, Object[] itemTmp, int lo, int hi,
      boolean reverse) {
    if (hi - lo <= INSERTION_LIMIT) {
      insertionSort(keys, items, lo, hi, reverse);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(keys, items, keyTmp, itemTmp, lo, mid, reverse);
    mergeSort(keys, items, keyTmp, itemTmp, mid, hi, reverse);
    if (!before(keys[mid], keys[mid - 1], reverse)) {
      return; // already in order
    }
    System.arraycopy(keys, lo, keyTmp, lo, hi - lo);
    System.arraycopy(items, lo, itemTmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      // Take from the right only when strictly smaller: that keeps the sort stable.
      if (before(keyTmp[j], keyTmp[i], reverse)) {
        keys[k] = keyTmp[j];
        items[k++] = itemTmp[j++];
      } else {
        keys[k] = keyTmp[i];
        items[k++] = itemTmp[i++];
      }
    }
    while (i < mid) {
      keys[k] = keyTmp[i];
      items[k++] = itemTmp[i++];
    }
    while (j < hi) {
      keys[k] = keyTmp[j];
      items[k++] = itemTmp[j++];
    }
  }

  private static void insertionSort(
      Object[] keys, Object[] items, int lo, int hi, boolean reverse) {
    for (int i = lo + 1; i < hi; i++) {
      Object k = keys[i];
      Object v = items[i];
      // Binary search for the first position whose key is strictly after k.
      int left = lo;
      int right = i;
      while (left < right) {
        int mid = (left + right) >>> 1;
        if (before(k, keys[mid], reverse)) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      System.arraycopy(keys, left, keys, left + 1, i - left);
      System.arraycopy(items, left, items, left + 1, i - left);
      keys[left] = k;
      items[left] = v;
    }
  }
}
