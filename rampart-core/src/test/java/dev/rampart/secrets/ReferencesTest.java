package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {

  @Test
  void variableReferencesHoldNoSecret() {
    assertThat(References.isOnlyReferences("$TOKEN")).isTrue();
    assertThat(References.isOnlyReferences("${TOKEN}")).isTrue();
    assertThat(References.isOnlyReferences("${USER}${TOKEN}")).isTrue();
    assertThat(References.isOnlyReferences("${TOKEN:-}")).isTrue();
    assertThat(References.isOnlyReferences("${TOKEN:?set TOKEN}")).isTrue();
  }

  @Test
  void literalsAndLiteralDefaultsDo() {
    assertThat(References.isOnlyReferences("")).isFalse();
    assertThat(References.isOnlyReferences("hunter2")).isFalse();
    assertThat(References.isOnlyReferences("Bearer $TOKEN")).isFalse();
    assertThat(References.isOnlyReferences("${TOKEN:-changeme}")).isFalse();
  }
}
