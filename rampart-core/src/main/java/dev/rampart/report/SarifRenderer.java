package dev.rampart.report;

import static dev.rampart.report.Json.NODES;
import static dev.rampart.report.Json.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Severity;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every catalog rule as a reporting descriptor with a
 * {@code security-severity}, findings as results with a stable partial fingerprint, accepted
 * findings as results carrying a suppression, and scan errors as tool execution notifications.
 */
public final class SarifRenderer implements Renderer {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "rampart/v1";
  private static final String SRCROOT = "%SRCROOT%";

  @Override
  public void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    Json.write(document(result, rules), out);
  }

  static ObjectNode document(ScanResult result, List<RuleInfo> catalog) {
    List<RuleInfo> described = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (RuleInfo rule : catalog) {
      if (index.putIfAbsent(rule.id(), described.size()) == null) {
        described.add(rule);
      }
    }
    // A finding whose rule is missing from the catalog still gets a descriptor, built from what
    // the finding itself carries, so that GitHub can show its severity.
    for (Finding f : result.findings()) {
      if (index.putIfAbsent(f.ruleId(), described.size()) == null) {
        described.add(fromFinding(f));
      }
    }

    ObjectNode root = NODES.objectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "rampart");
    driver.put("version", result.toolVersion());
    ArrayNode rules = driver.putArray("rules");
    described.forEach(rule -> rules.add(descriptor(rule)));

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", result.errors().isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    result.errors().forEach(e -> notifications.add(notification(e)));
    if (result.baselined() > 0) {
      invocation.putObject("properties").put("baselined", result.baselined());
    }

    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      results.add(result(f, index.get(f.ruleId())));
    }
    for (Suppression s : result.suppressed()) {
      Integer ruleIndex = index.get(s.ruleId());
      results.add(suppressed(s, ruleIndex == null ? null : described.get(ruleIndex), ruleIndex));
    }
    return root;
  }

  private static ObjectNode descriptor(RuleInfo rule) {
    ObjectNode node = NODES.objectNode();
    node.put("id", rule.id());
    node.put("name", camelCase(rule.title(), rule.id()));
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", orTitle(rule.rationale(), rule));
    node.putObject("help").put("text", helpText(rule)).put("markdown", helpMarkdown(rule));
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = node.putObject("properties");
    // GitHub requires a string here, not a number.
    properties.put("security-severity", score(rule.severity()));
    ArrayNode tags = properties.putArray("tags").add("security");
    rule.controls().forEach(tags::add);
    properties.put("precision", "high");
    return node;
  }

  private static ObjectNode result(Finding f, int ruleIndex) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", f.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    node.putArray("locations").add(location(f.path(), f.line(), f.column()));
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    ObjectNode properties = node.putObject("properties");
    properties.set("controls", strings(f.controls()));
    if (!isBlank(f.object())) {
      properties.put("object", f.object());
    }
    if (f.inHistory()) {
      properties.putObject("commit").put("id", f.commit().id()).put("date", f.commit().date());
    }
    return node;
  }

  private static ObjectNode suppressed(Suppression s, RuleInfo rule, Integer ruleIndex) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", s.ruleId());
    if (ruleIndex != null) {
      node.put("ruleIndex", ruleIndex);
    }
    node.put("level", rule == null ? "note" : level(rule.severity()));
    node.putObject("message").put("text", "Suppressed: " + s.reason());
    node.putArray("locations").add(location(s.path(), s.line(), 0));
    ObjectNode suppression = node.putArray("suppressions").addObject();
    suppression.put("kind", "external");
    suppression.put("status", "accepted");
    suppression.put("justification", s.reason());
    if (!isBlank(s.until())) {
      suppression.putObject("properties").put("until", s.until());
    }
    return node;
  }

  private static ObjectNode notification(ScanError e) {
    ObjectNode node = NODES.objectNode();
    node.put("level", "error");
    node.putObject("message").put("text", e.message());
    if (!isBlank(e.path())) {
      node.putArray("locations").add(location(e.path(), e.line(), 0));
    }
    return node;
  }

  /** A location in the scanned tree; line and column 0 mean "not known" and are left out. */
  private static ObjectNode location(String path, int line, int column) {
    ObjectNode location = NODES.objectNode();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(path)).put("uriBaseId", SRCROOT);
    if (line > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
    return location;
  }

  private static RuleInfo fromFinding(Finding f) {
    return new RuleInfo(
        f.ruleId(),
        f.title(),
        f.severity(),
        f.controls(),
        f.aliases(),
        "",
        "",
        f.remediation(),
        List.of());
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  static String score(Severity severity) {
    return String.format(Locale.ROOT, "%.1f", severity.securityScore());
  }

  private static String helpText(RuleInfo rule) {
    StringBuilder text = new StringBuilder(orTitle(rule.rationale(), rule));
    if (!isBlank(rule.remediation())) {
      text.append("\n\nRemediation: ").append(rule.remediation());
    }
    if (!rule.controls().isEmpty()) {
      text.append("\n\nControls: ").append(String.join(", ", rule.controls()));
    }
    if (!rule.aliases().isEmpty()) {
      text.append("\n\nEquivalent checks: ").append(String.join(", ", rule.aliases()));
    }
    if (!rule.references().isEmpty()) {
      text.append("\n\nReferences:");
      rule.references().forEach(r -> text.append("\n- ").append(r));
    }
    return text.toString();
  }

  private static String helpMarkdown(RuleInfo rule) {
    StringBuilder md = new StringBuilder(orTitle(rule.rationale(), rule));
    if (!isBlank(rule.remediation())) {
      md.append("\n\n**Remediation:** ").append(rule.remediation());
    }
    if (!rule.controls().isEmpty()) {
      md.append("\n\n**Controls:** ").append(Markdown.codeList(rule.controls()));
    }
    if (!rule.aliases().isEmpty()) {
      md.append("\n\n**Equivalent checks:** ").append(Markdown.codeList(rule.aliases()));
    }
    if (!rule.references().isEmpty()) {
      md.append("\n\n**References:**\n");
      rule.references().forEach(r -> md.append("\n- ").append(Markdown.link(r)));
    }
    return md.toString();
  }

  private static String orTitle(String text, RuleInfo rule) {
    return isBlank(text) ? rule.title() : text;
  }

  /** {@code Run as a non-root user} becomes {@code RunAsANonRootUser}. */
  static String camelCase(String title, String fallback) {
    StringBuilder name = new StringBuilder();
    for (String word : title.split("[^\\p{L}\\p{N}]+", -1)) {
      if (!word.isEmpty()) {
        name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append(word, Character.charCount(word.codePointAt(0)), word.length());
      }
    }
    return name.length() == 0 ? fallback : name.toString();
  }

  /** Percent-encodes a relative path into a URI reference, keeping its {@code /} separators. */
  static String uri(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return uri.toString();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
