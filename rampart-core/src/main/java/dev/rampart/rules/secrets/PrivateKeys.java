package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-SEC-036",
    title = "No private key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:private-key"},
    rationale =
        "A private key is the identity it belongs to: whoever reads it can sign in over SSH as its"
            + " user, impersonate the TLS server it certifies, sign commits, packages or tokens, or"
            + " decrypt what was encrypted to it. A key protected by a passphrase is reported too,"
            + " as a separate kind: its passphrase can be guessed offline and often sits nearby.",
    remediation =
        "Treat the key as compromised: revoke its certificate, remove it from `authorized_keys`,"
            + " deploy keys and signing configurations, and generate a new pair. Keep private keys"
            + " in a secret store or a Kubernetes Secret mounted at run time, and in `.gitignore`.",
    references = {
      "https://www.rfc-editor.org/rfc/rfc7468#section-10",
      "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
      "https://cvsweb.openbsd.org/src/usr.bin/ssh/PROTOCOL.key?annotate=HEAD"
    })
public final class PrivateKeys implements SecretRule {
  /** A PEM block, with its body, can be long: an RSA 8192 key is about 6,400 characters. */
  private static final int PEM_REACH = 16384;

  // From the BEGIN line to its END line, whose body (base64, armour headers, or "\n" escapes in a
  // JSON string) is long enough to be a key and holds no "-----" of another block.
  private static final String BLOCK =
      "(?P<secret>-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----"
          + "(?:[^-]|-{1,4}[^-]){48,}?"
          + "-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----)";

  private static final Pattern OPENSSH_BODY =
      Pattern.compile("-----BEGIN OPENSSH PRIVATE KEY-----(.*?)-----END", Pattern.DOTALL);
  private static final byte[] OPENSSH_MAGIC =
      "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("passphrase-protected private key")
              .keywords("private key-----", "private key block-----")
              .reach(PEM_REACH)
              .accept(PrivateKeys::isEncrypted)
              .regex(BLOCK),
          SecretPattern.of("private key")
              .keywords("private key-----", "private key block-----")
              .reach(PEM_REACH)
              .accept(block -> !isEncrypted(block))
              .regex(BLOCK));

  /**
   * Whether the key in {@code block} needs a passphrase: PKCS#8 {@code ENCRYPTED PRIVATE KEY}, a
   * legacy PEM with {@code Proc-Type: 4,ENCRYPTED}, or an OpenSSH key whose cipher is not {@code
   * none}. (An encrypted PGP secret key cannot be told from its armour, so it counts as plain.)
   */
  static boolean isEncrypted(String block) {
    if (block.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY") || block.contains("4,ENCRYPTED")) {
      return true;
    }
    if (block.startsWith("-----BEGIN OPENSSH PRIVATE KEY")) {
      return !"none".equals(opensshCipher(block));
    }
    return false;
  }

  // openssh-key-v1\0, then the cipher name as a uint32 length and its bytes.
  private static String opensshCipher(String block) {
    Matcher m = OPENSSH_BODY.matcher(block);
    if (!m.find()) {
      return "none";
    }
    String base64 = m.group(1).replace("\\n", "").replace("\\r", "").replaceAll("\\s", "");
    try {
      ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
      for (byte b : OPENSSH_MAGIC) {
        if (bytes.get() != b) {
          return "none";
        }
      }
      int length = bytes.getInt();
      if (length <= 0 || length > 64) {
        return "none";
      }
      byte[] name = new byte[length];
      bytes.get(name);
      return new String(name, StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException notAKey) {
      return "none";
    }
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
