package org.pygen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests that send SIGINT to a child pygen: a background job ignores it. */
final class SigintCheck {
  private SigintCheck() {}

  /** Whether the process ignores SIGINT (bit 2 of SigIgn in /proc); true when unknown. */
  static boolean ignoresSigint(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("SigIgn:")) {
          long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
          return (mask & (1L << 1)) != 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return true;
    }
    return true;
  }
}
