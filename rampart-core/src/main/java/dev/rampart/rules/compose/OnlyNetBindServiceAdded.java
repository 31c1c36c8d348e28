package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-034",
    title = "Services add back no capability but NET_BIND_SERVICE",
    severity = Severity.LOW,
    controls = "container.drop-capabilities",
    aliases = {"cis-docker:5.4"},
    profiles = "cis-docker",
    rationale =
        "With `cap_drop: [ALL]`, NET_BIND_SERVICE (to bind a port below 1024) is the one"
            + " capability a typical service needs back. Every other one added (CHOWN, SETUID,"
            + " NET_RAW, DAC_OVERRIDE ...) is a privilege the process keeps for its whole life,"
            + " for whoever takes it over. The capabilities that break isolation outright"
            + " (SYS_ADMIN, NET_ADMIN, ALL ...) are RA-CMP-006's; this rule reports the others.",
    remediation =
        "Remove the capability and change what needed it: `chown` the files at build time instead"
            + " of CHOWN, run as the right user from the start instead of SETUID/SETGID, listen"
            + " on a port above 1024 and publish it as 80 instead of NET_BIND_SERVICE.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#cap_add",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    })
public final class OnlyNetBindServiceAdded implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (YamlNode item : service.items("cap_add")) {
        String name = item.asText().map(Capabilities::name).orElse("");
        if (name.isEmpty()
            || name.equals("NET_BIND_SERVICE")
            || NoDangerousCapabilities.DANGEROUS.contains(name)) {
          continue;
        }
        out.report(
            item.position(),
            service.label(),
            service.label() + " adds " + name + "; NET_BIND_SERVICE is the one capability to add.");
      }
    }
  }
}
