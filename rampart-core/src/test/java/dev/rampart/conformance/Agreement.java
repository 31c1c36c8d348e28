package dev.rampart.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts, per peer check, how often our verdict matched the peer's expected one. */
final class Agreement {
  private final String peer;
  private final Map<String, int[]> byCheck = new TreeMap<>();
  private final List<String> disagreements = new ArrayList<>();

  Agreement(String peer) {
    this.peer = peer;
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
    out.append(
        String.format(
            "Conformance with %s: %.1f%% agreement on %d cases of %d claimed checks%n",
            peer, rate(), cases(), byCheck.size()));
    byCheck.forEach(
        (check, counts) ->
            out.append(String.format("  %-40s %3d/%-3d%n", check, counts[0], counts[1])));
    if (!disagreements.isEmpty()) {
      out.append("  Disagreements:\n");
      disagreements.forEach(d -> out.append("    ").append(d).append('\n'));
    }
    return out.toString();
  }
}
