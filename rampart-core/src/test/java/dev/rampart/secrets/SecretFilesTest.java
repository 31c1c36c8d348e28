package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretFilesTest {

  @Test
  void lockfilesAndChecksumListsHoldHashes() {
    assertThat(SecretFiles.isLockfile("web/package-lock.json")).isTrue();
    assertThat(SecretFiles.isLockfile("yarn.lock")).isTrue();
    assertThat(SecretFiles.isLockfile("pnpm-lock.yaml")).isTrue();
    assertThat(SecretFiles.isLockfile("go.sum")).isTrue();
    assertThat(SecretFiles.isLockfile("crates/Cargo.lock")).isTrue();
    assertThat(SecretFiles.isLockfile("poetry.lock")).isTrue();
    assertThat(SecretFiles.isLockfile("Gemfile.lock")).isTrue();
    assertThat(SecretFiles.isLockfile("composer.lock")).isTrue();
    assertThat(SecretFiles.isLockfile("frontend-package-lock.json")).isTrue();
    assertThat(SecretFiles.isChecksumList("dist/app.tar.gz.sha256")).isTrue();
    assertThat(SecretFiles.isChecksumList("SHA256SUMS")).isTrue();
    assertThat(SecretFiles.isLockfile("package.json")).isFalse();
    assertThat(SecretFiles.isLockfile("block.yaml")).isFalse();
  }

  @Test
  void templatesHoldPlaceholders() {
    assertThat(SecretFiles.isTemplate(".env.example")).isTrue();
    assertThat(SecretFiles.isTemplate("config/.env.sample")).isTrue();
    assertThat(SecretFiles.isTemplate(".env.template")).isTrue();
    assertThat(SecretFiles.isTemplate("settings.py.dist")).isTrue();
    assertThat(SecretFiles.isTemplate("values.yaml.tmpl")).isTrue();
    assertThat(SecretFiles.isTemplate("config.sample.yaml")).isTrue();
    assertThat(SecretFiles.isTemplate("example.env")).isTrue();
    assertThat(SecretFiles.isTemplate(".env")).isFalse();
    assertThat(SecretFiles.isTemplate("sample.txt")).isFalse();
    assertThat(SecretFiles.isTemplate("examples/app.py")).isFalse();
  }

  @Test
  void genericRulesReadEverythingElse() {
    assertThat(SecretFiles.mayHoldGenericSecrets(".env")).isTrue();
    assertThat(SecretFiles.mayHoldGenericSecrets("src/config.py")).isTrue();
    assertThat(SecretFiles.mayHoldGenericSecrets("go.sum")).isFalse();
    assertThat(SecretFiles.mayHoldGenericSecrets(".env.example")).isFalse();
  }
}
