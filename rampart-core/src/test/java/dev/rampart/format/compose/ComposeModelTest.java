package dev.rampart.format.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed reading of services: both syntaxes, interpolation, extends and include. */
class ComposeModelTest {

  private static SourceTree tree(Map<String, String> files) {
    return path ->
        files.containsKey(path)
            ? new SourceTree.Found(new SourceText(path, files.get(path)))
            : new SourceTree.Missing();
  }

  private static Parsed<ComposeFile> parse(String text, Map<String, String> others) {
    return new ComposeParser().parse(new SourceText("app/compose.yaml", text), tree(others));
  }

  private static Service only(String text) {
    return parse(text, Map.of()).model().services().get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'8080'|||8080|true",
        "'8080:80'||8080|80|true",
        "'127.0.0.1:5432:5432/tcp'|127.0.0.1|5432|5432|false",
        "'0.0.0.0:6379:6379'|0.0.0.0|6379|6379|true",
        "'\"[::1]:6379:6379\"'|[::1]|6379|6379|false",
        "'9000-9010:9000-9010'||9000-9010|9000-9010|true",
        "'127.0.0.1::80'|127.0.0.1||80|false",
        "'{target: 5432, published: \"5432\", host_ip: 127.0.0.1}'|127.0.0.1|5432|5432|false",
        "'{target: 80, published: 8080}'||8080|80|true"
      })
  void portsInBothSyntaxes(
      String written, String hostIp, String published, String target, boolean everywhere) {
    Service service = only("services:\n  db:\n    image: x\n    ports:\n      - " + written + "\n");
    assertThat(service.ports())
        .singleElement()
        .satisfies(
            port -> {
              assertThat(port.hostIp()).isEqualTo(Optional.ofNullable(hostIp));
              assertThat(port.published()).isEqualTo(Optional.ofNullable(published));
              assertThat(port.target()).isEqualTo(target);
              assertThat(port.onEveryInterface()).isEqualTo(everywhere);
              assertThat(port.at()).isEqualTo(Position.of(5, 9));
            });
  }

  @Test
  void mountsInBothSyntaxesAndTmpfs() {
    Service service =
        only(
            """
            services:
              app:
                image: x
                volumes:
                  - ./conf:/etc/app:ro,z
                  - data:/var/lib/data
                  - /cache
                  - ~/.ssh:/root/.ssh
                  - {type: bind, source: /var/run/docker.sock, target: /var/run/docker.sock, read_only: true}
                  - {type: tmpfs, target: /run, tmpfs: {size: 1000000, mode: 1777}}
                tmpfs:
                  - /tmp:size=64m,noexec,nosuid
            """);
    assertThat(service.mounts())
        .extracting(Mount::type, Mount::source, Mount::target, Mount::readOnly)
        .containsExactly(
            tuple(Mount.Type.BIND, Optional.of("./conf"), "/etc/app", true),
            tuple(Mount.Type.VOLUME, Optional.of("data"), "/var/lib/data", false),
            tuple(Mount.Type.VOLUME, Optional.empty(), "/cache", false),
            tuple(Mount.Type.BIND, Optional.of("~/.ssh"), "/root/.ssh", false),
            tuple(
                Mount.Type.BIND, Optional.of("/var/run/docker.sock"), "/var/run/docker.sock", true),
            tuple(Mount.Type.TMPFS, Optional.empty(), "/run", false),
            tuple(Mount.Type.TMPFS, Optional.empty(), "/tmp", false));
    assertThat(service.mounts().get(5).options()).containsExactly("size=1000000", "mode=1777");
    assertThat(service.mounts().get(6).has("size")).isTrue();
    assertThat(service.mounts().get(6).has("noexec")).isTrue();
  }

  @Test
  void healthchecksLimitsLoggingEnvironmentAndSecrets() {
    Service service =
        only(
            """
            services:
              app:
                image: x
                healthcheck:
                  test: ["NONE"]
                mem_limit: 512m
                deploy:
                  resources:
                    limits: {cpus: "0.5"}
                logging:
                  driver: json-file
                  options: {max-size: 10m}
                environment:
                  - DEBUG=true
                  - FROM_SHELL
                secrets: [db_password, {source: api_key, target: api}]
            """);
    assertThat(service.healthcheckDisabled()).isTrue();
    assertThat(service.limit("memory")).map(e -> e.position().line()).contains(6);
    assertThat(service.limit("cpus")).map(e -> e.position().line()).contains(9);
    assertThat(service.limit("pids")).isEmpty();
    assertThat(service.loggingDriver()).isEqualTo("json-file");
    assertThat(service.loggingOption("max-size")).contains("10m");
    assertThat(service.loggingOption("max-file")).isEmpty();
    assertThat(service.environment())
        .extracting(EnvVar::name, EnvVar::known)
        .containsExactly(
            tuple("DEBUG", Optional.of("true")), tuple("FROM_SHELL", Optional.empty()));
    assertThat(service.secrets()).containsExactly("db_password", "api_key");
  }

  @Test
  void variablesComeFromTheAdjacentEnvFileAndFromDefaults() {
    Parsed<ComposeFile> parsed =
        parse(
            """
            services:
              app:
                image: "example/app:${TAG}"
                user: "${APP_UID:-10001}"
                command: ["echo", "$$HOME"]
                environment:
                  DB_PASSWORD: ${DB_PASSWORD}
                  API_KEY: ${API_KEY:-not-so-secret}
                  MODE: ${MODE:?set it}
                  EXTRA: ${EXTRA:+on}
                  HOST: $HOST
            """,
            Map.of("app/.env", "TAG=1.4.2\nHOST=db.internal\nBASE=x\nDERIVED=${BASE}y\n"));
    Service app = parsed.model().services().get(0);
    assertThat(app.image()).contains("example/app:1.4.2");
    assertThat(app.text("user")).contains("10001");
    assertThat(app.commandWords("command")).containsExactly("echo", "$HOME");
    assertThat(app.environment())
        .extracting(EnvVar::name, EnvVar::known, EnvVar::origin)
        .containsExactly(
            tuple("DB_PASSWORD", Optional.empty(), Origin.UNRESOLVED),
            tuple("API_KEY", Optional.of("not-so-secret"), Origin.DEFAULT),
            tuple("MODE", Optional.empty(), Origin.UNRESOLVED),
            tuple("EXTRA", Optional.of(""), Origin.DEFAULT),
            tuple("HOST", Optional.of("db.internal"), Origin.ENV_FILE));
    assertThat(app.environment().get(0).value()).contains("${DB_PASSWORD}");
    assertThat(
            new Interpolation(Map.of("A", "1", "E", ""))
                .apply("${E:-d}/${E-d}/${A:+x}/${B:-${A}}")
                .value())
        .isEqualTo("d//x/1");
  }

  @Test
  void extendsMergesABaseOfTheSameFileAndOfAnotherFile() {
    Parsed<ComposeFile> parsed =
        parse(
            """
            services:
              base:
                image: example/app:1.0
                cap_drop: [ALL]
                environment:
                  LOG_LEVEL: info
                  REGION: eu
              web:
                extends: base
                environment:
                  - LOG_LEVEL=debug
                cap_drop: [NET_RAW]
              worker:
                extends:
                  file: ../common/services.yml
                  service: hardened
                command: ["worker"]
            """,
            Map.of(
                "common/services.yml",
                "services:\n  hardened:\n    read_only: true\n    command: [\"serve\"]\n"));
    assertThat(parsed.problems()).isEmpty();
    Service web = parsed.model().services().get(1);
    assertThat(web.image()).contains("example/app:1.0");
    assertThat(web.items("cap_drop"))
        .extracting(n -> n.asText().orElseThrow())
        .containsExactly("ALL", "NET_RAW");
    assertThat(web.environment())
        .extracting(EnvVar::name, EnvVar::known)
        .containsExactly(
            tuple("LOG_LEVEL", Optional.of("debug")), tuple("REGION", Optional.of("eu")));
    Service worker = parsed.model().services().get(2);
    assertThat(worker.isTrue("read_only")).isTrue();
    // What comes from the other file is placed at the extends key of this one.
    assertThat(worker.entry("read_only").orElseThrow().position()).isEqualTo(Position.of(14, 5));
    assertThat(worker.commandWords("command")).containsExactly("worker");
  }

  @Test
  void missingAndCircularBasesAndIncludesAreProblems() {
    Parsed<ComposeFile> parsed =
        parse(
            """
            include:
              - ../shared/db.yml
              - path: [missing.yml]
              - ../../outside.yml
              - https://example.com/compose.yml
            services:
              a:
                extends: b
                image: x
              b:
                extends: {service: a}
              c:
                extends: {service: nowhere}
              d:
                extends: {file: gone.yml, service: base}
              e:
                extends: [not, a, mapping]
            """,
            Map.of("shared/db.yml", "services: {}\n"));
    assertThat(parsed.model().services()).hasSize(5);
    assertThat(parsed.problems())
        .extracting(ParseProblem::line, ParseProblem::message)
        .containsExactly(
            tuple(3, "included file missing.yml is not in the scanned tree"),
            tuple(4, "included file ../../outside.yml is outside the scanned root: not checked"),
            tuple(8, "service a extends b in a cycle: not merged"),
            tuple(11, "service b extends a in a cycle: not merged"),
            tuple(13, "service c extends nowhere, which is not a service of this file: not merged"),
            tuple(15, "extends file gone.yml is not in the scanned tree: not merged"),
            tuple(17, "extends of service e names no service: not merged"));
  }

  @Test
  void settingsOfTheWrongShapeAreReadAsNothingAndReported() {
    Parsed<ComposeFile> parsed =
        parse(
            """
            services:
              app:
                image: x
                ports: {a: b}
                volumes: [[nested]]
                healthcheck: [test]
                deploy: {resources: {limits: [memory]}}
                logging: {driver: json-file, options: [max-size]}
                environment: 42
                secrets: {a: b}
                tmpfs: {a: b}
                user: [root]
            """,
            Map.of());
    Service service = parsed.model().services().get(0);
    assertThat(service.ports()).isEmpty();
    assertThat(service.mounts()).isEmpty();
    assertThat(service.healthcheckDisabled()).isFalse();
    assertThat(service.limit("memory")).isEmpty();
    assertThat(service.loggingOption("max-size")).isEmpty();
    assertThat(service.environment()).isEmpty();
    assertThat(service.secrets()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ParseProblem::line, ParseProblem::message)
        .containsExactly(
            tuple(4, "ports of service app is a mapping, not a list: not checked"),
            tuple(
                5,
                "an item of volumes of service app is a list, not a single value or a mapping: not checked"),
            tuple(6, "healthcheck of service app is a list, not a mapping: not checked"),
            tuple(8, "logging.options of service app is a list, not a mapping: not checked"),
            tuple(
                9,
                "environment of service app is a single value, not a list or a mapping: not checked"),
            tuple(10, "secrets of service app is a mapping, not a list: not checked"),
            tuple(
                11, "tmpfs of service app is a mapping, not a single value or a list: not checked"),
            tuple(12, "user of service app is a list, not a single value: not checked"),
            tuple(7, "deploy.resources.limits of service app is not a mapping: not checked"));
  }
}
