package dev.rampart.format.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.check.Recognizer.ByName;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeParserTest {
  private final ComposeRecognizer recognizer = new ComposeRecognizer();

  private static Parsed<ComposeFile> parse(String text) {
    return new ComposeParser().parse(new SourceText("compose.yaml", text));
  }

  @ParameterizedTest
  @CsvSource({
    "compose.yaml, YES",
    "compose.yml, YES",
    "deploy/docker-compose.yml, YES",
    "docker-compose.yaml, YES",
    "docker-compose.prod.yml, YES",
    "compose.override.yaml, YES",
    "Compose.YAML, YES",
    "services.yaml, MAYBE",
    "deploy.yml, MAYBE",
    "-, MAYBE",
    "compose.json, NO",
    "Dockerfile, NO"
  })
  void namesSayWhatTheyCan(String path, ByName expected) {
    assertThat(recognizer.byName(path)).isEqualTo(expected);
  }

  @Test
  void aServicesMappingOfComposeServicesIsCompose() {
    assertThat(recognizer.byContent("services:\n  web:\n    image: nginx:1.27\n")).isTrue();
    assertThat(
            recognizer.byContent(
                "x-base: &base\n  restart: always\nservices:\n  app:\n    build: .\n"))
        .isTrue();
  }

  @Test
  void kubernetesManifestsAndOtherServicesAreNotCompose() {
    assertThat(
            recognizer.byContent(
                "apiVersion: v1\nkind: ConfigMap\ndata: {}\nservices:\n  web:\n    image: x\n"))
        .isFalse();
    assertThat(recognizer.byContent("kind: Config\nservices:\n  web:\n    image: x\n")).isFalse();
    assertThat(recognizer.byContent("services:\n  - web\n  - db\n")).isFalse();
    assertThat(recognizer.byContent("services:\n  billing:\n    url: https://x\n")).isFalse();
    assertThat(recognizer.byContent("name: app\n  services: {}\n")).isFalse();
  }

  @Test
  void servicesKeepTheirOrderAndTheirNamesPositions() {
    Parsed<ComposeFile> parsed =
        parse(
            """
            x-common: &common
              user: "10001"
            services:
              web:
                <<: *common
                image: nginx:1.27
                cap_add: [NET_ADMIN]
              db:
                image: postgres:16.4
            volumes:
              data: {}
            """);
    assertThat(parsed.problems()).isEmpty();
    ComposeFile file = parsed.model();
    assertThat(file.services())
        .extracting(Service::name, Service::position)
        .containsExactly(tuple("web", Position.of(4, 3)), tuple("db", Position.of(8, 3)));
    Service web = file.services().get(0);
    assertThat(web.text("user")).contains("10001");
    assertThat(web.image()).contains("nginx:1.27");
    assertThat(web.items("cap_add"))
        .singleElement()
        .satisfies(i -> assertThat(i.asText()).contains("NET_ADMIN"));
    assertThat(file.volumes()).isPresent();
    assertThat(file.secrets()).isEmpty();
  }

  @Test
  void servicesAsAListAreAProblem() {
    Parsed<ComposeFile> parsed = parse("services:\n  - web\n  - db\n");
    assertThat(parsed.model().services()).isEmpty();
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(1);
  }

  @Test
  void aScalarServiceIsAProblemAndTheOthersAreStillRead() {
    Parsed<ComposeFile> parsed =
        parse("services:\n  web: nginx\n  db:\n    image: postgres:16.4\n  cache: [redis]\n");
    assertThat(parsed.model().services()).extracting(Service::name).containsExactly("db");
    assertThat(parsed.problems())
        .extracting(ParseProblem::line, ParseProblem::message)
        .containsExactly(
            tuple(2, "service web is not a mapping of settings (image:, build: ...): not checked"),
            tuple(
                5, "service cache is not a mapping of settings (image:, build: ...): not checked"));
  }

  @Test
  void aFileThatIsNoMappingIsAProblem() {
    Parsed<ComposeFile> parsed = parse("- web\n- db\n");
    assertThat(parsed.model().services()).isEmpty();
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(1);
  }
}
