package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Summary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  @Test
  void groupsFindingsByFileThenErrorsThenSummary() throws IOException {
    String text = Fixtures.render(new TextRenderer(false), Fixtures.result());

    assertThat(text)
        .isEqualTo(
            """
            Dockerfile
              5:1  HIGH      RA-DF-001  the last stage runs as root
                   in stage runtime (FROM alpine:3.20)
                   -> Add a `USER` instruction with a non-zero UID after the last `FROM`.

            config/my app.env
              2:12  CRITICAL  RA-SEC-001  API key for Zürich service: sk_live_****
                    -> Move the value to a secret store and reference it.

            deploy/web.yaml
              12:7    MEDIUM    RA-K8S-010  automountServiceAccountToken is not false
                      in Deployment/web (container app)
                      -> Set `automountServiceAccountToken: false` on the pod spec.
              104:11  MEDIUM    RA-K8S-010  automountServiceAccountToken is not false
                      in CronJob/cleanup
                      -> Set `automountServiceAccountToken: false` on the pod spec.

            Errors
              broken.yaml: could not parse: unexpected end of stream
              charts/x.yaml:4: tab in indentation

            4 findings (1 critical, 1 high, 2 medium) in 14 files; \
            3 files skipped (2 binary, 1 too large); 2 errors; 1 suppressed.
            """);
  }

  @Test
  void noColourMeansNoEscapes() throws IOException {
    assertThat(Fixtures.render(new TextRenderer(false), Fixtures.result()))
        .doesNotContain("\u001b");
  }

  @Test
  void colourMarksSeveritiesAndPaths() throws IOException {
    String text = Fixtures.render(new TextRenderer(true), Fixtures.result());

    assertThat(text)
        .contains("\u001b[1mdeploy/web.yaml\u001b[0m\n")
        .contains("  2:12  \u001b[1;31mCRITICAL\u001b[0m  RA-SEC-001  API key")
        .contains("  5:1  \u001b[31mHIGH\u001b[0m      RA-DF-001  ")
        .contains("  12:7    \u001b[33mMEDIUM\u001b[0m    RA-K8S-010  ");
  }

  @Test
  void saysPlainlyWhenThereAreNoFindings() throws IOException {
    String text = Fixtures.render(new TextRenderer(false), Fixtures.clean());

    assertThat(text).isEqualTo("No findings in 3 files; no files skipped; no errors.\n");
  }

  @Test
  void errorsAreListedEvenWithoutFindings() throws IOException {
    ScanResult result =
        new ScanResult(
            "1.2.3",
            List.of(),
            List.of(),
            Summary.of(List.of()),
            List.of(ScanError.ofFile("a.yaml", "unreadable")),
            new ScanStats(2, 1, 10, Map.of("binary", 1L), 5));

    assertThat(Fixtures.render(new TextRenderer(false), result))
        .isEqualTo(
            """
            Errors
              a.yaml: unreadable

            No findings in 1 file; 1 file skipped (1 binary); 1 error.
            """);
  }

  @Test
  void controlCharactersFromScannedFilesNeverReachTheTerminal() throws IOException {
    Finding hostile =
        Fixtures.finding(
            Fixtures.NON_ROOT, "evil\u001b[2J.yaml", 1, 1, "\u009b31m", "line\rrewritten", "fp");
    ScanResult result = Fixtures.of(List.of(hostile));

    String text = Fixtures.render(new TextRenderer(false), result);

    assertThat(text).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\r");
    assertThat(text).contains("evil\\u001b[2J.yaml").contains("line\\u000drewritten");
  }

  @Test
  void historyFindingsNameTheirCommitAndTheSummaryTheHistoryRead() throws IOException {
    String text = Fixtures.render(new TextRenderer(false), Fixtures.history());

    assertThat(text).contains("\n       in commit 0123456 (2024-05-01)\n");
    assertThat(text.indexOf("in commit")).isLessThan(text.indexOf("2:7"));
    assertThat(text)
        .contains(
            "; history of HEAD: 12 commits, 28 blobs checked, 2 skipped (2 binary); no errors.");
  }
}
