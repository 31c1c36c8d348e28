package dev.rampart.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts, per peer check, how often our verdict matched the peer's expected one. */
final class Agreement {
  private final String peer;
  private final Map<String, int[]> byCheck = new TreeMap<>();
  private final List<String> disagreements = new ArrayList<>();
  private final Map<String, Integer> notScored = new TreeMap<>();
  private final Map<String, Set<String>> claimed = new HashMap<>();
  private int unclaimed;

  Agreement(String peer) {
    this.peer = peer;
  }

  /** What a peer's case expects of its check, or why the case is not scored. */
  record Expectation(boolean fires, Optional<String> notScored) {
    static Expectation fires(boolean fires) {
      return new Expectation(fires, Optional.empty());
    }

    static Expectation notScored(String reason) {
      return new Expectation(false, Optional.of(reason));
    }
  }

  /**
   * Scores the cases of {@code <peer>/manifest.tsv} whose check one of our rules claims in its
   * {@code aliases}: each case (its {@code file} column, see {@link Corpus#scanCase}) is scanned
   * with all our rules, cases that name the same files sharing one scan, and it agrees when a
   * claiming rule fires exactly when the peer expects its check to. Cases the expectation leaves
   * out are counted by reason, claimed or not. The test is skipped when the corpus is absent.
   *
   * @param checkColumn the column that names the row's peer check
   * @param expectation the row's expected outcome, or why it is not scored
   */
  static Agreement score(
      String peer, String checkColumn, Function<Map<String, String>, Expectation> expectation) {
    Path corpus = Corpus.require(peer);
    Agreement agreement = new Agreement(peer);
    agreement.claimed.putAll(Corpus.claimedChecks(peer));
    Map<String, ScanResult> scans = new HashMap<>();
    for (Map<String, String> row : Corpus.readTsv(corpus.resolve("manifest.tsv"))) {
      Expectation expected = expectation.apply(row);
      String check = row.get(checkColumn);
      Set<String> ours = agreement.claimed.get(check);
      if (expected.notScored().isPresent()) {
        agreement.notScored.merge(expected.notScored().get(), 1, Integer::sum);
      } else if (ours == null) {
        agreement.unclaimed++;
      } else {
        String files = row.get("file");
        ScanResult result = scans.computeIfAbsent(files, name -> Corpus.scanCase(corpus, name));
        boolean fired = false;
        for (Finding finding : result.findings()) {
          fired |= ours.contains(finding.ruleId());
        }
        agreement.add(check, files, expected.fires(), fired);
      }
    }
    return agreement;
  }

  /**
   * Records the report, then fails when a check of {@code mustClaim} is not claimed, or, once
   * anything is scored, under {@code percent} agreement. With nothing claimed there is no rate to
   * hold: what must be claimed is {@code mustClaim}'s to say.
   */
  void verify(List<String> mustClaim, double percent) {
    Corpus.record(peer, report());
    assertThat(claimed.keySet()).as("%s checks we claim", peer).containsAll(mustClaim);
    if (cases() > 0) {
      assertThat(rate()).as("agreement with %s, %%", peer).isGreaterThanOrEqualTo(percent);
    }
  }

  void add(String check, String fixture, boolean expectedFail, boolean weFired) {
    int[] counts = byCheck.computeIfAbsent(check, c -> new int[2]);
    counts[1]++;
    if (expectedFail == weFired) {
      counts[0]++;
    } else {
      disagreements.add(
          check
              + " "
              + fixture
              + ": expected "
              + (expectedFail ? "fail" : "pass")
              + ", we "
              + (weFired ? "fired" : "stayed silent"));
    }
  }

  double rate() {
    int agreed = 0;
    int total = 0;
    for (int[] counts : byCheck.values()) {
      agreed += counts[0];
      total += counts[1];
    }
    return total == 0 ? 0 : 100.0 * agreed / total;
  }

  int cases() {
    return byCheck.values().stream().mapToInt(c -> c[1]).sum();
  }

  String report() {
    StringBuilder out = new StringBuilder();
    if (cases() == 0) {
      out.append(
          String.format(
              "Conformance with %s: no case scored, no check of it claimed (no rate)%n", peer));
    } else {
      out.append(
          String.format(
              "Conformance with %s: %.1f%% agreement on %d cases of %d claimed check%s%n",
              peer, rate(), cases(), byCheck.size(), byCheck.size() == 1 ? "" : "s"));
    }
    byCheck.forEach(
        (check, counts) ->
            out.append(String.format("  %-40s %3d/%-3d%n", check, counts[0], counts[1])));
    if (!disagreements.isEmpty()) {
      out.append("  Disagreements:\n");
      disagreements.forEach(d -> out.append("    ").append(d).append('\n'));
    }
    notScored.forEach(
        (reason, count) ->
            out.append(
                String.format("  Not scored, %d cases (of any check): %s%n", count, reason)));
    if (unclaimed > 0) {
      out.append(String.format("  Cases of checks we do not claim: %d%n", unclaimed));
    }
    return out.toString();
  }
}
