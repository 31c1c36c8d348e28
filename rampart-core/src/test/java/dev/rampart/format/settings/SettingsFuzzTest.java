package dev.rampart.format.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.Formats;
import dev.rampart.check.Analyzer;
import dev.rampart.discover.FileContent;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import dev.rampart.testing.FuzzChecks;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes every settings reader and rule with Jazzer: the first byte chooses the file's name, and so
 * its syntax (dotenv, properties, YAML, JSON, TOML, INI); the rest is its content. Under {@code
 * ./mvnw verify} it runs in regression mode over the seeds in {@code SettingsFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl rampart-core test -Dtest=SettingsFuzzTest} fuzzes for real.
 */
class SettingsFuzzTest {
  private static final List<String> NAMES =
      List.of(
          ".env.production",
          "application-prod.properties",
          "config/production.yml",
          "appsettings.Production.json",
          "settings.prod.toml",
          "settings.prod.ini");

  private static final Analyzer<?> SETTINGS =
      Formats.builtIn().stream().filter(a -> a.format().equals("settings")).findFirst().get();

  @FuzzTest(maxDuration = "30s")
  void readersAndRulesNeverThrowAndKeepPositionsInTheFile(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    String name = NAMES.get(Math.floorMod(bytes[0], NAMES.size()));
    SourceText source =
        FileContent.decode(name, Arrays.copyOfRange(bytes, 1, bytes.length)).orElse(null);
    if (source == null) {
      return; // binary: the engine reports it before any parser sees it
    }

    Parsed<SettingsFile> parsed = new SettingsParser().parse(source);
    for (Setting setting : parsed.model().settings()) {
      FuzzChecks.assertLineInside(source, setting.position());
      FuzzChecks.assertLineInside(source, setting.valuePosition());
    }
    parsed.problems().forEach(p -> assertThat(p.line()).isBetween(1, source.lineCount()));

    FuzzChecks.assertRulesRunCleanly(SETTINGS, source);
  }
}
