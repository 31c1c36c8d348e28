package dev.rampart.format.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SshKeyParserTest {
  private static final Path KEYS = Fixtures.ROOT.resolve("ssh");
  private static final SshKeyParser PARSER = new SshKeyParser();

  private static Parsed<SshKeyFile> parse(String path, String text) {
    return PARSER.parse(new SourceText(path, text));
  }

  private static String fixture(String relative) {
    return Fixtures.read(KEYS.resolve(relative));
  }

  @Test
  void readsTypeSizeAndPassphraseOfEveryEncoding() {
    assertThat(parse("a.pem", fixture("RA-SSH-007/fail-rsa2048-encrypted.pem")).model().keys())
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.kind()).isEqualTo("OpenSSH private key");
              assertThat(key.type()).isEqualTo(KeyType.RSA);
              assertThat(key.bits()).hasValue(2048);
              assertThat(key.encrypted()).isTrue();
            });
    SshKey pkcs1 = parse("id_rsa", fixture("RA-SSH-005/fail-pkcs1/id_rsa")).model().keys().get(0);
    assertThat(pkcs1.type()).isEqualTo(KeyType.RSA);
    assertThat(pkcs1.bits()).hasValue(2048);
    assertThat(pkcs1.encrypted()).isFalse();
    SshKey pkcs8 =
        parse("k.pem", fixture("RA-SSH-007/pass-tls-key/certs/server.key")).model().keys().get(0);
    assertThat(pkcs8.kind()).isEqualTo("PKCS#8 private key");
    assertThat(pkcs8.bits()).hasValue(2048);
    SshKey legacy =
        parse("id_rsa", fixture("RA-SSH-005/pass-encrypted-pem/id_rsa")).model().keys().get(0);
    assertThat(legacy.encrypted()).isTrue();
    assertThat(legacy.bits()).isEmpty();
    SshKey dsa = parse("id_dsa", fixture("RA-SSH-006/fail-pem/id_dsa")).model().keys().get(0);
    assertThat(dsa.type()).isEqualTo(KeyType.DSA);
    assertThat(dsa.bits()).hasValue(1024);
    assertThat(parse("a.pub", fixture("RA-SSH-007/pass-rsa4096.pub")).model().keys().get(0).bits())
        .hasValue(4096);
    assertThat(parse("e.pem", fixture("RA-SSH-006/pass-ecdsa.pem")).model().keys().get(0).type())
        .isEqualTo(KeyType.ECDSA);
  }

  @Test
  void authorizedKeysOptionsMayQuoteSpaces() {
    Parsed<SshKeyFile> parsed =
        parse("authorized_keys", fixture("RA-SSH-008/fail-weak/authorized_keys"));
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().authorizedKeys()).isTrue();
    assertThat(parsed.model().keys())
        .extracting(SshKey::type)
        .containsExactly(KeyType.ED25519, KeyType.DSA, KeyType.RSA, KeyType.RSA);
    assertThat(parsed.model().keys().get(2).position().line()).isEqualTo(5);
  }

  @Test
  void everyCutOfARealKeyIsAProblemOrAKeyNeverAnExceptionAndNeverShowsTheKey() {
    for (String file :
        List.of(
            "RA-SSH-005/fail-openssh-ed25519.pem",
            "RA-SSH-005/fail-pkcs1/id_rsa",
            "RA-SSH-005/fail-pkcs8/deploy/ssh/deploy_key.pem",
            "RA-SSH-006/fail-openssh-dsa.pem",
            "RA-SSH-008/pass-strong/authorized_keys")) {
      String text = fixture(file);
      String body = text.replaceAll("(?m)^(#.*|-----.*)$", "").replaceAll("\\s", "");
      for (int cut = 0; cut <= text.length(); cut += 7) {
        String cutText = text.substring(0, cut);
        String path = file.substring(file.lastIndexOf('/') + 1);
        assertThatCode(() -> parse(path, cutText))
            .as(file + " cut at " + cut)
            .doesNotThrowAnyException();
        // The same cut with its end line kept: a block that ends early.
        String closed =
            cutText
                + "\n"
                + text.substring(
                    text.lastIndexOf("-----END") < 0
                        ? text.length()
                        : text.lastIndexOf("-----END"));
        for (ParseProblem problem : parse(path, closed).problems()) {
          for (int i = 0; i + 5 <= body.length(); i += 5) {
            assertThat(problem.message()).doesNotContain(body.substring(i, i + 5));
          }
        }
      }
    }
  }

  @Test
  void garbageBase64AndForgedLengthsAreProblems() {
    String forged =
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + java.util.Base64.getEncoder()
                .encodeToString(
                    "openssh-key-v1\0\u007f\u00ff\u00ff\u00ffnone"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
            + "\n-----END OPENSSH PRIVATE KEY-----\n";
    assertThat(parse("id_ed25519", forged).problems()).hasSize(1);
    assertThat(
            parse("id_rsa", "-----BEGIN RSA PRIVATE KEY-----\n@@@\n-----END RSA PRIVATE KEY-----")
                .problems())
        .extracting(ParseProblem::message)
        .containsExactly("the RSA PRIVATE KEY block is not valid base64");
    assertThat(parse("x.pub", "ssh-rsa AAAAB3NzaC1yc2E= cut\n").problems()).hasSize(1);
    // A file named as a private key that holds none is no key, and no error.
    assertThat(parse("id_rsa", "placeholder\n").problems()).isEmpty();
  }

  @Test
  void recognisesKeysByNameAndByTheirFirstLine() {
    assertThat(PARSER.byName("home/.ssh/id_ed25519")).isEqualTo(SshKeyParser.ByName.YES);
    assertThat(PARSER.byName("etc/ssh/ssh_host_rsa_key")).isEqualTo(SshKeyParser.ByName.YES);
    assertThat(PARSER.byName("authorized_keys2")).isEqualTo(SshKeyParser.ByName.YES);
    assertThat(PARSER.byName("deploy_key")).isEqualTo(SshKeyParser.ByName.MAYBE);
    assertThat(PARSER.byName("logo.png")).isEqualTo(SshKeyParser.ByName.NO);
    assertThat(PARSER.byContent("# note\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n")).isTrue();
    assertThat(PARSER.byContent("-----BEGIN CERTIFICATE-----\n")).isFalse();
    assertThat(PARSER.byContent("ssh-ed25519 AAAAC3 me@host\n")).isTrue();
    assertThat(PARSER.byContent("#!/bin/sh\necho hi\n")).isFalse();
  }
}
