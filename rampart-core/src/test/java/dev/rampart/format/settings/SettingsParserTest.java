package dev.rampart.format.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.envvars.Environment;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsParserTest {
  private final SettingsParser parser = new SettingsParser();

  private Parsed<SettingsFile> parse(String path, String text) {
    return parser.parse(new SourceText(path, text));
  }

  private static List<String> pairs(Parsed<SettingsFile> parsed) {
    return parsed.model().settings().stream()
        .map(
            s ->
                s.key() + "=" + s.value() + "@" + s.position().line() + ":" + s.position().column())
        .toList();
  }

  @Test
  void dotenvSettingsKeepTheirPositionsAndABrokenLineIsAProblemAtItsLine() {
    Parsed<SettingsFile> parsed =
        parse(".env.production", "DEBUG=true\nthis is not a setting\nexport LOG_LEVEL=debug\n");
    assertThat(pairs(parsed)).containsExactly("DEBUG=true@1:1", "LOG_LEVEL=debug@3:8");
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(2);
    assertThat(parsed.model().syntax()).isEqualTo(SettingsSyntax.DOTENV);
    assertThat(parsed.model().environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(parsed.model().template()).isFalse();
  }

  @Test
  void templatesAreToldByTheirNames() {
    assertThat(parse(".env.example", "A=1\n").model().template()).isTrue();
    assertThat(parse("config/.env.production.sample", "A=1\n").model().template()).isTrue();
    assertThat(parse("settings.dist.ini", "a=1\n").model().template()).isTrue();
    assertThat(parse(".env.local", "A=1\n").model().template()).isFalse();
  }

  @Test
  void yamlKeysAreJoinedAndListItemsHaveTheirListsKey() {
    Parsed<SettingsFile> parsed =
        parse(
            "application-prod.yml",
            """
            logging:
              level:
                root: DEBUG
            cors:
              allowed-origins:
                - "*"
                - https://a.example
            empty:
            ---
            server:
              address: 0.0.0.0
            """);
    assertThat(pairs(parsed))
        .containsExactly(
            "logging.level.root=DEBUG@3:5",
            "cors.allowed-origins=*@6:7",
            "cors.allowed-origins=https://a.example@7:7",
            "server.address=0.0.0.0@11:3");
    assertThat(parsed.problems()).isEmpty();
  }

  @Test
  void yamlAliasesDoNotMultiplyTheSettings() {
    StringBuilder text = new StringBuilder("a: &a {k: v}\n");
    for (int i = 0; i < 50; i++) {
      text.append("b").append(i).append(": *a\n");
    }
    assertThat(parse("config/app.yml", text.toString()).model().settings()).hasSize(1);
  }

  @Test
  void jsonAcceptsCommentsAndReportsInvalidJsonWithoutQuotingIt() {
    Parsed<SettingsFile> parsed =
        parse(
            "appsettings.Production.json",
            """
            {
              // comment
              "Logging": {"LogLevel": {"Default": "Debug"}},
              "AllowedOrigins": ["*", "https://a.example",],
              "Port": 8080, "Flag": true, "None": null,
              "Jwt": {"Secret": s3cr3tV4lu3}
            }
            """);
    assertThat(pairs(parsed))
        .containsExactly(
            "Logging.LogLevel.Default=Debug@3:28",
            "AllowedOrigins=*@4:22",
            "AllowedOrigins=https://a.example@4:27",
            "Port=8080@5:3",
            "Flag=true@5:17");
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).line()).isEqualTo(6);
    assertThat(parsed.problems().get(0).message())
        .startsWith("not valid JSON")
        .doesNotContain("s3cr3t");
  }

  @Test
  void tomlTablesAndArraysAreFlattenedInTheOrderWritten() {
    Parsed<SettingsFile> parsed =
        parse(
            "settings.toml",
            """
            debug = true
            [database]
            url = "postgres://db/app?sslmode=disable"
            [cors]
            origins = ["*"]
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().settings())
        .extracting(Setting::key)
        .containsExactly("debug", "database.url", "cors.origins");
    assertThat(parsed.model().settings())
        .extracting(s -> s.position().line())
        .containsExactly(1, 3, 5);
  }

  @Test
  void brokenTomlIsAProblemAtItsLineWithoutItsText() {
    Parsed<SettingsFile> parsed =
        parse("settings.toml", "ok = 1\nsecret_key = s3cr3tV4lu3\nafter = 2\n");
    assertThat(parsed.problems()).isNotEmpty();
    assertThat(parsed.problems().get(0).line()).isEqualTo(2);
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("s3cr3t"));
  }

  @Test
  void iniSectionsPrefixTheirKeysAndIndentedLinesContinueAValue() {
    Parsed<SettingsFile> parsed =
        parse(
            "config/app.ini",
            """
            ; comment
            top = 1
            [server]
            host = 0.0.0.0 ; where
            banner = one
              two
            [broken
            skip-networking
            = lost
            quoted = "a b"
            """);
    assertThat(pairs(parsed))
        .containsExactly(
            "top=1@2:1",
            "server.host=0.0.0.0@4:1",
            "server.banner=one\ntwo@5:1",
            "broken.skip-networking=@8:1",
            "broken.quoted=a b@10:1");
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(7, 9);
  }

  @Test
  void propertiesFollowJavaUtilProperties() {
    Parsed<SettingsFile> parsed =
        parse(
            "application-prod.properties",
            """
            # comment
            ! also
            spring.datasource.url=jdbc:postgresql://db/app?\\
                sslmode=disable
            key\\ with\\ spaces : v\\u0041
            cors.allowed-origins[0]=*
            bare
            broken=\\u12
            """);
    assertThat(pairs(parsed))
        .containsExactly(
            "spring.datasource.url=jdbc:postgresql://db/app?sslmode=disable@3:1",
            "key with spaces=vA@5:1",
            "cors.allowed-origins[0]=*@6:1",
            "bare=@7:1",
            "broken=u12@8:1");
    assertThat(parsed.model().settings().get(0).valuePosition()).isEqualTo(Position.of(3, 23));
    assertThat(parsed.model().settings().get(2).name()).isEqualTo("CORS_ALLOWED_ORIGINS");
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(8);
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstKey() {
    for (String name :
        List.of("appsettings.json", "settings.ini", "settings.toml", "application.properties")) {
      String text = name.endsWith(".json") ? "\uFEFF{\"debug\": true}" : "\uFEFFdebug = true\n";
      Parsed<SettingsFile> parsed = parse(name, text);
      assertThat(parsed.problems()).as(name).isEmpty();
      assertThat(parsed.model().settings())
          .as(name)
          .extracting(Setting::key)
          .containsExactly("debug");
    }
  }

  @Test
  void hostileNestingIsAProblemNotAFailure() {
    String open = "[".repeat(20_000);
    String close = "]".repeat(20_000);
    for (String[] file :
        new String[][] {
          {"appsettings.json", "{\"a\": " + open + close + "}"},
          {"settings.toml", "a = " + open + close + "\n"},
          {"config/app.yml", "a: " + open + close + "\n"}
        }) {
      Parsed<SettingsFile> parsed = parse(file[0], file[1]);
      assertThat(parsed.problems()).as(file[0]).isNotEmpty();
    }
    // Ten thousand continued lines are one setting, read in linear time.
    String continued = "key=" + "x\\\n".repeat(10_000) + "end\n";
    assertThat(parse("application.properties", continued).model().settings()).hasSize(1);
  }

  @Test
  void aFirstKeyThatIsAnEnvironmentsNameScopesWhatIsUnderIt() {
    Parsed<SettingsFile> parsed =
        parse(
            "config/app.yml",
            """
            Production: {debug: true}
            development: {debug: true}
            liveReload: {debug: true}
            prod_url: {debug: true}
            """);
    SettingsFile file = parsed.model();
    assertThat(file.settings())
        .extracting(file::environmentOf)
        .containsExactly(
            Environment.PRODUCTION,
            Environment.NON_PRODUCTION,
            Environment.UNKNOWN,
            Environment.UNKNOWN);
  }

  @Test
  void namesAreNormalisedForTheClassifiers() {
    Setting setting = new Setting("app.jwtSecret", "", Position.START, Position.START);
    assertThat(setting.name()).isEqualTo("APP_JWT_SECRET");
    assertThat(setting.lastName()).isEqualTo("JWT_SECRET");
  }
}
