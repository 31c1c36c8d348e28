package dev.rampart.format.settings;

import dev.rampart.envvars.Environment;
import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.format.yaml.YamlScalar;
import dev.rampart.format.yaml.YamlStream;
import dev.rampart.model.Position;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The settings of a YAML file: every scalar under a chain of mapping keys, the keys joined by
 * {@code .}. Every document of the stream is read. An item of a sequence has the sequence's key; a
 * collection shared through anchors and aliases is read at its first place only.
 */
final class YamlSettings {
  private static final YamlParser YAML = new YamlParser();
  private static final Set<String> PROFILE_KEYS =
      Set.of("spring.config.activate.on-profile", "spring.profiles");

  private YamlSettings() {}

  private record Pending(String key, Position keyPosition, YamlNode node) {}

  static Parsed<List<Setting>> read(SourceText source) {
    Parsed<YamlStream> parsed = YAML.parse(source);
    List<Setting> settings = new ArrayList<>();
    for (YamlDocument document : parsed.model().documents()) {
      List<Setting> own = new ArrayList<>();
      document.root().ifPresent(root -> flatten(root, own));
      Environment profile = springProfile(own);
      own.forEach(setting -> settings.add(setting.inScope(profile)));
    }
    return new Parsed<>(settings, parsed.problems());
  }

  /**
   * The environment of the Spring profile a document of {@code application.yml} is for ({@code
   * spring.config.activate.on-profile: prod}, or the older {@code spring.profiles: prod}), or
   * UNKNOWN. A negated profile expression ({@code !prod}) is for every other profile.
   */
  private static Environment springProfile(List<Setting> document) {
    for (Setting setting : document) {
      if (PROFILE_KEYS.contains(setting.key())) {
        return setting.value().contains("!")
            ? Environment.UNKNOWN
            : Environment.of(setting.value().replace(',', '/').toLowerCase(Locale.ROOT));
      }
    }
    return Environment.UNKNOWN;
  }

  // Without recursion: the parser allows 500 levels of nesting. A collection met again through
  // an alias is not walked again, so aliases cannot multiply the settings.
  private static void flatten(YamlNode root, List<Setting> settings) {
    Deque<Pending> todo = new ArrayDeque<>();
    todo.push(new Pending("", root.position(), root));
    Set<YamlNode> walking = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Pending> found = new ArrayList<>();
    while (!todo.isEmpty()) {
      Pending next = todo.pop();
      YamlNode node = next.node();
      if (node instanceof YamlScalar scalar) {
        if (!scalar.isNull() && !next.key().isEmpty()) {
          found.add(next);
        }
        continue;
      }
      if (!walking.add(node)) {
        continue;
      }
      List<Pending> children = new ArrayList<>();
      node.asMapping()
          .ifPresent(
              mapping -> {
                for (YamlEntry entry : mapping.entries()) {
                  entry
                      .name()
                      .ifPresent(
                          name ->
                              children.add(
                                  new Pending(
                                      next.key().isEmpty() ? name : next.key() + "." + name,
                                      entry.position(),
                                      entry.value())));
                }
              });
      for (YamlNode item : node.items()) {
        children.add(
            new Pending(
                next.key(),
                item instanceof YamlScalar ? item.position() : next.keyPosition(),
                item));
      }
      // Pushed in reverse, so the settings come out in the order written.
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    for (Pending setting : found) {
      settings.add(
          new Setting(
              setting.key(),
              setting.node().asText().orElse(""),
              setting.keyPosition(),
              setting.node().position()));
    }
  }
}
