package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.UpdateWithInstall.IndexUpdate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-DF-012",
    title = "The apt package lists are removed in the RUN that downloads them",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3009"},
    rationale =
        "`apt-get update` downloads the package lists into /var/lib/apt/lists: tens of megabytes"
            + " that stay in the layer unless the same RUN deletes them, since a later RUN only"
            + " hides them. They make the image larger and go stale, so an install in a later"
            + " build on top of the image reads an outdated index. Stages that no shipped image"
            + " builds on are not checked: only files copied out of them reach the image.",
    remediation =
        "End the RUN with `rm -rf /var/lib/apt/lists/*`: `RUN apt-get update && apt-get install"
            + " -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*`."
            + " `apt-get clean` is not enough: it empties /var/cache/apt/archives, not the lists."
            + " With BuildKit, a cache mount keeps them out of the layer instead: `RUN"
            + " --mount=type=cache,target=/var/lib/apt/lists ...`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#apt-get",
      "https://docs.docker.com/reference/dockerfile/#example-cache-apt-packages",
      "https://github.com/hadolint/hadolint/wiki/DL3009"
    })
public final class AptListsRemoved implements Check<Dockerfile> {
  private static final String LISTS = "/var/lib/apt/lists";
  private static final Set<String> APT_PROGRAMS = Set.of("apt-get", "apt", "aptitude");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      if (!Caches.shipped(file, run) || listsMounted(run.instruction())) {
        continue;
      }
      List<ShellCommand> commands = run.commands();
      int last = -1;
      IndexUpdate update = null;
      for (int i = 0; i < commands.size(); i++) {
        Optional<IndexUpdate> found = UpdateWithInstall.indexUpdate(commands.get(i));
        if (found.isPresent()
            && APT_PROGRAMS.contains(RunCommands.baseName(found.get().manager().text()))) {
          last = i;
          update = found.get();
        }
      }
      if (update != null && !Caches.removedAfter(commands, last + 1, LISTS)) {
        out.report(
            update.manager().position(),
            run.stage().label(),
            "`"
                + RunCommands.baseName(update.manager().text())
                + " update` downloads package lists that this RUN leaves in the layer: rm -rf"
                + " /var/lib/apt/lists/* is missing after it.");
      }
    }
  }

  // As Docker documents it: a cache or tmpfs on the lists, or on all of /var/lib/apt together
  // with /var/cache/apt.
  private static boolean listsMounted(Instruction run) {
    return Caches.mounted(run, LISTS)
        || (Caches.mounted(run, "/var/lib/apt") && Caches.mounted(run, "/var/cache/apt"));
  }
}
