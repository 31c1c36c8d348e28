package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.ShippedPackages.Installed;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-007",
    title = "The runtime image carries no compilers, build tools or sudo",
    severity = Severity.MEDIUM,
    controls = "image.minimal-runtime",
    aliases = {"cis-docker:4.3"},
    profiles = "cis-docker",
    rationale =
        "Compilers and build tools in the shipped image serve only an attacker, who can build"
            + " exploits and tooling inside the container; sudo adds a privilege-escalation path."
            + " They also enlarge the image and the list of packages whose vulnerabilities you"
            + " inherit.",
    remediation =
        "Build in an earlier stage and copy only the result into a slim runtime stage: `FROM"
            + " golang:1.23 AS build` ... `FROM gcr.io/distroless/static` with `COPY --from=build"
            + " /out/app /app`. If a tool is needed only for one step, remove it in the same RUN"
            + " (`apk add --virtual .build-deps gcc ... && apk del .build-deps`). Drop sudo: the"
            + " build runs as root already, and the service should not need it.",
    references = {
      "https://docs.docker.com/build/building/multi-stage/",
      "https://www.cisecurity.org/benchmark/docker"
    })
public final class RuntimeWithoutBuildTools implements Check<Dockerfile> {
  private static final Set<String> BUILD_TOOLS =
      Set.of(
          "gcc",
          "g++",
          "gcc-c++",
          "cpp",
          "clang",
          "llvm",
          "make",
          "cmake",
          "build-essential",
          "build-base",
          "alpine-sdk",
          "autoconf",
          "automake",
          "libtool",
          "binutils",
          "bison",
          "flex",
          "meson",
          "ninja",
          "ninja-build",
          "nasm",
          "golang",
          "golang-go",
          "go",
          "rustc",
          "cargo",
          "maven",
          "gradle",
          "default-jdk",
          "default-jdk-headless",
          "@development-tools",
          "Development Tools",
          "sudo");

  // Versioned names: gcc-12, g++-13, clang-18, openjdk-17-jdk, java-17-openjdk-devel.
  private static final Pattern VERSIONED_TOOL =
      Pattern.compile(
          "(?:gcc|g\\+\\+|clang|llvm|golang)-[0-9.]+"
              + "|openjdk-?[0-9]+-jdk(?:-headless)?"
              + "|java-[0-9.]+-openjdk-devel");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Installed installed : ShippedPackages.of(file)) {
      if (isBuildTool(installed.name())) {
        out.report(
            installed.word().position(),
            installed.stage().label(),
            installed.name().equals("sudo")
                ? "sudo is installed into the runtime image and stays there."
                : installed.name()
                    + " is a build tool, and it is installed into the runtime image, where it"
                    + " stays.");
      }
    }
  }

  static boolean isBuildTool(String packageName) {
    return BUILD_TOOLS.contains(packageName) || VERSIONED_TOOL.matcher(packageName).matches();
  }
}
