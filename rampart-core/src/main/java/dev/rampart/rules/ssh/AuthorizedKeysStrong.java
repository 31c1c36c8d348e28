package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.KeyType;
import dev.rampart.format.ssh.SshKey;
import dev.rampart.format.ssh.SshKeyFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-008",
    title = "authorized_keys accepts only strong key types",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "Each line of an `authorized_keys` file is a way in. A DSA key (`ssh-dss`, 1024 bits)"
            + " or an RSA key under 3072 bits is the weakest key that can log in as that user,"
            + " whatever the others are: its private half is easier to break and, being old,"
            + " more likely to sit unprotected on some forgotten machine. The size is read from"
            + " the key's own blob; Ed25519, ECDSA and security keys (`sk-*`) pass.",
    remediation =
        "Ask the key's owner for an Ed25519 key (`ssh-keygen -t ed25519 -a 100`, or"
            + " `ed25519-sk` with a hardware key), add it, and remove the weak line.",
    references = {
      "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT",
      "https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-57pt1r5.pdf"
    })
public final class AuthorizedKeysStrong implements Check<SshKeyFile> {

  @Override
  public void check(SshKeyFile file, Findings out) {
    if (!file.authorizedKeys()) {
      return;
    }
    for (SshKey key : file.keys()) {
      boolean weakRsa =
          key.type() == KeyType.RSA
              && key.bits().isPresent()
              && key.bits().getAsInt() < RsaKeysLongEnough.MIN_BITS;
      if (key.type() == KeyType.DSA || weakRsa) {
        out.report(key.position(), "This entry lets " + key.described() + " log in.");
      }
    }
  }
}
