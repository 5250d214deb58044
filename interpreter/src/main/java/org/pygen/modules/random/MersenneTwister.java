package org.pygen.modules.random;

import java.math.BigInteger;

/**
 * The MT19937 generator of Matsumoto and Nishimura, as CPython's {@code _random} module runs it:
 * the same seeding ({@code init_by_array}), the same 32-bit outputs, and CPython's ways of making
 * floats ({@code genrand_res53}) and k-bit ints from them, so a seed gives exactly CPython's
 * sequence.
 *
 * <p>Every public operation is synchronized: one generator may be shared by several script
 * threads (the module-level functions share one), and a draw must never see a half-regenerated
 * state. Nothing here runs script code, so holding the lock is always brief.
 */
final class MersenneTwister implements RandomBits {
  /** The number of 32-bit words of state. */
  static final int N = 624;

  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] state = new int[N];
  /** The next word of {@link #state} to temper and return; N means "regenerate first". */
  private int index = N;

  /** Seeds from an array of 32-bit words, as {@code init_by_array} does. */
  synchronized void seed(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      int previous = state[i - 1] ^ (state[i - 1] >>> 30);
      state[i] = (state[i] ^ (previous * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      int previous = state[i - 1] ^ (state[i - 1] >>> 30);
      state[i] = (state[i] ^ (previous * 1566083941)) - i;
      i++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
    }
    // The most significant bit is 1, so the state is never all zeros.
    state[0] = 0x80000000;
  }

  private void initGenrand(int seed) {
    state[0] = seed;
    for (int i = 1; i < N; i++) {
      state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** The next 32-bit output, as an unsigned value in an int. */
  synchronized int nextInt32() {
    if (index >= N) {
      regenerate();
    }
    int y = state[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  private void regenerate() {
    int kk = 0;
    for (; kk < N - M; kk++) {
      int y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
      state[kk] = state[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      int y = (state[kk] & UPPER_MASK) | (state[kk + 1] & LOWER_MASK);
      state[kk] = state[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    int y = (state[N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
    state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    index = 0;
  }

  /** A float in [0, 1) with 53 random bits: 27 bits from one output and 26 from the next. */
  @Override
  public synchronized double nextDouble() {
    int a = nextInt32() >>> 5;
    int b = nextInt32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /**
   * {@code k} random bits (0 <= k <= 63) as a non-negative long, filled from the least
   * significant 32-bit word up, the last word keeping only its top bits, as CPython does.
   */
  @Override
  public synchronized long nextBits(int k) {
    if (k == 0) {
      return 0;
    }
    if (k <= 32) {
      return Integer.toUnsignedLong(nextInt32()) >>> (32 - k);
    }
    long low = Integer.toUnsignedLong(nextInt32());
    long high = Integer.toUnsignedLong(nextInt32()) >>> (64 - k);
    return (high << 32) | low;
  }

  /** {@code k} random bits for any k >= 0, filled as {@link #nextBits} does. */
  @Override
  public synchronized BigInteger nextBigBits(int k) {
    if (k < 64) {
      return BigInteger.valueOf(nextBits(k));
    }
    int words = (k - 1) / 32 + 1;
    // Big-endian bytes for BigInteger, the most significant word first, plus a zero sign byte.
    byte[] bytes = new byte[words * 4 + 1];
    int remaining = k;
    for (int w = 0; w < words; w++, remaining -= 32) {
      int r = nextInt32();
      if (remaining < 32) {
        r >>>= 32 - remaining;
      }
      int at = bytes.length - 4 * (w + 1);
      bytes[at] = (byte) (r >>> 24);
      bytes[at + 1] = (byte) (r >>> 16);
      bytes[at + 2] = (byte) (r >>> 8);
      bytes[at + 3] = (byte) r;
    }
    return new BigInteger(bytes);
  }

  /** The state words (unsigned) followed by the position, as {@code getstate} reports them. */
  synchronized long[] state() {
    long[] result = new long[N + 1];
    for (int i = 0; i < N; i++) {
      result[i] = Integer.toUnsignedLong(state[i]);
    }
    result[N] = index;
    return result;
  }

  /** Restores what {@link #state} returned; the caller has validated the values. */
  synchronized void restore(int[] words, int position) {
    System.arraycopy(words, 0, state, 0, N);
    index = position;
  }
}
