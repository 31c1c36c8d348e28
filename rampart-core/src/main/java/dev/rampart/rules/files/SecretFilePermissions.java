package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FS-004",
    title = "Secret-bearing files are readable by their owner only (mode 600)",
    severity = Severity.MEDIUM,
    controls = "secrets.file-permissions",
    rationale =
        "An .env file, a private key or a key store that group or others may read gives its"
            + " secrets to every account and every process of another user on the host: a"
            + " compromised service, a shared CI runner, a backup agent. ssh refuses private keys"
            + " that others can read for this reason. Git-ignored files are judged too, since the"
            + " deployment's real .env is usually one. Where the file system has no POSIX"
            + " permissions, nothing is reported.",
    remediation =
        "Restrict the file to its owner: `chmod 600 .env` (`chmod 400` for a key that is never"
            + " rewritten), owned by the account that runs the service. For containers, mount it"
            + " as a secret (Docker secrets, a Kubernetes Secret with `defaultMode: 0400`) rather"
            + " than a bind-mounted file.",
    references = {
      "https://man.openbsd.org/ssh#FILES",
      "https://docs.docker.com/engine/swarm/secrets/",
      "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-secret-file-permissions"
    })
public final class SecretFilePermissions implements Check<RepositoryFile> {

  @Override
  public void check(RepositoryFile file, Findings out) {
    if (file.facts().directory()
        || !file.openToGroupOrOthers()
        || !RepositoryFiles.isSecretBearing(file.name())) {
      return;
    }
    out.report(
        Position.START,
        String.format(
            "%s is mode %s, open to %s: a file holding secrets should be 0600.",
            file.name(), file.octalMode().orElseThrow(), who(file.facts().mode().getAsInt())));
  }

  static String who(int mode) {
    boolean group = (mode & 070) != 0;
    boolean others = (mode & 07) != 0;
    return group && others ? "its group and other users" : group ? "its group" : "other users";
  }
}
