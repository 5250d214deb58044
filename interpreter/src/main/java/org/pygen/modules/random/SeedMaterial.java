package org.pygen.modules.random;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;

/**
 * Turns the argument of {@code seed()} into the key words {@link MersenneTwister#seed} takes,
 * exactly as CPython 3.11 does, so that equal seeds give CPython's sequences:
 *
 * <ul>
 *   <li>an int: its absolute value, split into 32-bit words from the least significant up;
 *   <li>a str or bytes (version 2, the default): the int whose big-endian bytes are the bytes
 *       (a str's UTF-8) followed by their SHA-512 digest;
 *   <li>a str or bytes with version 1: the old 64-bit string hash of Python 2;
 *   <li>None: 624 words of operating-system entropy;
 *   <li>a float (or a str with another version): its hash, as an unsigned 64-bit int.
 * </ul>
 */
final class SeedMaterial {
  private static final BigInteger MASK_32 = BigInteger.valueOf(0xffffffffL);

  private SeedMaterial() {}

  /** The key words for {@code seed(a, version)}; TypeError for an unsupported seed type. */
  static int[] keyFor(Object seed, Object version) {
    boolean text = seed instanceof String || seed instanceof PyBytes;
    if (text && isVersion(version, 1)) {
      return words(BigInteger.valueOf(versionOneHash(codePoints(seed))).and(unsigned64()));
    }
    if (text && isVersion(version, 2)) {
      byte[] bytes = seed instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
          : ((PyBytes) seed).toArray();
      byte[] digest = sha512(bytes);
      byte[] all = new byte[bytes.length + digest.length];
      System.arraycopy(bytes, 0, all, 0, bytes.length);
      System.arraycopy(digest, 0, all, bytes.length, digest.length);
      return words(new BigInteger(1, all));
    }
    if (seed == PyNone.NONE) {
      return entropy();
    }
    if (Numbers.isInt(seed)) {
      return words(Numbers.toBig(seed).abs());
    }
    if (seed instanceof Double || text) {
      // CPython seeds with the hash, cast to an unsigned C size_t.
      return words(BigInteger.valueOf(Ops.hash(seed)).and(unsigned64()));
    }
    throw PyException.typeError(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }

  /** {@code version == wanted}, compared as Python compares (so 2.0 counts as 2). */
  private static boolean isVersion(Object version, long wanted) {
    return Ops.eq(version, wanted);
  }

  private static BigInteger unsigned64() {
    return BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  }

  /** A non-negative int as 32-bit words, least significant first; zero is one zero word. */
  static int[] words(BigInteger n) {
    int count = Math.max(1, (n.bitLength() + 31) / 32);
    int[] key = new int[count];
    for (int i = 0; i < count; i++) {
      key[i] = n.shiftRight(32 * i).and(MASK_32).intValue();
    }
    return key;
  }

  /** The code points of a str, or the bytes of a bytes read as Latin-1. */
  private static int[] codePoints(Object seed) {
    if (seed instanceof String s) {
      return s.codePoints().toArray();
    }
    byte[] bytes = ((PyBytes) seed).toArray();
    int[] points = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      points[i] = bytes[i] & 0xff;
    }
    return points;
  }

  /** Python 2's string hash, computed modulo 2**64 as random.seed(version=1) does. */
  private static long versionOneHash(int[] points) {
    long x = points.length == 0 ? 0 : (long) points[0] << 7;
    for (int c : points) {
      x = (1000003 * x) ^ c;
    }
    return x ^ points.length;
  }

  private static byte[] sha512(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-512").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-512", e);
    }
  }

  /** A full state's worth of words from the operating system, as CPython seeds by default. */
  static int[] entropy() {
    SecureRandom source = new SecureRandom();
    int[] key = new int[MersenneTwister.N];
    for (int i = 0; i < key.length; i++) {
      key[i] = source.nextInt();
    }
    return key;
  }
}
