package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-017",
    title = "Services have a CPU limit",
    severity = Severity.LOW,
    controls = "container.resource-limits",
    aliases = {"cis-docker:5.12"},
    profiles = "cis-docker",
    rationale =
        "A container without a CPU limit may use every core of the host: one busy loop, a"
            + " crypto-miner or a flood of requests slows every other service down. Compose reads"
            + " the limit from `deploy.resources.limits.cpus` or the older `cpus`.",
    remediation =
        "Set `deploy: {resources: {limits: {cpus: \"1.0\"}}}` (or `cpus: 1.0`) to the cores the"
            + " service may use.",
    references = {
      "https://docs.docker.com/reference/compose-file/deploy/#resources",
      "https://docs.docker.com/engine/containers/resource_constraints/#cpu"
    })
public final class CpuLimited implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Limits.check(file, out, "cpus", "cpus", "it may use every core of the host");
  }
}
