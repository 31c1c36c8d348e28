package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void longValueKeepsItsFirstFourCharactersAndItsLength() {
    assertThat(Redaction.redact("ghp_0123456789abcdefghijklmnopqrstuvwxyz"))
        .isEqualTo("ghp_… (40 chars)");
  }

  @Test
  void shortValueShowsOnlyItsLength() {
    assertThat(Redaction.redact("hunter2")).isEqualTo("… (7 chars)");
    assertThat(Redaction.redact("0123456789abcde")).isEqualTo("… (15 chars)");
    assertThat(Redaction.redact("x")).isEqualTo("… (1 char)");
  }

  @Test
  void sixteenCharactersIsLongEnoughToShowAPrefix() {
    assertThat(Redaction.redact("0123456789abcdef")).isEqualTo("0123… (16 chars)");
  }

  @Test
  void countsCharactersNotUtf16Units() {
    String value = "\uD83D\uDD11".repeat(16);
    assertThat(Redaction.redact(value)).isEqualTo("\uD83D\uDD11".repeat(4) + "… (16 chars)");
  }

  @Test
  void neverContainsMoreThanFourCharactersOfTheValue() {
    String value = "AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMI";
    String redacted = Redaction.redact(value);
    assertThat(redacted).doesNotContain(value.substring(0, 5));
  }
}
