package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;

@Rule(
    id = "RA-DF-011",
    title = "apt installs pinned package versions",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3008"},
    rationale =
        "Without a version, apt installs whatever the mirror offers on the day of the build: two"
            + " builds of the same Dockerfile ship different software, a rebuild can silently"
            + " pull in a broken or compromised release, and a finding from a scanner cannot be"
            + " traced to a change in the Dockerfile.",
    remediation =
        "Pin every package: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8`."
            + " Find the current version with `apt-cache policy curl`, and let a tool such as"
            + " Renovate or Dependabot propose updates. A `.deb` file given by path is pinned"
            + " already.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#apt-get",
      "https://github.com/hadolint/hadolint/wiki/DL3008"
    })
public final class AptVersionsPinned implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    UnpinnedPackages.report(
        file, out, Manager::isApt, (install, word) -> isPinned(word.text()), "name=version");
  }

  // curl=7.88.1-10, curl=7.88.*, or a package file: ./tool_1.2_amd64.deb.
  private static boolean isPinned(String word) {
    return word.contains("=") || word.endsWith(".deb") || UnpinnedPackages.isLocalPath(word);
  }
}
