package dev.rampart.report;

import static dev.rampart.report.Json.NODES;
import static dev.rampart.report.Json.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Severity;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;

/**
 * The JSON output contract of the product specification: {@code tool}, {@code findings}, {@code
 * suppressed}, {@code baselined}, {@code summary}, {@code errors}, then {@code stats}. Field order
 * is part of the contract, so the document is built field by field rather than serialised from the
 * records.
 */
public final class JsonRenderer implements Renderer {

  @Override
  public void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    Json.write(document(result), out);
  }

  static ObjectNode document(ScanResult result) {
    ObjectNode root = NODES.objectNode();
    root.putObject("tool").put("name", "rampart").put("version", result.toolVersion());

    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));

    ArrayNode suppressed = root.putArray("suppressed");
    result.suppressed().forEach(s -> suppressed.add(suppression(s)));
    root.put("baselined", result.baselined());

    ObjectNode summary = root.putObject("summary");
    for (Severity severity : Severity.values()) {
      summary.put(severity.label(), result.summary().count(severity));
    }

    ArrayNode errors = root.putArray("errors");
    result.errors().forEach(e -> errors.add(error(e)));

    if (result.stats() != null) {
      root.set("stats", stats(result.stats()));
    }
    return root;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", f.ruleId());
    node.put("title", f.title());
    node.put("severity", f.severity().label());
    node.set("controls", strings(f.controls()));
    node.set("aliases", strings(f.aliases()));
    node.put("path", f.path());
    node.put("line", f.line());
    node.put("column", f.column());
    node.put("object", f.object());
    node.put("message", f.message());
    node.put("remediation", f.remediation());
    node.put("fingerprint", f.fingerprint());
    if (f.inHistory()) {
      node.putObject("commit").put("id", f.commit().id()).put("date", f.commit().date());
    }
    return node;
  }

  private static ObjectNode suppression(Suppression s) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", s.ruleId());
    node.put("path", s.path());
    node.put("line", s.line());
    node.put("reason", s.reason());
    // Always present so readers see the same keys; null when the acceptance does not expire.
    node.put("until", s.until() == null || s.until().isEmpty() ? null : s.until());
    return node;
  }

  private static ObjectNode error(ScanError e) {
    ObjectNode node = NODES.objectNode();
    node.put("path", e.path());
    if (e.line() > 0) {
      node.put("line", e.line());
    }
    node.put("message", e.message());
    return node;
  }

  private static ObjectNode stats(ScanStats stats) {
    ObjectNode node = NODES.objectNode();
    node.put("filesVisited", stats.filesVisited());
    node.put("filesChecked", stats.filesChecked());
    node.put("bytesRead", stats.bytesRead());
    ObjectNode skipped = node.putObject("skipped");
    new TreeMap<>(stats.skipped()).forEach(skipped::put);
    node.put("millis", stats.millis());
    if (stats.history() != null) {
      node.set("history", history(stats.history()));
    }
    return node;
  }

  private static ObjectNode history(HistoryStats history) {
    ObjectNode node = NODES.objectNode();
    node.put("refs", history.refs());
    node.put("commits", history.commits());
    node.put("blobs", history.blobs());
    node.put("blobsChecked", history.blobsChecked());
    node.put("bytesRead", history.bytesRead());
    ObjectNode skipped = node.putObject("skipped");
    new TreeMap<>(history.skipped()).forEach(skipped::put);
    node.put("shallow", history.shallow());
    return node;
  }
}
