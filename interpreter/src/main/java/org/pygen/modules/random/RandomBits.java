package org.pygen.modules.random;

import java.math.BigInteger;

/**
 * Where a {@code Random} gets its randomness: the seeded Mersenne Twister of {@code
 * random.Random}, or the operating system's entropy for {@code random.SystemRandom}. Every
 * method of the generator is built on these three draws, as in CPython, where a subclass that
 * overrides {@code random()} and {@code getrandbits()} changes every method.
 */
interface RandomBits {
  /** A float in [0, 1) with 53 random bits. */
  double nextDouble();

  /** {@code k} random bits, 0 <= k <= 63. */
  long nextBits(int k);

  /** {@code k} random bits, any k >= 0. */
  BigInteger nextBigBits(int k);
}
