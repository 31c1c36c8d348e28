package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-018",
    title = "Services have a process limit",
    severity = Severity.LOW,
    controls = "container.resource-limits",
    aliases = {"cis-docker:5.29"},
    profiles = "cis-docker",
    rationale =
        "Without a limit on processes, a fork bomb or a leak of threads in one container uses up"
            + " the host's process table, and then nothing on the host can start a process, not"
            + " even a shell to repair it. Compose reads the limit from"
            + " `deploy.resources.limits.pids` or `pids_limit`.",
    remediation =
        "Set `deploy: {resources: {limits: {pids: 200}}}` (or `pids_limit: 200`), comfortably"
            + " above the processes and threads the service runs.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#pids_limit",
      "https://docs.docker.com/reference/compose-file/deploy/#pids"
    })
public final class PidsLimited implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Limits.check(
        file, out, "pids", "pids_limit", "a fork bomb in it can exhaust the host's processes");
  }
}
