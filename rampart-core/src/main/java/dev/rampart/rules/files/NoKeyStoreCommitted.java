package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FS-001",
    title = "No key store with private keys is committed",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:pkcs12-file"},
    rationale =
        "PKCS#12 (.p12, .pfx) and Java key stores (.jks, .keystore) bundle private keys with their"
            + " certificates. Their passwords are often empty, default (`changeit`) or committed"
            + " next to them, and offline guessing is cheap, so a committed key store is a"
            + " committed private key.",
    remediation =
        "Remove the file from the repository (and its history), replace the keys it held, and"
            + " mount the key store at run time from a secret store: a Kubernetes Secret, Docker"
            + " secrets, or your cloud's secret manager.",
    references = {
      "https://datatracker.ietf.org/doc/html/rfc7292",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"
    })
public final class NoKeyStoreCommitted implements Check<RepositoryFile> {

  @Override
  public void check(RepositoryFile file, Findings out) {
    if (RepositoryFiles.isKeyStore(file.name())) {
      out.reportWithIdentity(
          Position.START,
          "",
          file.name() + " is a key store: the private keys in it are committed with it.",
          file.path());
    }
  }
}
