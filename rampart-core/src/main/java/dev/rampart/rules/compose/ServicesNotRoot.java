package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Severity;
import java.util.Optional;

@Rule(
    id = "RA-CMP-002",
    title = "No service is set to run as root",
    severity = Severity.HIGH,
    controls = "container.non-root",
    aliases = {},
    rationale =
        "`user: root`, `user: \"0\"` or `user: \"0:0\"` overrides a non-root image and runs the"
            + " service as UID 0: root on the host's kernel, one escape bug away from the host,"
            + " and the owner of every file of its bind mounts.",
    remediation =
        "Set `user:` to a non-zero UID and GID, such as `user: \"10001:10001\"`, and give that"
            + " user the files it must write (a volume, or `chown` in the Dockerfile).",
    references = {"https://docs.docker.com/reference/compose-file/services/#user"})
public final class ServicesNotRoot implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      Optional<YamlEntry> user = service.entry("user");
      Optional<String> text = user.flatMap(entry -> entry.value().asText()).map(String::strip);
      if (text.isEmpty() || !isRoot(text.get())) {
        continue;
      }
      out.report(
          user.get().position(),
          service.label(),
          "user is " + text.get() + ": " + service.label() + " runs as root.");
    }
  }

  // `user` is `uid[:gid]` or `name[:group]`: only the user part decides. An interpolated user
  // (`${APP_USER}`) is not known here and is not judged.
  private static boolean isRoot(String user) {
    int colon = user.indexOf(':');
    String name = colon < 0 ? user : user.substring(0, colon);
    return name.equals("root") || name.equals("0");
  }
}
