package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;

@Rule(
    id = "RA-DF-014",
    title = "apk installs pinned package versions",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3018"},
    rationale =
        "Without a version, apk installs whatever the repository offers on the day of the build:"
            + " two builds of the same Dockerfile ship different software, and a rebuild can"
            + " silently pull in a broken or compromised release.",
    remediation =
        "Pin every package, exactly (`apk add --no-cache curl=8.9.1-r0`) or to a release series"
            + " (`curl~8.9`), and let a tool such as Renovate propose updates. A `.apk` file given"
            + " by path is pinned already.",
    references = {
      "https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Advanced_Examples",
      "https://github.com/hadolint/hadolint/wiki/DL3018"
    })
public final class ApkVersionsPinned implements Check<Dockerfile> {

  @Override
  public void check(Dockerfile file, Findings out) {
    UnpinnedPackages.report(
        file,
        out,
        manager -> manager == Manager.APK,
        (install, word) -> isPinned(word.text()),
        "name=version");
  }

  // curl=8.9.1-r0, curl~8.9, curl>=8, or a package file: ./tool-1.2.apk.
  private static boolean isPinned(String word) {
    return word.chars().anyMatch(c -> "=~<>".indexOf(c) >= 0)
        || word.endsWith(".apk")
        || UnpinnedPackages.isLocalPath(word);
  }
}
