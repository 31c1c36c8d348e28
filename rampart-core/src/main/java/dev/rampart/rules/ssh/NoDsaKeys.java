package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.KeyType;
import dev.rampart.format.ssh.SshKeyFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-006",
    title = "No SSH key is a DSA key",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "SSH's DSA (`ssh-dss`) is fixed at 1024 bits, below every current recommendation, and"
            + " leaks its key when a signature's nonce repeats or is biased. OpenSSH has turned"
            + " DSA off by default since 7.0 and removed it in 10.0, so a DSA key is both weak"
            + " and about to stop working. Read are private and public key files (an"
            + " `authorized_keys` entry is RA-SSH-008's), and PEM keys only where their name or"
            + " directory says SSH. A key and its `.pub` beside it are one finding, at the"
            + " private key.",
    remediation =
        "Generate an Ed25519 key (`ssh-keygen -t ed25519 -a 100`), put its public half where"
            + " the DSA key was accepted, and delete the DSA pair.",
    references = {
      "https://www.openssh.com/txt/release-7.0",
      "https://www.openssh.com/txt/release-10.0",
      "https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.186-5.pdf"
    })
public final class NoDsaKeys implements Check<ParsedFiles<SshKeyFile>> {

  @Override
  public void check(ParsedFiles<SshKeyFile> files, Findings out) {
    KeyFiles.judge(
        files,
        out,
        key -> key.type() == KeyType.DSA,
        key ->
            "This "
                + key.kind()
                + " is "
                + key.described()
                + ", which OpenSSH no longer accepts by default.");
  }
}
