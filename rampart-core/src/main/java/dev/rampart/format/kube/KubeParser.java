package dev.rampart.format.kube;

import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.format.yaml.YamlStream;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Kubernetes objects of a YAML file. A document without {@code kind} is not a Kubernetes
 * object and is passed over, unless it has an {@code apiVersion}, which makes it a broken one.
 */
public final class KubeParser implements Parser<KubeManifests> {

  /** Where each workload kind keeps its pod spec. */
  private static final Map<String, List<String>> POD_SPEC_PATHS =
      Map.of(
          "Pod", List.of("spec"),
          "Deployment", List.of("spec", "template", "spec"),
          "StatefulSet", List.of("spec", "template", "spec"),
          "DaemonSet", List.of("spec", "template", "spec"),
          "ReplicaSet", List.of("spec", "template", "spec"),
          "ReplicationController", List.of("spec", "template", "spec"),
          "Job", List.of("spec", "template", "spec"),
          "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));

  private final YamlParser yaml = new YamlParser();

  @Override
  public Parsed<KubeManifests> parse(SourceText source) {
    Parsed<YamlStream> parsed = yaml.parse(source);
    List<ParseProblem> problems = new ArrayList<>(parsed.problems());
    List<KubeObject> objects = new ArrayList<>();
    for (YamlDocument document : parsed.model().documents()) {
      document.root().flatMap(YamlNode::asMapping).ifPresent(root -> read(root, objects, problems));
    }
    return new Parsed<>(new KubeManifests(objects), problems);
  }

  private static void read(
      YamlMapping node, List<KubeObject> objects, List<ParseProblem> problems) {
    Optional<YamlEntry> kindEntry = node.entry("kind");
    Optional<YamlEntry> apiVersion = node.entry("apiVersion");
    if (kindEntry.isEmpty()) {
      apiVersion.ifPresent(
          entry ->
              problems.add(
                  new ParseProblem(
                      entry.position().line(),
                      "the object has an apiVersion but no kind, so it is not checked")));
      return;
    }
    Optional<String> kind = kindEntry.get().value().asText();
    if (kind.isEmpty()) {
      problems.add(
          new ParseProblem(
              kindEntry.get().position().line(), "the object's kind is not a name: not checked"));
      return;
    }
    if (kind.get().endsWith("List") && node.get("items").isPresent()) {
      for (YamlNode item : node.get("items").get().items()) {
        item.asMapping().ifPresent(mapping -> read(mapping, objects, problems));
      }
      return;
    }
    objects.add(
        new KubeObject(
            apiVersion.flatMap(entry -> entry.value().asText()).orElse(""),
            kind.get(),
            metadata(node),
            node,
            podSpec(kind.get(), node)));
  }

  private static Metadata metadata(YamlMapping object) {
    Optional<YamlNode> metadata = object.get("metadata");
    return new Metadata(
        metadata.flatMap(m -> m.get("name")).flatMap(YamlNode::asText),
        metadata.flatMap(m -> m.get("namespace")).flatMap(YamlNode::asText),
        strings(metadata.flatMap(m -> m.get("labels"))),
        strings(metadata.flatMap(m -> m.get("annotations"))));
  }

  private static Map<String, String> strings(Optional<YamlNode> node) {
    Map<String, String> strings = new LinkedHashMap<>();
    node.flatMap(YamlNode::asMapping)
        .ifPresent(
            mapping -> {
              for (YamlEntry entry : mapping.entries()) {
                entry.name().ifPresent(key -> strings.put(key, entry.value().asText().orElse("")));
              }
            });
    return strings;
  }

  private static Optional<PodSpec> podSpec(String kind, YamlMapping object) {
    List<String> path = POD_SPEC_PATHS.get(kind);
    if (path == null) {
      return Optional.empty();
    }
    return object
        .path(path.toArray(String[]::new))
        .flatMap(YamlNode::asMapping)
        .map(spec -> new PodSpec(spec, containers(spec)));
  }

  private static List<Container> containers(YamlMapping spec) {
    List<Container> containers = new ArrayList<>();
    for (Container.Role role : Container.Role.values()) {
      for (YamlNode item : spec.get(role.key()).map(YamlNode::items).orElse(List.of())) {
        item.asMapping()
            .ifPresent(
                node ->
                    containers.add(
                        new Container(role, node.get("name").flatMap(YamlNode::asText), node)));
      }
    }
    return containers;
  }
}
