package dev.rampart.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings file that cannot be read whole is an error at its line, and the rest is checked. */
class SettingsBadInputTest {
  @TempDir Path tree;

  @Test
  void aBrokenDotenvLineIsAnErrorAtItsLineAndTheLinesAfterItAreChecked() {
    ScanResult result =
        Fixtures.scan(Fixtures.ROOT.resolve("settings/RA-CFG-001/broken-line.production.env"));

    assertThat(result.errors())
        .extracting(ScanError::line, ScanError::message)
        .containsExactly(
            tuple(3, "expected = after the name at column 1, found other text: line not read"));
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("RA-CFG-001"))
        .extracting(f -> f.line())
        .containsExactly(4);
  }

  @Test
  void invalidJsonIsAnErrorAtItsLineAndWhatCameBeforeIsChecked() throws IOException {
    Files.writeString(
        tree.resolve("appsettings.Production.json"),
        """
        {
          "Debug": true,
          "Cors": {"Origins": "*"},
          "Broken": ,
          "Logging": {"LogLevel": {"Default": "Debug"}}
        }
        """);

    ScanResult result = Fixtures.scan(tree);

    assertThat(result.errors()).extracting(ScanError::line).containsExactly(4);
    assertThat(result.errors().get(0).message()).startsWith("not valid JSON");
    assertThat(result.findings())
        .extracting(f -> f.ruleId() + "@" + f.line())
        .contains("RA-CFG-001@2", "RA-CFG-005@3")
        .doesNotContain("RA-CFG-002@5");
  }
}
