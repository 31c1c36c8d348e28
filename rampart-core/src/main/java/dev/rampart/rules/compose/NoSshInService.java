package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Port;
import dev.rampart.format.compose.Service;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-CMP-029",
    title = "No service runs an SSH server",
    severity = Severity.MEDIUM,
    controls = "image.no-ssh-in-container",
    aliases = {"cis-docker:5.7"},
    profiles = "cis-docker",
    rationale =
        "An SSH server in a container is one more network service to patch, one more set of"
            + " credentials or keys to leak, and a way in that bypasses what `docker exec`"
            + " records. Reported are a service whose `ports` or `expose` name container port 22,"
            + " and one that runs an SSH server image (`sshd`, `openssh-server`). An SSH gateway"
            + " by design (a bastion, a Git server's SSH front) is reported too: it is exactly the"
            + " service to review, restrict to known sources and keep patched.",
    remediation =
        "Remove the SSH server; get a shell with `docker compose exec SERVICE sh`, and copy files"
            + " with `docker compose cp`.",
    references = {
      "https://docs.docker.com/reference/cli/docker/compose/exec/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html"
    })
public final class NoSshInService implements Check<ComposeFile> {
  private static final long SSH = 22;
  private static final Set<String> SSH_IMAGES = Set.of("sshd", "openssh-server", "openssh");

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      Optional<ImageRef> image = service.imageRef();
      if (image.filter(NoSshInService::isSshServer).isPresent()) {
        out.report(
            service.entry("image").orElseThrow().position(),
            service.label(),
            service.label() + " runs the SSH server image " + image.get().raw() + ".");
      }
      for (Port port : service.ports()) {
        if (port.targets(SSH) && port.protocol().equalsIgnoreCase("tcp")) {
          out.report(
              port.at(), service.label(), service.label() + " publishes container port 22, SSH.");
        }
      }
      for (YamlNode item : service.items("expose")) {
        if (item.asText()
            .map(String::strip)
            .filter(p -> p.equals("22") || p.equals("22/tcp"))
            .isPresent()) {
          out.report(item.position(), service.label(), service.label() + " exposes port 22, SSH.");
        }
      }
    }
  }

  private static boolean isSshServer(ImageRef image) {
    String repository = image.repository();
    String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return SSH_IMAGES.contains(name);
  }
}
