package dev.rampart.settle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.RuleInfo;
import dev.rampart.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private static final ConfigLoader LOADER =
      new ConfigLoader(
          Set.of("RA-DF-001", "RA-DF-003", "RA-PSS-001"),
          Set.of("default", "pss-restricted"),
          Set.of("ops.incident-response"));

  private static ProjectConfig parse(String text) throws ConfigException {
    return LOADER.parse(".rampart.yaml", text);
  }

  private static void rejects(String text, String message) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Test
  void readsEverySection() throws ConfigException {
    ProjectConfig config =
        parse(
            """
            version: 1
            profile: pss-restricted
            fail-on: medium
            rules:
              enable: [RA-PSS-001]
              disable:
                - RA-DF-001
              severity:
                RA-DF-003: critical
            exclude: ["vendor/**", "**/testdata/**"]
            trusted-registries: [registry.example.com]
            production:
              paths: [deploy/app.env]
            attestations:
              - control: ops.incident-response
                by: Jane Doe
                date: 2026-01-15
                evidence: https://wiki.example.com/ir
                expires: 2027-01-15
            """);

    assertThat(config.profile()).contains("pss-restricted");
    assertThat(config.failOn()).contains(Severity.MEDIUM);
    assertThat(config.enable()).containsExactly("RA-PSS-001");
    assertThat(config.disable()).containsExactly("RA-DF-001");
    assertThat(config.severity()).isEqualTo(Map.of("RA-DF-003", Severity.CRITICAL));
    assertThat(config.exclude()).containsExactly("vendor/**", "**/testdata/**");
    assertThat(config.trustedRegistries()).containsExactly("registry.example.com");
    assertThat(config.productionPaths()).containsExactly("deploy/app.env");
    assertThat(config.attestations())
        .containsExactly(
            new ProjectConfig.Attestation(
                "ops.incident-response",
                "Jane Doe",
                LocalDate.of(2026, 1, 15),
                "https://wiki.example.com/ir",
                Optional.of(LocalDate.of(2027, 1, 15))));
  }

  @Test
  void anEmptyFileIsNoConfiguration() throws ConfigException {
    assertThat(parse("# nothing yet\n")).isEqualTo(ProjectConfig.NONE);
  }

  @Test
  void errorsNameTheLineAndTheKey() {
    rejects(
        "version: 1\nrulez: {}\n",
        ".rampart.yaml:2: rulez: unknown key; the keys here are"
            + " version, profile, fail-on, rules, exclude, trusted-registries, production,"
            + " attestations");
    rejects(
        "version: 1\nrules:\n  disable:\n    - RA-DF-001\n    - RA-NOPE-1\n",
        ".rampart.yaml:5: rules.disable: unknown rule RA-NOPE-1 (`rampart rules` lists them)");
    rejects(
        "version: 1\nrules:\n  severity:\n    RA-DF-003: urgent\n",
        ".rampart.yaml:4: rules.severity.RA-DF-003: unknown severity urgent; one of critical,"
            + " high, medium, low, info");
    rejects(
        "version: 1\nprofile: strict\n",
        ".rampart.yaml:2: profile: unknown profile strict; the profiles are default,"
            + " pss-restricted");
    rejects(
        "version: 1\nexclude: vendor/\n",
        ".rampart.yaml:2: exclude: a list is expected here ([a, b] or lines of `- a`)");
    rejects(
        "version: 1\nrules:\n  enable: [RA-DF-001]\n  disable: [RA-DF-001]\n",
        ".rampart.yaml:4: rules.disable: RA-DF-001 is also under rules.enable; keep one");
    rejects("profile: default\n", ".rampart.yaml:1: version: missing; write `version: 1` first");
    rejects("version: 2\n", ".rampart.yaml:1: version: this Rampart reads version 1, not 2");
    rejects(
        """
        version: 1
        attestations:
          - control: ops.incident-response
            by: me
            date: 2026-13-01
            evidence: x
        """,
        ".rampart.yaml:5: attestations.date: a date as YYYY-MM-DD is expected, not 2026-13-01");
    rejects(
        """
        version: 1
        attestations:
          - control: ops.nothing
            by: me
            date: 2026-01-01
            evidence: x
        """,
        ".rampart.yaml:3: attestations.control: unknown control ops.nothing (see controls.yaml)");
  }

  @Test
  void malformedYamlIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> parse("version: 1\nrules: [a\nexclude: b\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(".rampart.yaml:");
    assertThatThrownBy(() -> parse("version: 1\nversion: 1\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("2:")
        .hasMessageContaining("duplicate key");
  }

  @Test
  void disableWinsOverTheProfileAndEnableAddsToIt() throws ConfigException {
    ProjectConfig config =
        parse("version: 1\nrules:\n  enable: [RA-PSS-001]\n  disable: [RA-DF-001]\n");
    Predicate<RuleInfo> selected = config.select(rule -> !rule.id().startsWith("RA-PSS"));
    assertThat(
            Stream.of("RA-DF-001", "RA-DF-003", "RA-PSS-001", "RA-PSS-002")
                .map(ConfigLoaderTest::rule))
        .filteredOn(selected)
        .extracting(RuleInfo::id)
        .containsExactly("RA-DF-003", "RA-PSS-001");
  }

  private static RuleInfo rule(String id) {
    return new RuleInfo(
        id, "t", Severity.LOW, List.of(), List.of(), "f", "r", "fix", List.of(), List.of(), true);
  }
}
