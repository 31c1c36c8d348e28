package dev.rampart.settle.config;

import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.format.yaml.YamlScalar;
import dev.rampart.format.yaml.YamlSequence;
import dev.rampart.format.yaml.YamlStream;
import dev.rampart.model.Severity;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates a {@code .rampart.yaml}. Anything it does not understand is an error naming
 * the file, the line and the key: an unknown key, a value of the wrong type, an unknown rule id,
 * profile, severity or control. Nothing is ignored silently.
 */
public final class ConfigLoader {
  /** The newest {@code version} this Rampart reads. */
  public static final int VERSION = 1;

  private static final List<String> TOP_KEYS =
      List.of(
          "version",
          "profile",
          "fail-on",
          "rules",
          "exclude",
          "trusted-registries",
          "production",
          "attestations");
  private static final List<String> RULES_KEYS = List.of("enable", "disable", "severity");
  private static final List<String> PRODUCTION_KEYS = List.of("paths");
  private static final List<String> ATTESTATION_KEYS =
      List.of("control", "by", "date", "evidence", "expires");

  private final Set<String> rules;
  private final Set<String> profiles;
  private final Set<String> controls;

  /**
   * @param rules the ids of every rule, which {@code rules:} may name
   * @param profiles the names of every profile
   * @param controls the ids of every control, which attestations may name
   */
  public ConfigLoader(Set<String> rules, Set<String> profiles, Set<String> controls) {
    this.rules = Set.copyOf(rules);
    this.profiles = Set.copyOf(profiles);
    this.controls = Set.copyOf(controls);
  }

  /** Reads {@code file}, naming it {@code name} in messages. */
  public ProjectConfig read(Path file, String name) throws IOException, ConfigException {
    return parse(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses the text of a configuration named {@code name}. */
  public ProjectConfig parse(String name, String text) throws ConfigException {
    Parsed<YamlStream> parsed = new YamlParser().parse(new SourceText(name, text));
    if (!parsed.problems().isEmpty()) {
      ParseProblem first = parsed.problems().get(0);
      throw new ConfigException(name + ":" + first.line() + ": " + first.message());
    }
    List<YamlDocument> documents = parsed.model().documents();
    if (documents.size() > 1) {
      throw new ConfigException(
          name + ":" + documents.get(1).position().line() + ": one YAML document expected");
    }
    Optional<YamlNode> root = documents.isEmpty() ? Optional.empty() : documents.get(0).root();
    if (root.isEmpty() || root.get().isNull()) {
      return ProjectConfig.NONE;
    }
    return new Reader(name).config(root.get());
  }

  /** One reading, which knows the file's name for its messages. */
  private final class Reader {
    private final String name;

    Reader(String name) {
      this.name = name;
    }

    ConfigException error(YamlNode at, String key, String message) {
      return new ConfigException(name + ":" + at.position().line() + ": " + key + ": " + message);
    }

    ProjectConfig config(YamlNode root) throws ConfigException {
      YamlMapping top = mapping(root, "(top level)");
      Map<String, YamlEntry> entries = known(top, "", TOP_KEYS);
      YamlEntry version = entries.get("version");
      if (version == null) {
        throw new ConfigException(
            name + ":" + top.position().line() + ": version: missing; write `version: 1` first");
      }
      long v = version.value().asLong().orElse(-1);
      if (v != VERSION) {
        throw error(
            version.value(),
            "version",
            "this Rampart reads version " + VERSION + ", not " + text(version.value(), "version"));
      }
      Optional<String> profile = Optional.empty();
      if (entries.containsKey("profile")) {
        YamlNode value = entries.get("profile").value();
        String p = text(value, "profile");
        if (!profiles.contains(p)) {
          throw error(
              value, "profile", "unknown profile " + p + "; the profiles are " + sorted(profiles));
        }
        profile = Optional.of(p);
      }
      Optional<Severity> failOn = Optional.empty();
      if (entries.containsKey("fail-on")) {
        failOn = Optional.of(severity(entries.get("fail-on").value(), "fail-on"));
      }
      Set<String> enable = Set.of();
      Set<String> disable = Set.of();
      Map<String, Severity> overrides = Map.of();
      if (entries.containsKey("rules")) {
        YamlMapping section = mapping(entries.get("rules").value(), "rules");
        Map<String, YamlEntry> ruleEntries = known(section, "rules.", RULES_KEYS);
        if (ruleEntries.containsKey("enable")) {
          enable = ruleIds(ruleEntries.get("enable").value(), "rules.enable");
        }
        if (ruleEntries.containsKey("disable")) {
          disable = ruleIds(ruleEntries.get("disable").value(), "rules.disable");
        }
        Set<String> both = new LinkedHashSet<>(enable);
        both.retainAll(disable);
        if (!both.isEmpty()) {
          throw error(
              ruleEntries.get("disable").value(),
              "rules.disable",
              String.join(", ", both) + " is also under rules.enable; keep one");
        }
        if (ruleEntries.containsKey("severity")) {
          overrides = severities(ruleEntries.get("severity").value());
        }
      }
      List<String> exclude =
          entries.containsKey("exclude")
              ? patterns(entries.get("exclude").value(), "exclude")
              : List.of();
      List<String> registries =
          entries.containsKey("trusted-registries")
              ? strings(entries.get("trusted-registries").value(), "trusted-registries")
              : List.of();
      List<String> production = List.of();
      if (entries.containsKey("production")) {
        YamlMapping section = mapping(entries.get("production").value(), "production");
        Map<String, YamlEntry> productionEntries = known(section, "production.", PRODUCTION_KEYS);
        if (productionEntries.containsKey("paths")) {
          production = patterns(productionEntries.get("paths").value(), "production.paths");
        }
      }
      List<ProjectConfig.Attestation> attestations =
          entries.containsKey("attestations")
              ? attestations(entries.get("attestations").value())
              : List.of();
      return new ProjectConfig(
          name,
          profile,
          failOn,
          enable,
          disable,
          overrides,
          exclude,
          registries,
          production,
          attestations);
    }

    /** The entries of {@code mapping} by key, each of them one of {@code allowed}. */
    Map<String, YamlEntry> known(YamlMapping mapping, String prefix, List<String> allowed)
        throws ConfigException {
      Map<String, YamlEntry> byKey = new LinkedHashMap<>();
      for (YamlEntry entry : mapping.entries()) {
        Optional<String> key = entry.name();
        if (key.isEmpty() || !allowed.contains(key.get())) {
          throw error(
              entry.key(),
              prefix + key.orElse("?"),
              "unknown key; the keys here are " + String.join(", ", allowed));
        }
        byKey.put(key.get(), entry);
      }
      return byKey;
    }

    YamlMapping mapping(YamlNode node, String key) throws ConfigException {
      if (node instanceof YamlMapping mapping) {
        return mapping;
      }
      throw error(node, key, "a mapping (key: value lines) is expected here");
    }

    String text(YamlNode node, String key) throws ConfigException {
      if (node instanceof YamlScalar scalar && !scalar.isNull()) {
        return scalar.value();
      }
      throw error(node, key, "a single value is expected here");
    }

    List<YamlNode> sequence(YamlNode node, String key) throws ConfigException {
      if (node instanceof YamlSequence sequence) {
        return sequence.items();
      }
      throw error(node, key, "a list is expected here ([a, b] or lines of `- a`)");
    }

    List<String> strings(YamlNode node, String key) throws ConfigException {
      List<String> values = new ArrayList<>();
      for (YamlNode item : sequence(node, key)) {
        String value = text(item, key).trim();
        if (value.isEmpty()) {
          throw error(item, key, "an empty value");
        }
        values.add(value);
      }
      return values;
    }

    List<String> patterns(YamlNode node, String key) throws ConfigException {
      List<String> values = strings(node, key);
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).startsWith("!")) {
          throw error(
              sequence(node, key).get(i),
              key,
              "negated patterns (!) are not supported; list only what to leave out");
        }
      }
      return values;
    }

    Set<String> ruleIds(YamlNode node, String key) throws ConfigException {
      Set<String> ids = new LinkedHashSet<>();
      for (YamlNode item : sequence(node, key)) {
        ids.add(ruleId(item, text(item, key), key));
      }
      return ids;
    }

    String ruleId(YamlNode at, String id, String key) throws ConfigException {
      if (!rules.contains(id)) {
        throw error(at, key, "unknown rule " + id + " (`rampart rules` lists them)");
      }
      return id;
    }

    Severity severity(YamlNode node, String key) throws ConfigException {
      String label = text(node, key);
      if (Arrays.stream(Severity.values()).noneMatch(s -> s.label().equals(label))) {
        throw error(
            node,
            key,
            "unknown severity "
                + label
                + "; one of "
                + Arrays.stream(Severity.values())
                    .map(Severity::label)
                    .collect(Collectors.joining(", ")));
      }
      return Severity.parse(label);
    }

    Map<String, Severity> severities(YamlNode node) throws ConfigException {
      Map<String, Severity> overrides = new LinkedHashMap<>();
      for (YamlEntry entry : mapping(node, "rules.severity").entries()) {
        String id = text(entry.key(), "rules.severity");
        ruleId(entry.key(), id, "rules.severity");
        overrides.put(id, severity(entry.value(), "rules.severity." + id));
      }
      return overrides;
    }

    List<ProjectConfig.Attestation> attestations(YamlNode node) throws ConfigException {
      List<ProjectConfig.Attestation> attestations = new ArrayList<>();
      for (YamlNode item : sequence(node, "attestations")) {
        YamlMapping mapping = mapping(item, "attestations");
        Map<String, YamlEntry> fields = known(mapping, "attestations.", ATTESTATION_KEYS);
        for (String required : List.of("control", "by", "date", "evidence")) {
          if (!fields.containsKey(required)) {
            throw error(mapping, "attestations." + required, "missing");
          }
        }
        YamlNode controlNode = fields.get("control").value();
        String control = text(controlNode, "attestations.control");
        if (!controls.contains(control)) {
          throw error(
              controlNode,
              "attestations.control",
              "unknown control " + control + " (see controls.yaml)");
        }
        LocalDate date = date(fields.get("date").value(), "attestations.date");
        Optional<LocalDate> expires = Optional.empty();
        if (fields.containsKey("expires")) {
          expires = Optional.of(date(fields.get("expires").value(), "attestations.expires"));
          if (!expires.get().isAfter(date)) {
            throw error(
                fields.get("expires").value(), "attestations.expires", "not after its date");
          }
        }
        attestations.add(
            new ProjectConfig.Attestation(
                control,
                text(fields.get("by").value(), "attestations.by"),
                date,
                text(fields.get("evidence").value(), "attestations.evidence"),
                expires));
      }
      return attestations;
    }

    LocalDate date(YamlNode node, String key) throws ConfigException {
      String value = text(node, key);
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error(node, key, "a date as YYYY-MM-DD is expected, not " + value);
      }
    }
  }

  private static String sorted(Set<String> names) {
    return names.stream().sorted().collect(Collectors.joining(", "));
  }
}
