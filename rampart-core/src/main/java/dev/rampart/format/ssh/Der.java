package dev.rampart.format.ssh;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The little of DER (X.690) that key files need: a tag, a definite length and the contents, every
 * length checked against what is left, so a truncated or forged structure is an empty answer.
 *
 * <p>A class rather than a record: a record's equals would compare the byte array by reference. The
 * identifier octet is 0x30 SEQUENCE, 0x02 INTEGER, 0x04 OCTET STRING or 0x06 OID.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int OCTET_STRING = 0x04;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  private final int tag;
  private final byte[] contents;

  private Der(int tag, byte[] contents) {
    this.tag = tag;
    this.contents = contents;
  }

  int tag() {
    return tag;
  }

  /** The value's bytes; callers only read them. */
  byte[] contents() {
    return contents;
  }

  /** The one value that {@code bytes} hold, or empty. */
  static Optional<Der> read(byte[] bytes) {
    List<Der> values = readAll(bytes);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The values that follow each other in {@code bytes}, up to the first malformed one. */
  static List<Der> readAll(byte[] bytes) {
    List<Der> values = new ArrayList<>();
    int at = 0;
    while (at + 2 <= bytes.length && values.size() < 64) {
      int tag = bytes[at] & 0xFF;
      int first = bytes[at + 1] & 0xFF;
      at += 2;
      long length;
      if (first < 0x80) {
        length = first;
      } else {
        int octets = first & 0x7F;
        if (octets == 0 || octets > 4 || at + octets > bytes.length) {
          break;
        }
        length = 0;
        for (int i = 0; i < octets; i++) {
          length = (length << 8) | (bytes[at++] & 0xFF);
        }
      }
      if (length > bytes.length - at) {
        break;
      }
      values.add(new Der(tag, Arrays.copyOfRange(bytes, at, at + (int) length)));
      at += (int) length;
    }
    return values;
  }

  /** The values inside a SEQUENCE; empty for any other tag. */
  List<Der> children() {
    return tag == SEQUENCE ? readAll(contents) : List.of();
  }

  /** The size in bits of an INTEGER's value. */
  int bits() {
    return new BigInteger(1, contents).bitLength();
  }
}
