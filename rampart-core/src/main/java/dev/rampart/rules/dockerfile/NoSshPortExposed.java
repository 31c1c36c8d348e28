package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-032",
    title = "The image does not expose the SSH port",
    severity = Severity.MEDIUM,
    controls = "image.no-ssh-in-container",
    aliases = {"trivy:AVD-DS-0004", "checkov:CKV_DOCKER_1"},
    rationale =
        "A container is not a machine to log into: an SSH daemon is one more network service to"
            + " attack, with its own keys and passwords to leak, and it sidesteps the audit trail"
            + " of `docker exec` and `kubectl exec`.",
    remediation =
        "Remove 22 from EXPOSE and the SSH server from the image; use `docker exec` or `kubectl"
            + " exec` (or `kubectl debug`) to get a shell in a running container.",
    references = {
      "https://docs.docker.com/reference/dockerfile/#expose",
      "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/"
    })
public final class NoSshPortExposed implements Check<Dockerfile> {
  private static final Pattern PORT = Pattern.compile("(\\d+)(?:-(\\d+))?(?:/(\\w+))?");
  private static final int SSH = 22;

  @Override
  public void check(Dockerfile file, Findings out) {
    // What EXPOSE declares is inherited through FROM <stage>, so every shipped stage counts.
    for (Stage stage : file.shippedStages()) {
      for (Instruction expose : stage.instructions("EXPOSE")) {
        for (String port : ArgumentWords.of(expose)) {
          if (includesSsh(port)) {
            out.report(
                expose.position(), stage.label(), "EXPOSE " + port + " publishes the SSH port 22.");
          }
        }
      }
    }
  }

  static boolean includesSsh(String port) {
    Matcher m = PORT.matcher(port.strip());
    if (!m.matches()) {
      return false;
    }
    String protocol = m.group(3);
    if (protocol != null && !protocol.toLowerCase(Locale.ROOT).equals("tcp")) {
      return false;
    }
    try {
      int low = Integer.parseInt(m.group(1));
      int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
      return low <= SSH && SSH <= high;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
