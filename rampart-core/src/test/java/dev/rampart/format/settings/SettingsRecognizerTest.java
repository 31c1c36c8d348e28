package dev.rampart.format.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.check.Recognizer.ByName;
import org.junit.jupiter.api.Test;

class SettingsRecognizerTest {
  private final SettingsRecognizer recognizer = new SettingsRecognizer();

  @Test
  void dotenvFilesByName() {
    for (String path :
        new String[] {".env", "app/.env.production", ".env.example", "deploy/production.env"}) {
      assertThat(recognizer.byName(path)).as(path).isEqualTo(ByName.YES);
    }
    for (String path : new String[] {".envrc", "src/.env.js", "types/.env.d.ts", "env", "-"}) {
      assertThat(recognizer.byName(path)).as(path).isEqualTo(ByName.NO);
    }
  }

  @Test
  void settingsFilesByName() {
    for (String path :
        new String[] {
          "src/main/resources/application.yml",
          "application-prod.properties",
          "bootstrap.yaml",
          "appsettings.Production.json",
          "settings.toml",
          "settings.prod.ini"
        }) {
      assertThat(recognizer.byName(path)).as(path).isEqualTo(ByName.YES);
    }
    for (String path :
        new String[] {
          ".vscode/settings.json",
          ".github/settings.yml",
          "package.json",
          "tsconfig.json",
          "settings.py",
          ".github/workflows/ci.yml",
          "values.yaml",
          "config/locales/en.yml",
          "config/custom-environment-variables.json",
          "config/kustomization.yaml",
          "config/fly.toml",
          "config/fly.staging.toml",
          "config/tsconfig.base.json"
        }) {
      assertThat(recognizer.byName(path)).as(path).isEqualTo(ByName.NO);
    }
  }

  @Test
  void filesInAConfigDirectoryAreDecidedByTheirContent() {
    assertThat(recognizer.byName("config/production.json")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byName("config/database.yml")).isEqualTo(ByName.MAYBE);
    assertThat(recognizer.byContent("production:\n  sslmode: disable\n")).isTrue();
    assertThat(recognizer.byContent("{\n  \"port\": 8080\n}\n")).isTrue();
    assertThat(recognizer.byContent("apiVersion: v1\nkind: ConfigMap\n")).isFalse();
    assertThat(recognizer.byContent("services:\n  web:\n    image: nginx\n")).isFalse();
    assertThat(recognizer.byContent("name: {{ .Release.Name }}\n")).isFalse();
    assertThat(recognizer.byContent("[1, 2]\n")).isFalse();
  }
}
