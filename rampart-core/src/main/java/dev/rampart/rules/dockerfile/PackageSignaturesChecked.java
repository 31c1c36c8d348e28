package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-009",
    title = "Package managers check package signatures",
    severity = Severity.HIGH,
    controls = "image.trusted-source",
    aliases = {
      "checkov:CKV2_DOCKER_7",
      "checkov:CKV2_DOCKER_8",
      "checkov:CKV2_DOCKER_9",
      "checkov:CKV2_DOCKER_10",
      "checkov:CKV2_DOCKER_11",
      "cis-docker:4.11"
    },
    profiles = "cis-docker",
    rationale =
        "Signatures are what tie a package to the distribution that built it. With the check"
            + " off, a mirror, proxy or repository that serves a modified package gets it"
            + " installed into the image as root, with nothing to show for it.",
    remediation =
        "Remove the switch and import the repository's signing key instead: `curl -fsSLo"
            + " /etc/apt/keyrings/vendor.asc https://vendor.example/key.asc` and `deb"
            + " [signed-by=/etc/apt/keyrings/vendor.asc] ...` for apt, `rpm --import` for rpm"
            + " repositories, or the key in /etc/apk/keys for apk.",
    references = {
      "https://cwe.mitre.org/data/definitions/347.html",
      "https://wiki.debian.org/DebianRepository/UseThirdParty"
    })
public final class PackageSignaturesChecked implements Check<Dockerfile> {
  private static final Set<String> APT_SWITCHES =
      Set.of("--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories");
  private static final Map<String, Set<String>> SWITCHES =
      Map.of(
          "apt-get", APT_SWITCHES,
          "apt", APT_SWITCHES,
          "aptitude", APT_SWITCHES,
          "apk", Set.of("--allow-untrusted"),
          "yum", Set.of("--nogpgcheck"),
          "dnf", Set.of("--nogpgcheck"),
          "tdnf", Set.of("--nogpgcheck"),
          "microdnf", Set.of("--nogpgcheck"),
          "zypper", Set.of("--no-gpg-checks", "--no-gpg-check"),
          "rpm", Set.of("--nosignature", "--nodigest", "--noverify", "--nofiledigest"));

  // In any command: a source list entry marked trusted, apt options, or gpgcheck=0 in a repo file.
  private static final Pattern CONFIG_OFF =
      Pattern.compile(
          "(?i).*(?:\\[[^]]*trusted=yes[^]]*]|allowunauthenticated\\s*=\\s*(?:true|1|yes)"
              + "|allowinsecurerepositories\\s*=\\s*(?:true|1|yes)"
              + "|gpgcheck\\s*=\\s*(?:0|false|no)\\b).*");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      for (ShellCommand command : run.commands()) {
        unsignedSwitch(command)
            .ifPresent(
                word ->
                    out.report(
                        word.position(),
                        run.stage().label(),
                        "`" + word.text() + "` lets packages in without a valid signature."));
      }
    }
  }

  private static Optional<Word> unsignedSwitch(ShellCommand command) {
    List<Word> program = RunCommands.program(command);
    if (program.isEmpty()) {
      return Optional.empty();
    }
    Set<String> switches =
        SWITCHES.getOrDefault(RunCommands.baseName(program.get(0).text()), Set.of());
    for (Word word : program.subList(1, program.size())) {
      if (switches.contains(word.text()) || CONFIG_OFF.matcher(word.text()).matches()) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }
}
