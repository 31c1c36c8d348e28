package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.ShellScript;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-DF-023",
    title = "A package index update runs in the same RUN as the install that needs it",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"checkov:CKV_DOCKER_5", "trivy:AVD-DS-0017", "cis-docker:4.7"},
    profiles = "cis-docker",
    rationale =
        "Docker caches each RUN as a layer. An `apt-get update` in a RUN of its own is cached"
            + " once and reused by later builds, so the install in the next RUN reads a stale"
            + " index: it misses security updates, or fails when the mirror has moved on.",
    remediation =
        "Update and install in one RUN and clean up in it too: `RUN apt-get update && apt-get"
            + " install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf"
            + " /var/lib/apt/lists/*`. With apk, `apk add --no-cache` needs no update at all.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#apt-get",
      "https://avd.aquasec.com/misconfig/dockerfile/general/avd-ds-0017/"
    })
public final class UpdateWithInstall implements Check<Dockerfile> {
  // The commands that only refresh a package index, by manager, and the subcommands that do it.
  private static final Map<String, Set<String>> INDEX_UPDATES =
      Map.of(
          "apt-get", Set.of("update"),
          "apt", Set.of("update"),
          "aptitude", Set.of("update"),
          "apk", Set.of("update"),
          "yum", Set.of("makecache"),
          "dnf", Set.of("makecache"),
          "zypper", Set.of("refresh", "ref"));

  // Upgrading the installed packages also consumes the fresh index.
  private static final Set<String> UPGRADES =
      Set.of("upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade", "update-to");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      if (installsOrUpgrades(run.instruction().script())) {
        continue;
      }
      for (ShellCommand command : run.commands()) {
        indexUpdate(command)
            .ifPresent(
                update ->
                    out.report(
                        update.manager().position(),
                        run.stage().label(),
                        "`"
                            + RunCommands.baseName(update.manager().text())
                            + " "
                            + update.verb()
                            + "` runs in a RUN that installs nothing, so its cached layer goes"
                            + " stale."));
      }
    }
  }

  private static boolean installsOrUpgrades(ShellScript script) {
    if (!PackageInstalls.in(script).isEmpty()) {
      return true;
    }
    for (ShellCommand command : script.commands()) {
      List<Word> program = RunCommands.program(command);
      if (!program.isEmpty()
          && INDEX_UPDATES.containsKey(RunCommands.baseName(program.get(0).text()))
          && program.stream().anyMatch(word -> UPGRADES.contains(word.text()))) {
        return true;
      }
    }
    return false;
  }

  /** A command that refreshes a package index: {@code apt-get update}. */
  record IndexUpdate(Word manager, String verb) {}

  /** The index refresh {@code command} performs, if it is one; shared with AptListsRemoved. */
  static Optional<IndexUpdate> indexUpdate(ShellCommand command) {
    List<Word> program = RunCommands.program(command);
    if (program.isEmpty()) {
      return Optional.empty();
    }
    Set<String> verbs = INDEX_UPDATES.get(RunCommands.baseName(program.get(0).text()));
    if (verbs == null) {
      return Optional.empty();
    }
    return program.stream()
        .skip(1)
        .map(Word::text)
        .filter(verbs::contains)
        .findFirst()
        .map(verb -> new IndexUpdate(program.get(0), verb));
  }
}
