package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-008",
    title = "No service runs without seccomp",
    severity = Severity.HIGH,
    controls = "container.seccomp",
    aliases = {"cis-docker:5.22"},
    profiles = "cis-docker",
    rationale =
        "Docker's default seccomp profile blocks about fifty system calls a container has no"
            + " use for, among them those most kernel escapes go through (keyctl, add_key,"
            + " unshare, mount, bpf, perf_event_open). `seccomp:unconfined` removes the filter,"
            + " so the whole kernel is exposed to the container.",
    remediation =
        "Remove `seccomp:unconfined` from `security_opt`, so Docker's default profile applies;"
            + " if a system call is missing, write a profile that allows it"
            + " (`seccomp:./seccomp.json`).",
    references = {
      "https://docs.docker.com/engine/security/seccomp/",
      "https://docs.docker.com/reference/compose-file/services/#security_opt"
    })
public final class SeccompNotUnconfined implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (SecurityOptions option : SecurityOptions.of(service)) {
        if (option.is("seccomp", "unconfined")) {
          out.report(
              option.node().position(),
              service.label(),
              service.label() + " runs with seccomp unconfined: every system call is allowed.");
        }
      }
    }
  }
}
