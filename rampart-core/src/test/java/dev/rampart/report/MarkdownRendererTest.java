package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void summaryErrorsFindingsFixesAndSuppressions() throws IOException {
    String md = Fixtures.render(new MarkdownRenderer(), Fixtures.result());

    assertThat(md)
        .isEqualTo(
            """
            ## Rampart scan

            **4 findings (1 critical, 1 high, 2 medium) in 14 files; 3 files skipped (2 binary, 1 \
            too large); 2 errors; 1 suppressed.**

            ### Errors

            These could not be checked, so the scan is not complete:

            | Location | Error |
            |---|---|
            | broken.yaml | could not parse: unexpected end of stream |
            | charts/x.yaml:4 | tab in indentation |

            ### Findings

            | Severity | Rule | Location | Message | Controls |
            |---|---|---|---|---|
            | high | RA-DF-001 | Dockerfile:5 | the last stage runs as root | container.non-root |
            | critical | RA-SEC-001 | config/my app.env:2 | API key for Zürich service: sk\\_live\\_\\*\\*\\*\\* \
            | secrets.not-in-code |
            | medium | RA-K8S-010 | deploy/web.yaml:12 | automountServiceAccountToken is not false \
            | k8s.no-automount-token, k8s.pss-restricted |
            | medium | RA-K8S-010 | deploy/web.yaml:104 | automountServiceAccountToken is not false \
            | k8s.no-automount-token, k8s.pss-restricted |

            <details>
            <summary>How to fix</summary>

            - **RA-DF-001** Containers run as a non-root user: Add a `USER` instruction with a \
            non-zero UID after the last `FROM`.
            - **RA-SEC-001** No hard-coded secrets: Move the value to a secret store and reference it.
            - **RA-K8S-010** Pods do not automount service account tokens: Set \
            `automountServiceAccountToken: false` on the pod spec.

            </details>

            <details>
            <summary>Suppressed</summary>

            | Rule | Location | Reason | Until |
            |---|---|---|---|
            | RA-GIT-001 | .gitignore:3 | template only | 2027-01-31 |

            </details>
            """);
  }

  @Test
  void aCleanScanIsItsSummaryLine() throws IOException {
    assertThat(Fixtures.render(new MarkdownRenderer(), Fixtures.clean()))
        .isEqualTo("## Rampart scan\n\n**No findings in 3 files; no files skipped; no errors.**\n");
  }

  @Test
  void textFromTheScannedFilesCannotBreakTheTableOrAddMarkup() throws IOException {
    Finding odd =
        Fixtures.finding(
            Fixtures.NON_ROOT,
            "a|b/`x`.env",
            1,
            1,
            "",
            "value a|b <img src=x onerror=alert(1)> & \u0001bell\nnext [link](http://x)",
            "fp");
    String md = Fixtures.render(new MarkdownRenderer(), Fixtures.of(List.of(odd)));

    assertThat(md)
        .contains(
            "| high | RA-DF-001 | a\\|b/\\`x\\`.env:1 | value a\\|b &lt;img src=x onerror=alert(1)&gt;"
                + " &amp; \\u0001bell next \\[link\\](http://x) | container.non-root |\n")
        .doesNotContain("\u0001")
        .doesNotContain("<img");
  }

  @Test
  void rowsBeyondTheLimitAreCountedNotShown() throws IOException {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      many.add(
          Fixtures.finding(
              Fixtures.NON_ROOT, "svc" + i + "/Dockerfile", i, 1, "", "runs as root " + i, "fp"));
    }
    ScanResult result = Fixtures.of(many);

    String md = Fixtures.render(new MarkdownRenderer(), result);

    assertThat(md.length()).isLessThan(65_536);
    long rows = md.lines().filter(l -> l.startsWith("| high |")).count();
    assertThat(rows).isBetween(500L, 1_999L);
    assertThat(md)
        .startsWith("## Rampart scan\n\n**2000 findings (2000 high) in 3 files;")
        .contains(
            "\n_"
                + (2_000 - rows)
                + " more findings not shown: the page would exceed GitHub's comment limit. The"
                + " JSON or SARIF report has them all._\n")
        .endsWith("\n</details>\n");
  }
}
