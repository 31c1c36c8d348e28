package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-014",
    title = "No service is given the host's devices",
    severity = Severity.HIGH,
    controls = "container.not-privileged",
    aliases = {"cis-docker:5.18"},
    profiles = "cis-docker",
    rationale =
        "`devices:` hands a device node of the host to the container, with the access the"
            + " device's driver allows: a disk (`/dev/sda`) is every file of the host, `/dev/mem`"
            + " and `/dev/kmem` are its memory, `/dev/fuse` and `/dev/net/tun` open kernel"
            + " interfaces most containers never need. `device_cgroup_rules` allows whole classes"
            + " of devices at once. Each is part of what `privileged: true` gives, one device at a"
            + " time.",
    remediation =
        "Remove the device unless the service exists to drive it (a GPU, a serial adapter); then"
            + " pass only that device, with the permissions it needs (`/dev/ttyUSB0:/dev/ttyUSB0:rw`),"
            + " and keep the service otherwise confined.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#devices",
      "https://docs.docker.com/reference/cli/docker/container/run/#device"
    })
public final class NoHostDevices implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (YamlNode item : service.items("devices")) {
        String device =
            item.asText().or(() -> item.get("source").flatMap(YamlNode::asText)).orElse("a device");
        out.report(
            item.position(),
            service.label(),
            service.label() + " is given the host's device " + device.strip() + ".");
      }
      for (YamlNode item : service.items("device_cgroup_rules")) {
        out.report(
            item.position(),
            service.label(),
            service.label()
                + " allows host devices by a cgroup rule ("
                + item.asText().orElse("").strip()
                + ").");
      }
    }
  }
}
