package dev.rampart.format.ssh;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads SSH wire encoding (RFC 4251: {@code uint32} lengths before strings and mpints), checking
 * every length against what is left, so a truncated or forged blob is an empty answer, never an
 * exception or a huge allocation.
 */
final class SshWire {
  private final byte[] bytes;
  private int at;

  SshWire(byte[] bytes, int from) {
    this.bytes = bytes;
    this.at = from;
  }

  Optional<Integer> uint32() {
    if (bytes.length - at < 4) {
      return Optional.empty();
    }
    long value =
        ((bytes[at] & 0xFFL) << 24)
            | ((bytes[at + 1] & 0xFFL) << 16)
            | ((bytes[at + 2] & 0xFFL) << 8)
            | (bytes[at + 3] & 0xFFL);
    at += 4;
    return value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) value);
  }

  Optional<byte[]> string() {
    Optional<Integer> length = uint32();
    if (length.isEmpty() || length.get() > bytes.length - at) {
      return Optional.empty();
    }
    byte[] value = Arrays.copyOfRange(bytes, at, at + length.get());
    at += length.get();
    return Optional.of(value);
  }

  /** A short ASCII string, such as a cipher or key type name. */
  Optional<String> name() {
    return string()
        .filter(value -> value.length <= 64)
        .map(value -> new String(value, StandardCharsets.US_ASCII));
  }

  /** The size in bits of the next mpint. */
  Optional<Integer> mpintBits() {
    return string().map(value -> new BigInteger(1, value).bitLength());
  }
}
