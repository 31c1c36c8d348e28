package dev.rampart.format.ssh;

/** The algorithm of an SSH key, whatever its encoding. */
public enum KeyType {
  RSA("RSA"),
  DSA("DSA"),
  ECDSA("ECDSA"),
  ED25519("Ed25519"),
  SECURITY_KEY("security-key (FIDO)"),
  UNKNOWN("unknown");

  private final String shown;

  KeyType(String shown) {
    this.shown = shown;
  }

  /** The name for messages: {@code RSA}, {@code Ed25519}. */
  public String shown() {
    return shown;
  }

  /**
   * The type of an OpenSSH key type name such as {@code ssh-rsa} or {@code ecdsa-sha2-nistp256}.
   */
  public static KeyType ofSshName(String name) {
    String base = name.replace("-cert-v01@openssh.com", "");
    if (base.startsWith("sk-")) {
      return SECURITY_KEY;
    }
    return switch (base) {
      case "ssh-rsa", "rsa-sha2-256", "rsa-sha2-512" -> RSA;
      case "ssh-dss" -> DSA;
      case "ssh-ed25519" -> ED25519;
      default -> base.startsWith("ecdsa-sha2-") ? ECDSA : UNKNOWN;
    };
  }
}
