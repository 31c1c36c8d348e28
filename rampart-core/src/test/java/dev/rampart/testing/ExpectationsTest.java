package dev.rampart.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testing.Expectations.Expected;
import dev.rampart.testing.Expectations.Located;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

  @Test
  void markerOnItsOwnLineAppliesToTheNextContentLine() {
    String text = "FROM a\n# expect: RA-DF-001, RA-DF-002\n\n# other comment\nUSER root\n";
    assertThat(Expectations.markers(text))
        .containsExactly(new Expected("RA-DF-001", 5), new Expected("RA-DF-002", 5));
  }

  @Test
  void trailingMarkerAppliesToItsOwnLine() {
    String text = "services:\n  web:\n    privileged: true  # expect: RA-CO-005\n";
    assertThat(Expectations.markers(text)).containsExactly(new Expected("RA-CO-005", 3));
  }

  @Test
  void markerWithNothingAfterItIsAMistakeInTheFixture() {
    assertThatThrownBy(() -> Expectations.markers("FROM a\n# expect: RA-DF-001\n"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void markersOfAFixtureOfSeveralFilesCarryTheirPaths() {
    Map<String, String> files =
        Map.of(
            "sa.yaml", "kind: ServiceAccount\n",
            "deploy.yaml", "# expect: RA-K8S-040\nkind: Deployment\n");
    assertThat(Expectations.markers(files))
        .containsExactly(new Located("deploy.yaml", "RA-K8S-040", 2));
  }

  @Test
  void errorMarker() {
    assertThat(Expectations.expectsError("FORM x\n# expect-error\n")).isTrue();
    assertThat(Expectations.expectsError("FROM x\n")).isFalse();
  }
}
