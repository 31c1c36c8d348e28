package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-CMP-004",
    title = "Services do not share the host's network, PID, IPC, UTS or user namespace",
    severity = Severity.HIGH,
    controls = "container.not-privileged",
    aliases = {
      "cis-docker:5.10",
      "cis-docker:5.16",
      "cis-docker:5.17",
      "cis-docker:5.21",
      "cis-docker:5.31"
    },
    profiles = "cis-docker",
    rationale =
        "With `network_mode: host` a service binds the host's interfaces, publishes every port"
            + " it opens and reaches what listens on the host's loopback; with `pid: host` it sees"
            + " and can signal every process of the host and read their environment; with"
            + " `ipc: host` it shares the host's shared memory; with `uts: host` it may rename the"
            + " host; with `userns_mode: host` it opts out of the daemon's user-namespace"
            + " remapping, so that root in it is root on the host.",
    remediation =
        "Remove `network_mode: host`, `pid: host`, `ipc: host`, `uts: host` and `userns_mode:"
            + " host`. Publish the ports the"
            + " service serves with `ports:`, and put services that talk to each other on a"
            + " shared network.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#network_mode",
      "https://docs.docker.com/reference/compose-file/services/#pid",
      "https://docs.docker.com/reference/compose-file/services/#ipc"
    })
public final class NoHostNamespaces implements Check<ComposeFile> {
  private static final List<String> NAMESPACES =
      List.of("network_mode", "pid", "ipc", "uts", "userns_mode");

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (String key : NAMESPACES) {
        if (!service.text(key).map(String::strip).filter("host"::equals).isPresent()) {
          continue;
        }
        out.report(
            service.entry(key).orElseThrow().position(),
            service.label(),
            service.label() + " sets " + key + ": host, sharing the host's namespace.");
      }
    }
  }
}
