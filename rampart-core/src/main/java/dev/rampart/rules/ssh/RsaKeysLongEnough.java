package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.KeyType;
import dev.rampart.format.ssh.SshKeyFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-007",
    title = "SSH RSA keys have at least 3072 bits",
    severity = Severity.MEDIUM,
    controls = "ssh.key-only",
    rationale =
        "An RSA key's strength is its modulus: 2048 bits give about 112 bits of security, which"
            + " NIST allows only until 2030, and 1024 bits are within reach of a well-funded"
            + " attacker today. 3072 bits (OpenSSH's default since 8.0) give 128. The size is"
            + " read from the key itself: the public half of an OpenSSH private key (readable"
            + " even when a passphrase protects it), an unencrypted PEM key, a `.pub` file."
            + " Encrypted PEM keys hide it and are not judged; an `authorized_keys` entry is"
            + " RA-SSH-008's. A key and its `.pub` beside it are one finding, at the private key.",
    remediation =
        "Generate an Ed25519 key (`ssh-keygen -t ed25519 -a 100`), or an RSA key of 3072 bits or"
            + " more (`ssh-keygen -t rsa -b 4096`), and replace the short key wherever it is"
            + " accepted.",
    references = {
      "https://nvlpubs.nist.gov/nistpubs/SpecialPublications/NIST.SP.800-57pt1r5.pdf",
      "https://www.openssh.com/txt/release-8.0"
    })
public final class RsaKeysLongEnough implements Check<ParsedFiles<SshKeyFile>> {
  static final int MIN_BITS = 3072;

  @Override
  public void check(ParsedFiles<SshKeyFile> files, Findings out) {
    KeyFiles.judge(
        files,
        out,
        key ->
            key.type() == KeyType.RSA && key.bits().isPresent() && key.bits().getAsInt() < MIN_BITS,
        key -> "This " + key.kind() + " is " + key.described() + ", fewer than " + MIN_BITS + ".");
  }
}
