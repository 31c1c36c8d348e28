package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-DF-018",
    title = "yum, dnf and zypper clean their package cache in the RUN that fills it",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3032", "hadolint:DL3040", "hadolint:DL3036"},
    rationale =
        "yum, dnf, microdnf and zypper keep repository metadata and downloaded packages in"
            + " /var/cache: often a hundred megabytes or more that stay in the layer unless the"
            + " same RUN removes them, since a later RUN only hides them. Stages that no shipped"
            + " image builds on are not checked.",
    remediation =
        "End the RUN with the manager's own clean-up: `RUN dnf install -y nginx-1.24.0 && dnf"
            + " clean all` (`yum clean all`, `microdnf clean all`, `zypper clean --all`), or"
            + " remove its cache directory (`rm -rf /var/cache/dnf`). With BuildKit, a cache"
            + " mount keeps it out of the layer: `RUN --mount=type=cache,target=/var/cache/libdnf5"
            + " dnf install ...`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#run",
      "https://github.com/hadolint/hadolint/wiki/DL3032",
      "https://github.com/hadolint/hadolint/wiki/DL3040",
      "https://github.com/hadolint/hadolint/wiki/DL3036"
    })
public final class RpmCacheCleaned implements Check<Dockerfile> {

  /** How one family of package managers downloads, cleans up, and where it caches. */
  private record Family(
      String cleanCommand,
      Set<String> downloadVerbs,
      Set<String> cleanVerbs,
      List<String> caches) {}

  private static final Family YUM =
      new Family(
          "yum clean all",
          Set.of("install", "groupinstall", "localinstall", "reinstall", "update", "upgrade"),
          Set.of("clean"),
          List.of("/var/cache/yum"));
  private static final Set<String> DNF_VERBS =
      Set.of(
          "install",
          "in",
          "groupinstall",
          "reinstall",
          "rei",
          "update",
          "upgrade",
          "up",
          "upgrade-minimal",
          "up-min",
          "distro-sync",
          "downgrade");
  private static final List<String> DNF_CACHES =
      List.of("/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum");
  private static final Family DNF =
      new Family("dnf clean all", DNF_VERBS, Set.of("clean"), DNF_CACHES);
  private static final Family MICRODNF =
      new Family("microdnf clean all", DNF_VERBS, Set.of("clean"), DNF_CACHES);
  private static final Family ZYPPER =
      new Family(
          "zypper clean",
          Set.of(
              "install",
              "in",
              "update",
              "up",
              "dist-upgrade",
              "dup",
              "patch",
              "source-install",
              "si"),
          Set.of("clean", "cc"),
          List.of("/var/cache/zypp"));

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      if (!Caches.shipped(file, run)) {
        continue;
      }
      List<ShellCommand> commands = run.commands();
      // The last download of each family in the RUN: a clean-up after it covers the earlier ones.
      Map<Family, Integer> lastDownload = new LinkedHashMap<>();
      for (int i = 0; i < commands.size(); i++) {
        int index = i;
        familyOf(commands.get(i))
            .filter(
                family ->
                    verb(commands.get(index)).filter(family.downloadVerbs()::contains).isPresent())
            .ifPresent(family -> lastDownload.put(family, index));
      }
      lastDownload.forEach(
          (family, index) -> {
            if (!cleanedAfter(run, family, index)) {
              List<Word> program = RunCommands.program(commands.get(index));
              out.report(
                  program.get(0).position(),
                  run.stage().label(),
                  "`"
                      + RunCommands.baseName(program.get(0).text())
                      + " "
                      + verb(commands.get(index)).orElse("")
                      + "` leaves its package cache in the layer: `"
                      + family.cleanCommand()
                      + "` is missing after it.");
            }
          });
    }
  }

  private static boolean cleanedAfter(RunCommands.Run run, Family family, int index) {
    for (String cache : family.caches()) {
      if (Caches.mounted(run.instruction(), cache)
          || Caches.removedAfter(run.commands(), index + 1, cache)) {
        return true;
      }
    }
    List<ShellCommand> commands = run.commands();
    for (int i = index + 1; i < commands.size(); i++) {
      ShellCommand command = commands.get(i);
      if (familyOf(command).filter(family::equals).isPresent()
          && verb(command).filter(family.cleanVerbs()::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Family> familyOf(ShellCommand command) {
    List<Word> program = RunCommands.program(command);
    if (program.isEmpty()) {
      return Optional.empty();
    }
    return switch (RunCommands.baseName(program.get(0).text())) {
      case "yum" -> Optional.of(YUM);
      case "dnf", "dnf5" -> Optional.of(DNF);
      case "microdnf" -> Optional.of(MICRODNF);
      case "zypper" -> Optional.of(ZYPPER);
      default -> Optional.empty();
    };
  }

  // The first word after the program that is not an option: install, clean, ...
  private static Optional<String> verb(ShellCommand command) {
    List<Word> program = RunCommands.program(command);
    return program.stream()
        .skip(1)
        .map(Word::text)
        .filter(text -> !text.startsWith("-"))
        .findFirst();
  }
}
