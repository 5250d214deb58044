package org.pygen.modules.random;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The draws of {@code random.SystemRandom}, from the operating system's entropy as CPython's
 * {@code os.urandom}: a float from 7 bytes (the top 53 of their 56 bits), k bits from the fewest
 * whole bytes, keeping their top k bits. There is no state to seed, save or restore.
 */
final class SystemRandomBits implements RandomBits {
  private final SecureRandom source = new SecureRandom();

  /** {@code n} bytes of entropy, as {@code os.urandom(n)}. */
  byte[] bytes(int n) {
    byte[] b = new byte[n];
    source.nextBytes(b);
    return b;
  }

  @Override
  public double nextDouble() {
    return (new BigInteger(1, bytes(7)).longValue() >>> 3) * 0x1p-53;
  }

  @Override
  public long nextBits(int k) {
    return nextBigBits(k).longValue();
  }

  @Override
  public BigInteger nextBigBits(int k) {
    int count = (k + 7) / 8;
    return new BigInteger(1, bytes(count)).shiftRight(count * 8 - k);
  }
}
