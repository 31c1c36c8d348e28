package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import dev.rampart.rules.dockerfile.ShippedPackages.Installed;
import java.util.Set;

@Rule(
    id = "RA-DF-033",
    title = "The image installs no SSH server",
    severity = Severity.MEDIUM,
    controls = "image.no-ssh-in-container",
    rationale =
        "An SSH daemon in a container is one more network service to attack, with host keys and"
            + " passwords baked into the image, and it lets people change running containers"
            + " outside the audit trail of `docker exec` and `kubectl exec`.",
    remediation =
        "Remove the SSH server package; use `docker exec`, `kubectl exec` or `kubectl debug` for"
            + " a shell. If you need the SSH client (for git over SSH), install `openssh-client`"
            + " only.",
    references = {
      "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
      "https://docs.docker.com/reference/cli/docker/container/exec/"
    })
public final class NoSshServerInstalled implements Check<Dockerfile> {
  private static final Set<String> SERVERS =
      Set.of(
          "openssh-server",
          "openssh-server-pam",
          "dropbear",
          "dropbear-bin",
          "dropbear-run",
          "tinysshd",
          "tinyssh");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Installed installed : ShippedPackages.of(file)) {
      if (isSshServer(installed.install().manager(), installed.name())) {
        out.report(
            installed.word().position(),
            installed.stage().label(),
            installed.word().text() + " installs an SSH server into the image.");
      }
    }
  }

  private static boolean isSshServer(Manager manager, String name) {
    return SERVERS.contains(name)
        // Alpine's openssh and Debian's ssh are meta-packages that pull in the server.
        || (manager == Manager.APK && name.equals("openssh"))
        || (isApt(manager) && name.equals("ssh"));
  }

  private static boolean isApt(Manager manager) {
    return manager == Manager.APT_GET || manager == Manager.APT || manager == Manager.APTITUDE;
  }
}
