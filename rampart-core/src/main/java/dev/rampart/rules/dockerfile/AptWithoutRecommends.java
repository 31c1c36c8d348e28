package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import dev.rampart.rules.dockerfile.PackageInstalls.Option;
import java.util.Locale;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-010",
    title = "apt installs only the packages it is asked for, without their recommendations",
    severity = Severity.LOW,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3015", "trivy:AVD-DS-0029", "cis-docker:4.3"},
    profiles = "cis-docker",
    rationale =
        "By default apt also installs every package the requested ones recommend: often dozens"
            + " the image never uses. Each is more to download, a larger image, and more"
            + " software whose vulnerabilities the image inherits and scanners report.",
    remediation =
        "Add `--no-install-recommends`: `apt-get install -y --no-install-recommends"
            + " curl=7.88.1-10+deb12u8`, and name any recommended package you do need. With"
            + " aptitude, use `--without-recommends`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#apt-get",
      "https://github.com/hadolint/hadolint/wiki/DL3015",
      "https://avd.aquasec.com/misconfig/dockerfile/general/avd-ds-0029/"
    })
public final class AptWithoutRecommends implements Check<Dockerfile> {
  // -o APT::Install-Recommends=false, and the other spellings apt reads as false.
  private static final Pattern NO_RECOMMENDS_SETTING =
      Pattern.compile("apt::install-recommends\\s*=\\s*[\"']?(?:false|0|no|off)[\"']?");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (RunCommands.Run run : RunCommands.in(file)) {
      for (Install install : PackageInstalls.in(run.instruction().script())) {
        if (install.manager().isApt()
            && !install.packages().isEmpty()
            && !skipsRecommends(install)) {
          out.report(
              install.position(),
              run.stage().label(),
              "`"
                  + install.invocation()
                  + "` also installs what its packages recommend: --no-install-recommends is"
                  + " missing.");
        }
      }
    }
  }

  private static boolean skipsRecommends(Install install) {
    if (install.hasOption("--no-install-recommends")) {
      return true;
    }
    if (install.manager() == Manager.APTITUDE && install.hasOption("-R", "--without-recommends")) {
      return true;
    }
    for (Option option : install.options()) {
      String text = option.word().text();
      String setting;
      if (option.name().equals("-o") || option.name().equals("--option")) {
        setting = option.argument().orElse("");
      } else if (text.startsWith("-o") && !text.startsWith("--")) {
        setting = text.substring(2); // -oAPT::Install-Recommends=false
      } else {
        continue;
      }
      if (NO_RECOMMENDS_SETTING.matcher(setting.strip().toLowerCase(Locale.ROOT)).matches()) {
        return true;
      }
    }
    return false;
  }
}
