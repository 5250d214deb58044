package org.pygen.conformance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the Python code blocks of a tutorial document. The rules (which fences count, how a block
 * is named, which blocks need a driver) are the same as in {@code scripts/regen-expected}, which
 * generates the expected outputs: change both together.
 */
final class TutorialBlocks {
  private static final Pattern OPENING_FENCE = Pattern.compile("```(python|python3)[ \t\r]*");
  private static final Pattern CLOSING_FENCE = Pattern.compile("```[ \t\r]*");

  private TutorialBlocks() {}

  /** One fenced Python block, its text exactly as written in the document. */
  record CodeBlock(String documentName, int index, String text) {
    /** The first 12 hex digits of the SHA-256 of the text: names the block's driver. */
    String hash() {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    /**
     * The stable name of the block's expected output: document name without extension, block index
     * (two digits) and hash, e.g. {@code 000_204f41634db2073a-03-95cd0a0ad3aa}. A changed block
     * gets a new name, so a stale expectation is never used for it.
     */
    String id() {
      int dot = documentName.lastIndexOf('.');
      String stem = dot > 0 ? documentName.substring(0, dot) : documentName;
      return String.format("%s-%02d-%s", stem, index, hash());
    }

    /**
     * Whether every top-level statement is a {@code def} (or a decorator): such a block prints
     * nothing on its own, so it is checked together with a driver that calls its functions.
     */
    boolean definesOnly() {
      List<String> statements = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank()
            && !line.startsWith(" ")
            && !line.startsWith("\t")
            && !line.startsWith("#")) {
          statements.add(line);
        }
      }
      return !statements.isEmpty()
          && statements.stream().allMatch(s -> s.startsWith("def ") || s.startsWith("@"));
    }

    /**
     * Whether the block uses threads: its output interleaves differently from run to run, so only
     * the multiset of its characters is compared.
     */
    boolean usesThreads() {
      return text.contains("threading");
    }

    /** The first line, to recognise the block by in test names and messages. */
    String firstLine() {
      int end = text.indexOf('\n');
      return end < 0 ? text : text.substring(0, end);
    }
  }

  /**
   * Returns the blocks opened by a line of exactly {@code ```python} or {@code ```python3}
   * (trailing blanks allowed) and closed by a line of exactly {@code ```}, in document order.
   *
   * @throws IllegalArgumentException if a block is never closed
   */
  static List<CodeBlock> extract(String documentName, String document) {
    List<CodeBlock> blocks = new ArrayList<>();
    StringBuilder body = null;
    for (String line : document.split("\n", -1)) {
      if (body == null && OPENING_FENCE.matcher(line).matches()) {
        body = new StringBuilder();
      } else if (body != null && CLOSING_FENCE.matcher(line).matches()) {
        blocks.add(new CodeBlock(documentName, blocks.size(), body.toString()));
        body = null;
      } else if (body != null) {
        body.append(line).append('\n');
      }
    }
    if (body != null) {
      throw new IllegalArgumentException(documentName + ": a python block is never closed");
    }
    return blocks;
  }
}
