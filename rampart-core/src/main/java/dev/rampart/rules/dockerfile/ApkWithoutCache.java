package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.Caches.ShippedInstall;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;

@Rule(
    id = "RA-DF-013",
    title = "apk installs without keeping its package index in the image",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3019"},
    rationale =
        "`apk add` without `--no-cache` downloads the package index into /var/cache/apk and"
            + " leaves it in the layer: megabytes of data the image never uses, and a stale index"
            + " for any later install on top of it. Stages that no shipped image builds on are not"
            + " checked.",
    remediation =
        "Use `apk add --no-cache curl=8.9.1-r0`, which also makes a separate `apk update`"
            + " unnecessary. Removing /var/cache/apk/* in the same RUN, or a BuildKit cache mount"
            + " (`RUN --mount=type=cache,target=/var/cache/apk apk add ...`), works too.",
    references = {
      "https://github.com/gliderlabs/docker-alpine/blob/master/docs/usage.md#disabling-cache",
      "https://github.com/hadolint/hadolint/wiki/DL3019"
    })
public final class ApkWithoutCache implements Check<Dockerfile> {
  private static final String CACHE = "/var/cache/apk";

  @Override
  public void check(Dockerfile file, Findings out) {
    for (ShippedInstall shipped : Caches.shippedInstalls(file)) {
      Install install = shipped.install();
      if (install.manager() == Manager.APK
          && !install.hasOption("--no-cache")
          && !Caches.mounted(shipped.run().instruction(), CACHE)
          && !shipped.removedLater(CACHE)) {
        out.report(
            install.position(),
            shipped.run().stage().label(),
            "`apk add` keeps the package index in /var/cache/apk: --no-cache is missing.");
      }
    }
  }
}
