package dev.rampart.report;

import static dev.rampart.report.Json.NODES;
import static dev.rampart.report.Json.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.model.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * The profiles for {@code rampart profiles}: each one's name, description and number of rules, and
 * for {@code cis-docker} the benchmark recommendations its rules check.
 */
public final class ProfileCatalogRenderer {
  private ProfileCatalogRenderer() {}

  /**
   * A profile with the rules of the catalog it selects and, when it is a benchmark's ({@code
   * benchmark} names it, such as {@code CIS Docker Benchmark v1.6.0}; empty otherwise), the
   * recommendations they check.
   */
  public record Entry(
      String name,
      String description,
      List<RuleInfo> rules,
      String benchmark,
      List<Recommendation> recommendations) {
    public Entry {
      rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
      recommendations = List.copyOf(recommendations);
    }
  }

  /** A benchmark recommendation, such as {@code 5.5}, with the ids of the rules that check it. */
  public record Recommendation(String number, String title, List<String> rules) {
    public Recommendation {
      rules = List.copyOf(rules);
    }
  }

  /** One paragraph per profile: name, number of rules, description, recommendations covered. */
  public static void text(List<Entry> profiles, Writer out) throws IOException {
    int width = profiles.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (Entry profile : profiles) {
      text.append(profile.name())
          .append(" ".repeat(width - profile.name().length() + 2))
          .append(profile.rules().size())
          .append(profile.rules().size() == 1 ? " rule" : " rules")
          .append('\n')
          .append("  ")
          .append(profile.description())
          .append('\n');
      List<Recommendation> covered = profile.recommendations();
      if (!covered.isEmpty()) {
        text.append("  ")
            .append(profile.benchmark())
            .append(" recommendations checked (")
            .append(covered.size())
            .append("):\n");
        int numbers = covered.stream().mapToInt(r -> r.number().length()).max().orElse(0);
        for (Recommendation recommendation : covered) {
          text.append("    ")
              .append(recommendation.number())
              .append(" ".repeat(numbers - recommendation.number().length() + 2))
              .append(recommendation.title())
              .append(" (")
              .append(String.join(", ", recommendation.rules()))
              .append(")\n");
        }
      }
    }
    out.write(text.toString());
    out.flush();
  }

  /**
   * An array of profiles: {@code name}, {@code description}, {@code ruleCount}, {@code rules} (the
   * ids), {@code benchmark} (empty but for a benchmark's profile) and {@code recommendations}
   * (number, title and the ids of the rules that check it).
   */
  public static void json(List<Entry> profiles, Writer out) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (Entry profile : profiles) {
      ObjectNode node = array.addObject();
      node.put("name", profile.name());
      node.put("description", profile.description());
      node.put("ruleCount", profile.rules().size());
      node.set("rules", strings(profile.rules().stream().map(RuleInfo::id).toList()));
      node.put("benchmark", profile.benchmark());
      ArrayNode recommendations = node.putArray("recommendations");
      for (Recommendation recommendation : profile.recommendations()) {
        ObjectNode item = recommendations.addObject();
        item.put("number", recommendation.number());
        item.put("title", recommendation.title());
        item.set("rules", strings(recommendation.rules()));
      }
    }
    Json.write(array, out);
  }
}
