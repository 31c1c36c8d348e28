package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-001",
    title = "Services set the user they run as",
    severity = Severity.MEDIUM,
    controls = "container.non-root",
    aliases = {},
    rationale =
        "A service without `user` runs as its image's USER, and most images say nothing, which"
            + " is root: root in a container is root on the host's kernel, one escape bug away"
            + " from the host, and owns every file of its bind mounts. Distroless `:nonroot`"
            + " images already run as a non-root user and are passed over, and so is a service"
            + " that builds its image from a Dockerfile in the scanned tree whose final stage sets"
            + " a non-root USER.",
    remediation =
        "Set `user: \"10001:10001\"` (a non-zero UID and GID the image's files allow) on the"
            + " service, or build the image with a non-root `USER`.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#user",
      "https://docs.docker.com/engine/security/"
    })
public final class ServicesSetUser implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      if (service.entry("user").isPresent()
          || runsNonRootImage(service)
          || service.build().runsAsNonRoot()) {
        continue;
      }
      out.report(
          service.position(),
          service.label(),
          service.build().user().isPresent()
              ? service.label()
                  + " sets no user, and the final stage of the Dockerfile it builds runs as "
                  + service.build().user().get()
                  + "."
              : service.label()
                  + " sets no user, so it runs as its image's user: root unless the image sets"
                  + " USER.");
    }
  }

  // Distroless publishes `:nonroot` (and `:debug-nonroot`) variants that run as UID 65532.
  private static boolean runsNonRootImage(Service service) {
    return service
        .image()
        .filter(image -> image.endsWith(":nonroot") || image.endsWith("-nonroot"))
        .isPresent();
  }
}
