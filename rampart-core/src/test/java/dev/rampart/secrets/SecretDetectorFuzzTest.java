package dev.rampart.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rampart.discover.FileContent;
import dev.rampart.parse.SourceText;
import dev.rampart.rules.secrets.SecretRules;

/**
 * Fuzzes the secret detector with Jazzer: whatever the text, it neither throws nor reports a
 * position outside it, and no match's redacted form holds its value. Regression mode under {@code
 * ./mvnw verify}; {@code JAZZER_FUZZ=1 ./mvnw -pl rampart-core test -Dtest=SecretDetectorFuzzTest}
 * fuzzes for real.
 */
class SecretDetectorFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void detectorNeverThrowsAndNeverShowsAValue(byte[] bytes) {
    SourceText source = FileContent.decode("config/app.env", bytes).orElse(null);
    if (source == null) {
      return; // binary: the engine skips it before the detector
    }
    SecretDetector detector = SecretRules.detector();
    SecretScan scan = detector.scan(source);
    int lines = source.lineCount();
    for (SecretMatch match : scan.matches()) {
      assertThat(match.position().line()).isBetween(1, lines);
    }
    for (String value : detector.valuesIn(source.text())) {
      for (SecretMatch match : scan.matches()) {
        assertThat(value.length() < 16 || !match.redacted().contains(value)).isTrue();
      }
    }
  }
}
