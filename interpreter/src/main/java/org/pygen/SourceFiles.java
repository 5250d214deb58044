package org.pygen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads program files as CPython does: UTF-8, refusing bytes that are not with its error. */
final class SourceFiles {
  private SourceFiles() {}

  /**
   * The text of a UTF-8 source file.
   *
   * @throws PygenException a SyntaxError worded as CPython's when the file is not valid UTF-8
   * @throws UncheckedIOException when it cannot be read
   */
  static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(file, bytes, in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static PygenException notUtf8(Path file, byte[] bytes, int bad) {
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    String message =
        String.format(
            "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                + " declared; see https://peps.python.org/pep-0263/ for details",
            bytes[bad] & 0xff,
            file,
            line);
    return new PygenException(
        "SyntaxError",
        message,
        "SyntaxError: " + message + "\n",
        List.of(),
        List.of(new PygenException.Problem("SyntaxError", message, file.toString(), line, 1)));
  }
}
