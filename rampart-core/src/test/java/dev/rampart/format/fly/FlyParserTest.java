package dev.rampart.format.fly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.check.Recognizer.ByName;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import org.junit.jupiter.api.Test;

class FlyParserTest {
  private final FlyParser parser = new FlyParser();

  private Parsed<FlyApp> parse(String text) {
    return parser.parse(new SourceText("fly.toml", text));
  }

  @Test
  void recognisesFlyConfigurationsByName() {
    for (String path :
        new String[] {
          "fly.toml",
          "deploy/fly.production.toml",
          "fly-staging.toml",
          "staging.fly.toml",
          "FLY.TOML"
        }) {
      assertThat(parser.byName(path)).as(path).isEqualTo(ByName.YES);
    }
    assertThat(parser.byName("Cargo.toml")).isEqualTo(ByName.MAYBE);
    assertThat(parser.byName("-")).isEqualTo(ByName.MAYBE);
    assertThat(parser.byName("fly.yaml")).isEqualTo(ByName.NO);
    assertThat(parser.byName("flyway.conf")).isEqualTo(ByName.NO);
  }

  @Test
  void recognisesOtherTomlByAnAppAndItsServices() {
    assertThat(parser.byContent("app = \"web\"\n\n[http_service]\n  internal_port = 8080\n"))
        .isTrue();
    assertThat(parser.byContent("app = 'web'\n[[services]]\ninternal_port = 22\n")).isTrue();
    assertThat(parser.byContent("[package]\nname = \"app\"\n[dependencies]\n")).isFalse();
    assertThat(parser.byContent("app = \"web\"\n[database]\nurl = \"x\"\n")).isFalse();
  }

  @Test
  void readsServicesAndPortsWithTheirPositions() {
    FlyApp app =
        parse(
                """
                app = "web"

                [http_service]
                  internal_port = 8080
                  force_https = true

                [[services]]
                  internal_port = 22
                  processes = ["ssh"]

                  [[services.ports]]
                    port = 10022
                    allowlist = ["1.2.3.4/32"]

                [[services]]
                  protocol = "UDP"
                  ports = [{ start_port = 5000, end_port = 5010, handlers = ["PROXY_PROTO"] }]
                """)
            .model();

    assertThat(app.name()).contains("web");
    HttpService http = app.httpService().orElseThrow();
    assertThat(http.at().line()).isEqualTo(3);
    assertThat(http.internalPort()).hasValue(8080);
    assertThat(http.forceHttps().orElseThrow().value()).isTrue();
    assertThat(http.forceHttps().orElseThrow().at()).isEqualTo(Position.of(5, 3));

    assertThat(app.services()).hasSize(2);
    Service ssh = app.services().get(0);
    assertThat(ssh.label()).isEqualTo("service 1 (internal port 22)");
    assertThat(ssh.protocol()).isEqualTo("tcp");
    assertThat(ssh.processes()).containsExactly("ssh");
    ServicePort port = ssh.ports().get(0);
    assertThat(port.at().line()).isEqualTo(11);
    assertThat(port.port()).hasValue(10022);
    assertThat(port.allowlist()).map(Position::line).contains(13);
    assertThat(port.handlers()).isEmpty();

    Service range = app.services().get(1);
    assertThat(range.protocol()).isEqualTo("udp");
    ServicePort ports = range.ports().get(0);
    assertThat(ports.describe()).isEqualTo("ports 5000-5010");
    assertThat(ports.covers(5005)).isTrue();
    assertThat(ports.covers(5011)).isFalse();
    assertThat(ports.handlers()).containsExactly("proxy_proto");
    assertThat(ports.at().line()).isEqualTo(17);
  }

  @Test
  void readsAServicesTableWrittenOnceAsOneService() {
    FlyApp app =
        parse(
                "app = \"x\"\n[services]\n  internal_port = 5432\n  [[services.ports]]\n  port = 5432\n")
            .model();

    assertThat(app.services()).hasSize(1);
    assertThat(app.services().get(0).ports().get(0).port()).hasValue(5432);
  }

  @Test
  void valuesOfTheWrongTypeAreProblemsWithoutTheirText() {
    Parsed<FlyApp> parsed =
        parse(
            """
            app = "x"
            [http_service]
              internal_port = "s3cr3t-value"
              force_https = 1
            [[services]]
              ports = ["80"]
            """);

    assertThat(parsed.problems())
        .extracting(ParseProblem::line, ParseProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "`internal_port` is not a number"),
            org.assertj.core.groups.Tuple.tuple(4, "`force_https` is not true or false"),
            org.assertj.core.groups.Tuple.tuple(6, "an item of `ports` is not a table"));
    assertThat(parsed.problems()).noneMatch(p -> p.message().contains("s3cr3t"));
    assertThat(parsed.model().httpService().orElseThrow().forceHttps()).isEmpty();
  }

  @Test
  void invalidTomlIsAProblemAtItsLineAndNeverQuotesTheText() {
    Parsed<FlyApp> parsed = parse("app = \"x\"\npassword = \"hunter2\n[http_service]\n");

    assertThat(parsed.problems()).isNotEmpty();
    assertThat(parsed.problems().get(0).line()).isEqualTo(2);
    assertThat(parsed.problems()).noneMatch(p -> p.message().contains("hunter2"));
  }
}
