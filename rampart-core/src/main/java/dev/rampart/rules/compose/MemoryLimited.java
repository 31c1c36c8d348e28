package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-016",
    title = "Services have a memory limit",
    severity = Severity.MEDIUM,
    controls = "container.resource-limits",
    aliases = {"cis-docker:5.11"},
    profiles = "cis-docker",
    rationale =
        "A container without a memory limit may take all of the host's memory: a leak, a large"
            + " request or a deliberate attack then makes the kernel's OOM killer pick victims"
            + " among every service of the host, the database and the Docker daemon included."
            + " Compose reads the limit from `deploy.resources.limits.memory` or the older"
            + " `mem_limit`; `0` or a negative value is no limit.",
    remediation =
        "Set `deploy: {resources: {limits: {memory: 512M}}}` (or `mem_limit: 512m`) to what the"
            + " service needs at its peak, with some headroom.",
    references = {
      "https://docs.docker.com/reference/compose-file/deploy/#resources",
      "https://docs.docker.com/engine/containers/resource_constraints/#memory"
    })
public final class MemoryLimited implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Limits.check(file, out, "memory", "mem_limit", "it may take all of the host's memory");
  }
}
