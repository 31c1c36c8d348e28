package dev.rampart.format.ssh;

import dev.rampart.model.Position;
import java.util.OptionalInt;

/**
 * One key found in a key file or an {@code authorized_keys} line, described without its material.
 *
 * @param position where the key starts: its {@code -----BEGIN} line, or its line of a public key
 *     file
 * @param kind how it is written: {@code OpenSSH private key}, {@code PKCS#1 RSA private key},
 *     {@code public key}
 * @param privateKey whether it is a private key
 * @param type its algorithm, {@link KeyType#UNKNOWN} when encryption hides it
 * @param bits the size of an RSA modulus or a DSA prime, when readable
 * @param encrypted whether a passphrase protects it
 */
public record SshKey(
    Position position,
    String kind,
    boolean privateKey,
    KeyType type,
    OptionalInt bits,
    boolean encrypted) {

  /** For messages: {@code an RSA key of 2048 bits}. */
  public String described() {
    String name =
        switch (type) {
          case UNKNOWN -> "a key";
          case RSA, ECDSA, ED25519 -> "an " + type.shown() + " key";
          default -> "a " + type.shown() + " key";
        };
    return name + (bits.isPresent() ? " of " + bits.getAsInt() + " bits" : "");
  }
}
