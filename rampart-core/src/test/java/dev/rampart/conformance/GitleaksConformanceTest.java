package dev.rampart.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import dev.rampart.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the secret rules against gitleaks' own true- and false-positive cases.
 *
 * <p>Each sample is written to a file of its own (named by the case's {@code path} when it has one)
 * and the folder is scanned once, as a user would scan a repository.
 *
 * <ul>
 *   <li>Recall: a {@code secret} case is found when any secret rule reports in its file.
 *   <li>False positives: a {@code not-secret} case is a false positive when a rule of ours that
 *       claims the case's gitleaks rule (through {@code aliases}) reports in its file; gitleaks
 *       tests each rule against its own negatives in the same way. How often any secret rule
 *       reports there is printed too.
 * </ul>
 *
 * Only row numbers and rule ids are printed, never a sample: they look like secrets.
 */
class GitleaksConformanceTest {
  private static final String SECRET_CONTROL = "secrets.no-hardcoded";

  @TempDir Path work;

  /** One family's counts: secrets found, secrets, false positives, negatives, any-rule FPs. */
  private static final class Family {
    int found;
    int secrets;
    int falsePositives;
    int negatives;
    int anyRuleFalsePositives;
    final StringBuilder misses = new StringBuilder();
  }

  @Test
  void findsGitleaksSecretsWithFewFalsePositives() throws IOException {
    Path corpus = Corpus.require("gitleaks");
    Map<String, Set<String>> oursByGitleaksRule = Corpus.claimedChecks("gitleaks");

    List<Map<String, String>> rows = Corpus.readTsv(corpus.resolve("cases.tsv"));
    Map<String, Integer> rowByFile = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String name = row.get("path").isEmpty() ? "sample.txt" : row.get("path");
      Path file = work.resolve("case-" + (i + 2)).resolve(name).normalize();
      Files.createDirectories(file.getParent());
      Files.writeString(file, unescape(row.get("sample")), StandardCharsets.UTF_8);
      rowByFile.put(work.relativize(file).toString().replace('\\', '/'), i);
    }

    ScanResult result = Fixtures.scan(work);
    Map<Integer, Set<String>> firedByRow = new HashMap<>();
    for (Finding finding : result.findings()) {
      Integer row = rowByFile.get(finding.path());
      if (row != null && finding.controls().contains(SECRET_CONTROL)) {
        firedByRow.computeIfAbsent(row, r -> new HashSet<>()).add(finding.ruleId());
      }
    }

    Map<String, Family> families = new TreeMap<>();
    Family total = new Family();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String gitleaksRule = row.get("rule_id");
      Set<String> fired = firedByRow.getOrDefault(i, Set.of());
      Set<String> claiming = oursByGitleaksRule.getOrDefault(gitleaksRule, Set.of());
      Family family = families.computeIfAbsent(familyOf(gitleaksRule), f -> new Family());
      for (Family f : List.of(family, total)) {
        if (row.get("expected").equals("secret")) {
          f.secrets++;
          if (!fired.isEmpty()) {
            f.found++;
          } else if (f == family) {
            f.misses.append(' ').append(i + 2);
          }
        } else {
          f.negatives++;
          if (fired.stream().anyMatch(claiming::contains)) {
            f.falsePositives++;
          }
          if (!fired.isEmpty()) {
            f.anyRuleFalsePositives++;
          }
        }
      }
    }

    double recall = 100.0 * total.found / total.secrets;
    double falsePositiveRate = 100.0 * total.falsePositives / total.negatives;
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "Conformance with gitleaks: recall %.1f%% (%d/%d secrets), false positives %.1f%%"
                + " (%d/%d negatives; any secret rule: %d)%n",
            recall,
            total.found,
            total.secrets,
            falsePositiveRate,
            total.falsePositives,
            total.negatives,
            total.anyRuleFalsePositives));
    report.append("  family                        recall      false positives (any rule)\n");
    families.forEach(
        (name, f) ->
            report.append(
                String.format(
                    "  %-28s %4d/%-4d    %3d/%-3d (%d)%s%n",
                    name,
                    f.found,
                    f.secrets,
                    f.falsePositives,
                    f.negatives,
                    f.anyRuleFalsePositives,
                    f.misses.length() == 0 ? "" : "   missed rows:" + cap(f.misses))));
    Corpus.record("gitleaks", report.toString());

    assertThat(recall).as("recall on gitleaks' secrets, %").isGreaterThanOrEqualTo(95.0);
    assertThat(falsePositiveRate)
        .as("false positives on gitleaks' negatives, %")
        .isLessThanOrEqualTo(2.0);
  }

  /** gitleaks rule ids are named provider first: {@code github-pat} is family {@code github}. */
  private static String familyOf(String gitleaksRule) {
    int dash = gitleaksRule.indexOf('-');
    return dash < 0 ? gitleaksRule : gitleaksRule.substring(0, dash);
  }

  private static String cap(StringBuilder rows) {
    return rows.length() > 80 ? rows.substring(0, 80) + " ..." : rows.toString();
  }

  /** The corpus escapes {@code \\ \n \t \r}; one left-to-right pass undoes it. */
  static String unescape(String sample) {
    StringBuilder out = new StringBuilder(sample.length());
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '\\' && i + 1 < sample.length()) {
        char next = sample.charAt(i + 1);
        switch (next) {
          case '\\' -> out.append('\\');
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          default -> {
            out.append(c);
            continue;
          }
        }
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
