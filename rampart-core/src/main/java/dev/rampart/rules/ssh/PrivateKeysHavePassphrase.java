package dev.rampart.rules.ssh;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.ssh.SshKey;
import dev.rampart.format.ssh.SshKeyFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-SSH-005",
    title = "SSH private keys are protected by a passphrase",
    severity = Severity.HIGH,
    controls = "ssh.key-only",
    rationale =
        "An SSH private key without a passphrase is a login for whoever copies the file: from a"
            + " repository, a backup, an image layer or a laptop. With a passphrase (OpenSSH"
            + " encrypts the key with bcrypt-derived AES) a stolen copy is useless until the"
            + " passphrase is guessed. Read are OpenSSH keys (cipher `none` means no"
            + " passphrase) and PEM keys (PKCS#1, PKCS#8, SEC1 without `Proc-Type: 4,ENCRYPTED`)"
            + " whose name or directory says SSH (`id_*`, `.ssh/`); other PEM keys may be TLS"
            + " keys, which servers read without a passphrase. A host key (`ssh_host_*_key`) is"
            + " not reported: sshd must read it unattended. That the key is committed at all is"
            + " RA-SEC-036's finding, encrypted or not.",
    remediation =
        "Treat the key as exposed and replace it: `ssh-keygen -t ed25519 -a 100` asks for a"
            + " passphrase (`ssh-keygen -p -f KEY` adds one to a key you keep), and keep it in an"
            + " agent (`ssh-add`) instead of on disk in the clear. Keys for automation belong in"
            + " the CI's secret store, not in the repository.",
    references = {
      "https://man.openbsd.org/ssh-keygen",
      "https://cvsweb.openbsd.org/src/usr.bin/ssh/PROTOCOL.key?annotate=HEAD"
    })
public final class PrivateKeysHavePassphrase implements Check<SshKeyFile> {

  @Override
  public void check(SshKeyFile file, Findings out) {
    if (file.hostKey()) {
      return;
    }
    for (SshKey key : file.keys()) {
      if (key.privateKey() && !key.encrypted() && file.isSsh(key)) {
        out.report(
            key.position(),
            "This "
                + key.kind()
                + " ("
                + key.described()
                + ") has no passphrase: whoever"
                + " has the file can log in with it.");
      }
    }
  }
}
