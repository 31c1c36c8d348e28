package dev.rampart.format.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SshdSetupTest {
  private static final SshdConfigParser PARSER = new SshdConfigParser();

  private static ParsedFiles<SshdConfig> files(Map<String, String> texts) {
    List<ParsedFile<SshdConfig>> files = new ArrayList<>();
    texts.forEach(
        (path, text) -> {
          SourceText source = new SourceText(path, text);
          files.add(new ParsedFile<>(source, PARSER.parse(source).model()));
        });
    return new ParsedFiles<>(files);
  }

  private static List<String> values(SshdSetup setup, String keyword, String defaultValue) {
    return setup.effective(keyword, defaultValue).stream()
        .map(e -> e.value() + (e.directive().isEmpty() ? " (default)" : "") + e.scope())
        .toList();
  }

  @Test
  void problemsNameUnknownKeywordsButNeverAPastedValue() {
    String token = "ghp_" + "R4mp4rtT3stT0k3nN0tR34l0000000000000";
    Parsed<SshdConfig> parsed =
        PARSER.parse(new SourceText("sshd_config", "PasswordAuthenticaton no\n" + token + "\n"));

    assertThat(parsed.problems())
        .extracting(p -> p.message())
        .containsExactly(
            "unknown sshd_config keyword PasswordAuthenticaton (sshd refuses to start with it);"
                + " the line is not checked",
            "unknown sshd_config keyword (a word that is no keyword) (sshd refuses to start with"
                + " it); the line is not checked");
  }

  @Test
  void keywordsAreCaseInsensitiveTakeEqualsSignsAndQuotes() {
    Parsed<SshdConfig> parsed =
        PARSER.parse(
            new SourceText(
                "sshd_config",
                """
                passwordAUTHENTICATION=no
                Banner "/etc/my issue" # comment
                ChallengeResponseAuthentication yes
                """));
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().directives())
        .extracting(SshdDirective::keyword)
        .containsExactly("passwordauthentication", "banner", "kbdinteractiveauthentication");
    assertThat(parsed.model().directives().get(1).args()).containsExactly("/etc/my issue");
  }

  @Test
  void unknownKeywordsAndOpenQuotesAreProblemsThatShowNoValue() {
    Parsed<SshdConfig> parsed =
        PARSER.parse(new SourceText("sshd_config", "Passwrd hunter2\nBanner \"open\nPort 22\n"));
    assertThat(parsed.problems()).hasSize(2);
    assertThat(parsed.problems().get(0).message()).contains("Passwrd").doesNotContain("hunter2");
    assertThat(parsed.model().directives())
        .singleElement()
        .extracting(SshdDirective::keyword)
        .isEqualTo("port");
  }

  @Test
  void recognisesConfigsAndDropInsButNotManualsOrTemplates() {
    assertThat(PARSER.byName("etc/ssh/sshd_config")).isEqualTo(SshdConfigParser.ByName.YES);
    assertThat(PARSER.byName("hardened_sshd_config")).isEqualTo(SshdConfigParser.ByName.YES);
    assertThat(PARSER.byName("sshd_config.prod")).isEqualTo(SshdConfigParser.ByName.YES);
    assertThat(PARSER.byName("etc/ssh/sshd_config.d/50-cloud-init.conf"))
        .isEqualTo(SshdConfigParser.ByName.YES);
    assertThat(PARSER.byName("openssh/sshd_config.5")).isEqualTo(SshdConfigParser.ByName.NO);
    assertThat(PARSER.byName("roles/ssh/templates/sshd_config.j2"))
        .isEqualTo(SshdConfigParser.ByName.NO);
    assertThat(PARSER.byName("sshd_config.d/notes/readme.conf"))
        .isEqualTo(SshdConfigParser.ByName.NO);
  }

  @Test
  void firstValueWinsAndMatchBlocksAreTheirOwn() {
    SshdSetup setup =
        SshdSetup.of(
                files(
                    Map.of(
                        "sshd_config",
                        """
                        PasswordAuthentication no
                        PasswordAuthentication yes
                        Match User a
                         PasswordAuthentication yes
                         PasswordAuthentication no
                        Match all
                         PasswordAuthentication no
                        Match User b
                         PasswordAuthentication yes
                        """)))
            .get(0);
    // Match all replaces the global value for every connection; a later block never applies.
    assertThat(values(setup, "PasswordAuthentication", "yes"))
        .containsExactly(
            "yes for connections matching `Match User a`",
            "no for connections matching `Match all`");
    assertThat(values(setup, "PermitRootLogin", "prohibit-password"))
        .containsExactly("prohibit-password (default)");
  }

  @Test
  void includesReadDropInsInGlobOrderAndNeverLoop() {
    List<SshdSetup> setups =
        SshdSetup.of(
            files(
                Map.of(
                    "etc/ssh/sshd_config",
                    """
                    Include /etc/ssh/sshd_config.d/*.conf
                    Include sshd_config
                    PasswordAuthentication no
                    """,
                    "etc/ssh/sshd_config.d/20-b.conf",
                    "PasswordAuthentication no\n",
                    "etc/ssh/sshd_config.d/10-a.conf",
                    "PasswordAuthentication yes\nInclude ../sshd_config\n",
                    "other/sshd_config.d/lone.conf",
                    "PermitRootLogin yes\n")));
    assertThat(setups).hasSize(2);
    assertThat(setups.get(0).effective("PasswordAuthentication", "yes"))
        .singleElement()
        .satisfies(e -> assertThat(e.source().path()).isEqualTo("etc/ssh/sshd_config.d/10-a.conf"));
    // The lone drop-in is judged alone, without defaults.
    assertThat(setups.get(1).withDefaults()).isFalse();
    assertThat(setups.get(1).effective("PasswordAuthentication", "yes")).isEmpty();
    assertThat(setups.get(1).effective("PermitRootLogin", "prohibit-password"))
        .extracting(SshdSetup.Effective::value)
        .containsExactly("yes");
  }

  @Test
  void authenticationMethodsThatAskForAKeyFirstKeepPasswordsOut() {
    SshdSetup setup =
        SshdSetup.of(
                files(
                    Map.of(
                        "sshd_config",
                        """
                        AuthenticationMethods publickey,password
                        Match User ops
                         AuthenticationMethods password
                         PasswordAuthentication yes
                        """)))
            .get(0);
    List<SshdSetup.Effective> values = setup.effective("PasswordAuthentication", "yes");
    assertThat(values).hasSize(2);
    assertThat(setup.allowsWithoutKey(values.get(0), "password")).isFalse();
    assertThat(setup.allowsWithoutKey(values.get(1), "password")).isTrue();
    assertThat(values.get(1).match())
        .map(SshdDirective::shown)
        .isEqualTo(Optional.of("Match User ops"));
  }
}
