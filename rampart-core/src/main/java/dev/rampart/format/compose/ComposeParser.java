package dev.rampart.format.compose;

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
import java.util.List;
import java.util.Optional;

/**
 * Reads a Compose file's services. A Compose file is one YAML document; should a file hold several,
 * the first with a mapping at its root is the Compose file. A {@code services} that is not a
 * mapping, or a service that is not one, is a parse problem; the other services are still read.
 */
public final class ComposeParser implements Parser<ComposeFile> {
  private static final ComposeFile EMPTY =
      new ComposeFile(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  private final YamlParser yaml = new YamlParser();

  @Override
  public Parsed<ComposeFile> parse(SourceText source) {
    Parsed<YamlStream> parsed = yaml.parse(source);
    List<ParseProblem> problems = new ArrayList<>(parsed.problems());
    Optional<YamlMapping> root =
        parsed.model().documents().stream()
            .flatMap(document -> document.root().stream())
            .flatMap(node -> node.asMapping().stream())
            .findFirst();
    if (root.isEmpty()) {
      parsed.model().documents().stream()
          .map(YamlDocument::root)
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(
              node ->
                  problems.add(
                      new ParseProblem(
                          node.position().line(),
                          "a Compose file is a mapping (services:, volumes: ...): not checked")));
      return new Parsed<>(EMPTY, problems);
    }
    YamlMapping file = root.get();
    return new Parsed<>(
        new ComposeFile(
            services(file, problems),
            mapping(file, "secrets"),
            mapping(file, "volumes"),
            mapping(file, "networks")),
        problems);
  }

  private static List<Service> services(YamlMapping file, List<ParseProblem> problems) {
    Optional<YamlEntry> services = file.entry("services");
    if (services.isEmpty() || services.get().value().isNull()) {
      return List.of();
    }
    Optional<YamlMapping> mapping = services.get().value().asMapping();
    if (mapping.isEmpty()) {
      problems.add(
          new ParseProblem(
              services.get().position().line(),
              "services is not a mapping of service names to services: not checked"));
      return List.of();
    }
    List<Service> read = new ArrayList<>();
    for (YamlEntry entry : mapping.get().entries()) {
      Optional<String> name = entry.name();
      Optional<YamlMapping> node = entry.value().asMapping();
      if (name.isEmpty() || node.isEmpty()) {
        problems.add(
            new ParseProblem(
                entry.position().line(),
                "service "
                    + name.orElse("(unnamed)")
                    + " is not a mapping of settings (image:, build: ...): not checked"));
        continue;
      }
      read.add(new Service(name.get(), entry.position(), node.get()));
    }
    return read;
  }

  private static Optional<YamlMapping> mapping(YamlMapping file, String key) {
    return file.get(key).flatMap(YamlNode::asMapping);
  }
}
