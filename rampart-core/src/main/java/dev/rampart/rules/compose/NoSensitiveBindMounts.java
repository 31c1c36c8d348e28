package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.SensitiveHostPaths;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Mount;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-012",
    title = "No service bind-mounts a sensitive path of the host",
    severity = Severity.CRITICAL,
    controls = "container.no-sensitive-host-mounts",
    aliases = {"cis-docker:5.6", "cis-docker:5.32"},
    profiles = "cis-docker",
    rationale =
        "A bind mount gives the container the host's files as they are. The Docker socket"
            + " (`/var/run/docker.sock`) starts privileged containers for whoever can write to"
            + " it, which is root on the host; `/`, `/etc`, `/proc`, `/sys`, `/dev`, `/boot`,"
            + " `/root`, `/home`, the runtime's state and the home directory (`~`, `~/.ssh`,"
            + " `~/.aws`, `~/.docker` ...) hold the host's configuration, credentials and"
            + " kernel settings. Read-only (`:ro`) does not help much: reading `/etc/shadow`, a"
            + " private key or the socket's API is the harm. A subdirectory of the home"
            + " directory that is not a dot-directory (`~/projects/app/data`) is data, and passes.",
    remediation =
        "Remove the mount. A service that manages containers should talk to a socket proxy"
            + " that allows only the API calls it needs (tecnativa/docker-socket-proxy), or to a"
            + " rootless daemon; a service that needs a file of the host should get a copy of"
            + " that file, mounted read-only, or a Compose `configs:` entry.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#volumes",
      "https://docs.docker.com/engine/security/#docker-daemon-attack-surface",
      "https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html"
    })
public final class NoSensitiveBindMounts implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (Mount mount : service.mounts()) {
        mount
            .hostPath()
            .flatMap(NoSensitiveBindMounts::exposes)
            .ifPresent(
                what ->
                    out.report(
                        mount.at(),
                        service.label(),
                        service.label()
                            + " bind-mounts "
                            + mount.source().orElseThrow()
                            + ", "
                            + what
                            + "."));
      }
    }
  }

  /** What the bind of {@code path} gives the container, when it is sensitive. */
  static Optional<String> exposes(String path) {
    String normal = path.strip();
    if (normal.equals("~") || normal.equals("~/") || normal.matches("~/\\.[^/].*")) {
      return Optional.of(
          normal.length() > 2
              ? "a dot-directory of the home directory of whoever runs Compose, where keys and"
                  + " credentials are kept"
              : "the home directory of whoever runs Compose, with its keys and credentials");
    }
    return SensitiveHostPaths.describe(normal, "host");
  }
}
