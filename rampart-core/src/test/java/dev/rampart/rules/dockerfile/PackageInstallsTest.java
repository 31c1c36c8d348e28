package dev.rampart.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.format.shell.ShellParser;
import dev.rampart.format.shell.ShellScript;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Position;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageInstallsTest {

  private static ShellScript script(String text) {
    return ShellParser.parse(text, offset -> Position.of(1, offset + 1));
  }

  private static Install only(String text) {
    List<Install> installs = PackageInstalls.in(script(text));
    assertThat(installs).hasSize(1);
    return installs.get(0);
  }

  private static List<String> packages(Install install) {
    return install.packages().stream().map(Word::text).toList();
  }

  @Test
  void aptGetWithOptionsOnBothSidesOfTheVerb() {
    Install install =
        only(
            "apt-get -o Dpkg::Options::=--force-confold -qq install -y"
                + " --no-install-recommends curl=7.88.1-10 ca-certificates");
    assertThat(install.manager()).isEqualTo(Manager.APT_GET);
    assertThat(install.verb().text()).isEqualTo("install");
    assertThat(packages(install)).containsExactly("curl=7.88.1-10", "ca-certificates");
    assertThat(install.hasOption("-y", "--yes")).isTrue();
    assertThat(install.hasOption("--no-install-recommends")).isTrue();
    assertThat(install.optionValue("-o")).hasValue("Dpkg::Options::=--force-confold");
    assertThat(install.nameOf(install.packages().get(0))).isEqualTo("curl");
  }

  @Test
  void packageWordsKnowWhereTheyAre() {
    Install install = only("apk add --no-cache gcc");
    assertThat(install.packages().get(0).position()).isEqualTo(Position.of(1, 20));
  }

  @Test
  void shortOptionsMatchInsideClusters() {
    Install install = only("apt-get install -qy curl");
    assertThat(install.hasOption("-y")).isTrue();
    assertThat(install.hasOption("-q")).isTrue();
    assertThat(install.hasOption("-f")).isFalse();
  }

  @Test
  void apkVirtualNameIsNotAPackage() {
    Install install = only("apk add --no-cache --virtual .build-deps gcc musl-dev");
    assertThat(packages(install)).containsExactly("gcc", "musl-dev");
    assertThat(install.optionValue("--virtual", "-t")).hasValue(".build-deps");
    assertThat(install.hasOption("--no-cache")).isTrue();
  }

  @Test
  void findsEveryInstallOfAScriptThroughSudoAndEnv() {
    List<Install> installs =
        PackageInstalls.in(
            script(
                "apt-get update && sudo -u root apt-get install -y git; env A=1 yum -y install"
                    + " make && dnf install --setopt=tsflags=nodocs gcc && microdnf install jq"
                    + " && zypper -n in vim && aptitude install htop && apt install tree"));
    assertThat(installs)
        .extracting(Install::manager)
        .containsExactly(
            Manager.APT_GET,
            Manager.YUM,
            Manager.DNF,
            Manager.MICRODNF,
            Manager.ZYPPER,
            Manager.APTITUDE,
            Manager.APT);
    assertThat(installs).allMatch(i -> i.manager().isSystem());
  }

  @Test
  void otherSubcommandsAreNotInstalls() {
    assertThat(PackageInstalls.in(script("apt-get update && apt-get upgrade -y"))).isEmpty();
    assertThat(PackageInstalls.in(script("apk update; pip freeze; npm run build"))).isEmpty();
    assertThat(PackageInstalls.in(script("echo apt-get install curl"))).isEmpty();
  }

  @Test
  void pipInstallsAndTheirRequirementFiles() {
    Install install =
        only("python3 -m pip install --no-cache-dir -r requirements.txt 'requests[socks]>=2.31'");
    assertThat(install.manager()).isEqualTo(Manager.PIP);
    assertThat(install.manager().isSystem()).isFalse();
    assertThat(packages(install)).containsExactly("requests[socks]>=2.31");
    assertThat(install.optionValue("-r", "--requirement")).hasValue("requirements.txt");
    assertThat(install.nameOf(install.packages().get(0))).isEqualTo("requests");
    assertThat(only("pip3 install flask==3.0.3").manager()).isEqualTo(Manager.PIP);
    assertThat(only("/usr/local/bin/pip3.12 install flask").manager()).isEqualTo(Manager.PIP);
  }

  @Test
  void npmInstallsIncludingCi() {
    Install install = only("npm install --omit dev -g @angular/cli@17.3.0 typescript");
    assertThat(install.manager()).isEqualTo(Manager.NPM);
    assertThat(packages(install)).containsExactly("@angular/cli@17.3.0", "typescript");
    assertThat(install.optionValue("--omit")).hasValue("dev");
    assertThat(install.nameOf(install.packages().get(0))).isEqualTo("@angular/cli");
    Install ci = only("npm ci --omit=dev");
    assertThat(ci.verb().text()).isEqualTo("ci");
    assertThat(ci.packages()).isEmpty();
    assertThat(ci.optionValue("--omit")).hasValue("dev");
  }

  @Test
  void removals() {
    ShellScript script =
        script("apk del .build-deps && apt-get purge -y --auto-remove gcc && yum remove -y make");
    assertThat(script.commands())
        .map(c -> PackageInstalls.removalOf(c).map(r -> packages(r)).orElse(List.of()))
        .containsExactly(List.of(".build-deps"), List.of("gcc"), List.of("make"));
    assertThat(PackageInstalls.in(script)).isEmpty();
  }

  @Test
  void packageNamesWithoutVersionsOrQualifiers() {
    assertThat(PackageInstalls.packageName(Manager.APT_GET, "libssl3:amd64")).isEqualTo("libssl3");
    assertThat(PackageInstalls.packageName(Manager.APT_GET, "nginx/bookworm-backports"))
        .isEqualTo("nginx");
    assertThat(PackageInstalls.packageName(Manager.APK, "curl~8.9")).isEqualTo("curl");
    assertThat(PackageInstalls.packageName(Manager.APK, "py3-pip@edge")).isEqualTo("py3-pip");
    assertThat(PackageInstalls.packageName(Manager.YUM, "gcc-c++.x86_64")).isEqualTo("gcc-c++");
    assertThat(PackageInstalls.packageName(Manager.ZYPPER, "vim>=9")).isEqualTo("vim");
    assertThat(PackageInstalls.packageName(Manager.PIP, "Django~=5.0")).isEqualTo("Django");
    assertThat(PackageInstalls.packageName(Manager.NPM, "left-pad@1.3.0")).isEqualTo("left-pad");
    assertThat(PackageInstalls.packageName(Manager.NPM, "@types/node")).isEqualTo("@types/node");
  }
}
