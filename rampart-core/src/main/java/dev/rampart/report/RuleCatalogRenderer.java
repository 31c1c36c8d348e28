package dev.rampart.report;

import static dev.rampart.report.Json.NODES;
import static dev.rampart.report.Json.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.model.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule catalog for {@code rampart rules}: a table, JSON, the Markdown rule reference ({@code
 * docs/rules.md}) and the detail of one rule. Every listing is sorted by id, so output depends only
 * on the rules' metadata.
 */
public final class RuleCatalogRenderer {
  static final String GENERATED_NOTICE =
      "Generated from the rules' metadata by `rampart rules --format markdown`; do not edit.";

  private RuleCatalogRenderer() {}

  /** One line per rule: id, severity, title and controls, in aligned columns. */
  public static void table(List<RuleInfo> rules, Writer out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "SEVERITY", "TITLE", "CONTROLS"));
    for (RuleInfo rule : sorted(rules)) {
      rows.add(
          List.of(
              rule.id(),
              rule.severity().label(),
              rule.title(),
              String.join(", ", rule.controls())));
    }
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns - 1; i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
      }
      // The last column is not padded, and may be empty: no trailing blanks.
      text.append(line.append(row.get(columns - 1)).toString().stripTrailing()).append('\n');
    }
    out.write(text.toString());
    out.flush();
  }

  /** An array with every metadata field of every rule. */
  public static void json(List<RuleInfo> rules, Writer out) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (RuleInfo rule : sorted(rules)) {
      ObjectNode node = array.addObject();
      node.put("id", rule.id());
      node.put("title", rule.title());
      node.put("severity", rule.severity().label());
      node.set("controls", strings(rule.controls()));
      node.set("aliases", strings(rule.aliases()));
      node.put("format", rule.format());
      node.set("profiles", strings(rule.profileNames()));
      node.put("rationale", rule.rationale());
      node.put("remediation", rule.remediation());
      node.set("references", strings(rule.references()));
    }
    Json.write(array, out);
  }

  /** The rule reference: a notice, an index table and one section per rule. */
  public static void markdown(List<RuleInfo> rules, Writer out) throws IOException {
    List<RuleInfo> sorted = sorted(rules);
    StringBuilder md = new StringBuilder();
    md.append("# Rampart rules\n\n");
    md.append("> ").append(GENERATED_NOTICE).append("\n\n");
    md.append(sorted.size()).append(sorted.size() == 1 ? " rule.\n\n" : " rules.\n\n");
    md.append("| Rule | Severity | Title | Controls |\n");
    md.append("|---|---|---|---|\n");
    for (RuleInfo rule : sorted) {
      md.append("| [")
          .append(rule.id())
          .append("](#")
          .append(Markdown.anchor(heading(rule)))
          .append(") | ")
          .append(rule.severity().label())
          .append(" | ")
          .append(Markdown.cell(rule.title()))
          .append(" | ")
          .append(Markdown.cell(Markdown.codeList(rule.controls())))
          .append(" |\n");
    }
    for (RuleInfo rule : sorted) {
      md.append("\n### ").append(heading(rule)).append("\n\n");
      md.append("- **Severity:** ").append(rule.severity().label()).append('\n');
      md.append("- **Format:** ").append(orNone(rule.format())).append('\n');
      md.append("- **Controls:** ").append(codeListOrNone(rule.controls())).append('\n');
      md.append("- **Aliases:** ").append(codeListOrNone(rule.aliases())).append('\n');
      md.append("- **Profiles:** ").append(codeListOrNone(rule.profileNames())).append("\n\n");
      md.append("**Rationale:** ").append(rule.rationale().strip()).append("\n\n");
      md.append("**Remediation:** ").append(rule.remediation().strip()).append('\n');
      if (!rule.references().isEmpty()) {
        md.append("\n**References:**\n\n");
        rule.references().forEach(r -> md.append("- ").append(Markdown.link(r)).append('\n'));
      }
    }
    out.write(md.toString());
    out.flush();
  }

  /** Everything about one rule, for {@code rampart rules show ID}. */
  public static void show(RuleInfo rule, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(rule.id()).append(": ").append(rule.title()).append("\n\n");
    field(text, "Severity", rule.severity().label());
    field(text, "Format", orNone(rule.format()));
    field(text, "Controls", listOrNone(rule.controls()));
    field(text, "Aliases", listOrNone(rule.aliases()));
    field(text, "Profiles", listOrNone(rule.profileNames()));
    block(text, "Rationale", rule.rationale());
    block(text, "Remediation", rule.remediation());
    if (!rule.references().isEmpty()) {
      text.append("\nReferences:\n");
      rule.references().forEach(r -> text.append("  - ").append(r).append('\n'));
    }
    out.write(text.toString());
    out.flush();
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append(':').append(" ".repeat(13 - name.length())).append(value).append('\n');
  }

  private static void block(StringBuilder text, String name, String value) {
    text.append('\n').append(name).append(":\n");
    for (String line : value.strip().split("\\R", -1)) {
      text.append(line.isBlank() ? "" : "  " + line.stripTrailing()).append('\n');
    }
  }

  private static String heading(RuleInfo rule) {
    return rule.id() + ": " + rule.title();
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "none" : s;
  }

  private static String listOrNone(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static String codeListOrNone(List<String> values) {
    return values.isEmpty() ? "none" : Markdown.codeList(values);
  }

  private static List<RuleInfo> sorted(List<RuleInfo> rules) {
    return rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
  }
}
