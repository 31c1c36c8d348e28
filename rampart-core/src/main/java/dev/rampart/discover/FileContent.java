package dev.rampart.discover;

import dev.rampart.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text, or says why it is not text. Byte-order marks are honoured (UTF-8
 * and UTF-16); otherwise a NUL byte near the start marks a binary file, and text is read as UTF-8
 * with invalid sequences replaced, so a stray Latin-1 byte never stops a scan.
 */
public final class FileContent {
  /** How far into a file to look for a NUL byte, as git does. */
  public static final int BINARY_SNIFF_BYTES = 8000;

  private FileContent() {}

  /** The text of {@code bytes}, or empty when they are binary. */
  public static Optional<SourceText> decode(String path, byte[] bytes) {
    int length = bytes.length;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return Optional.of(
          new SourceText(path, new String(bytes, 3, length - 3, StandardCharsets.UTF_8)));
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return Optional.of(
          new SourceText(path, new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE)));
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return Optional.of(
          new SourceText(path, new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE)));
    }
    int sniff = Math.min(length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new SourceText(path, new String(bytes, StandardCharsets.UTF_8)));
  }
}
