package dev.rampart.format.compose;

import dev.rampart.format.dockerfile.DockerfileParser;
import dev.rampart.format.env.EnvFile;
import dev.rampart.format.env.EnvParser;
import dev.rampart.format.env.EnvSetting;
import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.format.yaml.YamlScalar;
import dev.rampart.format.yaml.YamlSequence;
import dev.rampart.format.yaml.YamlStream;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import dev.rampart.parse.SourceTree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Compose file's services as Compose does: variables interpolated from the {@code .env}
 * beside the file and from defaults ({@link Interpolation}), anchors and merge keys resolved by the
 * YAML reader, and {@code extends} merged in ({@link Extends}). A Compose file is one YAML
 * document; should a file hold several, the first with a mapping at its root is the Compose file. A
 * {@code services} that is not a mapping, or a service that is not one, an {@code extends} whose
 * base is missing or circular, and an {@code include} that names no file of the scanned tree are
 * parse problems; the other services are still read.
 */
public final class ComposeParser implements Parser<ComposeFile> {
  private final YamlParser yaml = new YamlParser();

  @Override
  public Parsed<ComposeFile> parse(SourceText source) {
    return parse(source, SourceTree.NONE);
  }

  @Override
  public Parsed<ComposeFile> parse(SourceText source, SourceTree tree) {
    List<ParseProblem> problems = new ArrayList<>();
    Optional<YamlMapping> written = root(source, problems);
    if (written.isEmpty()) {
      return new Parsed<>(
          new ComposeFile(
              source.path(), List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
          problems);
    }
    Origins origins = new Origins();
    Interpolator interpolator =
        new Interpolator(new Interpolation(variables(source.path(), tree, problems)), origins);
    YamlMapping file = interpolator.mapping(written.get(), Optional.empty());
    includes(source.path(), file, tree, problems);
    List<Service> services =
        new Extends(source.path(), file, tree, interpolator, this, origins, problems)
            .services().stream()
                .map(service -> service.withBuild(build(source.path(), service, tree)))
                .toList();
    services.forEach(service -> Shapes.check(service, problems));
    return new Parsed<>(
        new ComposeFile(
            source.path(),
            services,
            mapping(file, "secrets"),
            mapping(file, "volumes"),
            mapping(file, "networks")),
        problems);
  }

  /** The Compose file's root mapping, reporting a file whose root is no mapping. */
  Optional<YamlMapping> root(SourceText source, List<ParseProblem> problems) {
    Parsed<YamlStream> parsed = yaml.parse(source);
    problems.addAll(parsed.problems());
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
    }
    return root;
  }

  /**
   * The variables of the {@code .env} in the Compose file's directory, Compose's default project
   * directory, each interpolated with those before it as Compose does. A missing {@code .env} gives
   * none; one that could not be read (too large, a link out of the root) is a problem of the
   * Compose file, whose variables then stay unresolved. The {@code .env}'s own syntax problems are
   * reported when it is scanned itself.
   */
  private static Map<String, String> variables(
      String path, SourceTree tree, List<ParseProblem> problems) {
    Optional<String> envPath = SourceTree.resolve(path, ".env");
    SourceTree.Read read = envPath.map(tree::read).orElse(new SourceTree.Missing());
    if (read instanceof SourceTree.Refused refused) {
      problems.add(
          new ParseProblem(
              0,
              "the .env beside it was not read ("
                  + refused.reason()
                  + "): its variables are not interpolated"));
    }
    if (!(read instanceof SourceTree.Found found)) {
      return Map.of();
    }
    EnvFile env = new EnvParser().parse(found.text()).model();
    Map<String, String> values = new LinkedHashMap<>();
    for (EnvSetting setting : env.settings()) {
      if (setting.value().isEmpty()) {
        continue;
      }
      String value = setting.value().get();
      if (!setting.literal() && Interpolation.hasReferences(value)) {
        value = new Interpolation(values).apply(value).value();
      }
      values.put(setting.name(), value);
    }
    return values;
  }

  /**
   * Reports each {@code include} that names no file of the scanned tree. An included file that is
   * in the tree is checked on its own; a remote one (a git or OCI reference) is not read.
   */
  private static void includes(
      String path, YamlMapping file, SourceTree tree, List<ParseProblem> problems) {
    Optional<YamlEntry> include = file.entry("include");
    if (include.isEmpty() || include.get().value().isNull()) {
      return;
    }
    YamlNode value = include.get().value();
    if (value.asMapping().isPresent() || value.asText().isPresent()) {
      problems.add(
          new ParseProblem(
              include.get().position().line(),
              "include is not a list of files to include: not read"));
      return;
    }
    for (YamlNode item : value.items()) {
      List<YamlNode> paths = new ArrayList<>();
      if (item.asText().isPresent()) {
        paths.add(item);
      } else {
        item.get("path")
            .ifPresent(p -> paths.addAll(p.asText().isPresent() ? List.of(p) : p.items()));
      }
      if (paths.isEmpty()) {
        problems.add(
            new ParseProblem(item.position().line(), "include item names no path: not read"));
      }
      for (YamlNode node : paths) {
        node.asText().ifPresent(included -> include(path, included, node, tree, problems));
      }
    }
  }

  private static void include(
      String path, String included, YamlNode at, SourceTree tree, List<ParseProblem> problems) {
    if (included.contains("://") || included.startsWith("oci:") || included.startsWith("git@")) {
      return;
    }
    Optional<String> resolved = SourceTree.resolve(path, included);
    String problem = null;
    if (resolved.isEmpty()) {
      problem = "is outside the scanned root: not checked";
    } else {
      SourceTree.Read read = tree.read(resolved.get());
      if (read instanceof SourceTree.Missing) {
        problem = "is not in the scanned tree";
      } else if (read instanceof SourceTree.Refused refused) {
        problem = "was not read: " + refused.reason();
      }
    }
    if (problem != null) {
      problems.add(
          new ParseProblem(at.position().line(), "included file " + included + " " + problem));
    }
  }

  /**
   * What the Dockerfile of a service's build context says: {@code build: ./api}, or {@code build:
   * {context, dockerfile, dockerfile_inline, target}}. A remote context (a git URL) or a Dockerfile
   * outside the scanned tree is not read, and leaves the service's image unknown.
   */
  private static Build build(String path, Service service, SourceTree tree) {
    Optional<YamlNode> build = service.node().get("build").filter(b -> !b.isNull());
    if (build.isEmpty()) {
      return Build.UNKNOWN;
    }
    Optional<String> target = build.get().get("target").flatMap(YamlNode::asText);
    Optional<String> inline = build.get().get("dockerfile_inline").flatMap(YamlNode::asText);
    if (inline.isPresent()) {
      return Build.of(
          new DockerfileParser().parse(new SourceText(path, inline.get())).model(), target);
    }
    String context =
        build
            .get()
            .asText()
            .or(() -> build.get().get("context").flatMap(YamlNode::asText))
            .orElse(".");
    String dockerfile =
        build.get().get("dockerfile").flatMap(YamlNode::asText).orElse("Dockerfile");
    if (context.contains("://") || context.startsWith("git@")) {
      return Build.UNKNOWN;
    }
    Optional<String> file =
        SourceTree.resolve(path, (context.endsWith("/") ? context : context + "/") + dockerfile);
    if (file.isEmpty() || !(tree.read(file.get()) instanceof SourceTree.Found found)) {
      return Build.UNKNOWN;
    }
    return Build.of(new DockerfileParser().parse(found.text()).model(), target);
  }

  private static Optional<YamlMapping> mapping(YamlMapping file, String key) {
    return file.get(key).flatMap(YamlNode::asMapping);
  }

  /**
   * Copies a YAML tree with every scalar value interpolated (keys are not), recording where each
   * interpolated value came from; optionally moving every node to one position, for what a service
   * takes from another file. Shared nodes (aliases) stay shared, so an alias bomb stays small.
   */
  static final class Interpolator {
    private final Interpolation interpolation;
    private final Origins origins;

    Interpolator(Interpolation interpolation, Origins origins) {
      this.interpolation = interpolation;
      this.origins = origins;
    }

    YamlMapping mapping(YamlMapping node, Optional<Position> at) {
      return (YamlMapping) copy(node, at, new IdentityHashMap<>());
    }

    private YamlNode copy(YamlNode node, Optional<Position> at, Map<YamlNode, YamlNode> done) {
      YamlNode copied = done.get(node);
      if (copied != null) {
        return copied;
      }
      if (node instanceof YamlScalar scalar) {
        copied = scalar(scalar, at);
      } else if (node instanceof YamlSequence sequence) {
        copied =
            new YamlSequence(
                at.orElse(sequence.position()),
                sequence.items().stream().map(item -> copy(item, at, done)).toList());
      } else {
        YamlMapping mapping = (YamlMapping) node;
        copied =
            new YamlMapping(
                at.orElse(mapping.position()),
                mapping.entries().stream()
                    .map(
                        entry ->
                            new YamlEntry(
                                at.isPresent() ? move(entry.key(), at.get()) : entry.key(),
                                copy(entry.value(), at, done)))
                    .toList());
      }
      done.put(node, copied);
      return copied;
    }

    private YamlNode scalar(YamlScalar scalar, Optional<Position> at) {
      Position position = at.orElse(scalar.position());
      if (scalar.isNull() || !Interpolation.hasReferences(scalar.value())) {
        return at.isPresent() ? new YamlScalar(position, scalar.value(), scalar.plain()) : scalar;
      }
      Interpolation.Result result = interpolation.apply(scalar.value());
      // An empty result is an empty string, not YAML's null.
      YamlScalar interpolated =
          new YamlScalar(position, result.value(), scalar.plain() && !result.value().isEmpty());
      Origin origin =
          !result.resolved()
              ? Origin.UNRESOLVED
              : result.fromVariables()
                  ? Origin.ENV_FILE
                  : result.referred() ? Origin.DEFAULT : Origin.WRITTEN;
      if (origin != Origin.WRITTEN) {
        origins.put(interpolated, origin);
      }
      return interpolated;
    }

    private static YamlNode move(YamlNode key, Position at) {
      return key instanceof YamlScalar scalar
          ? new YamlScalar(at, scalar.value(), scalar.plain())
          : key;
    }
  }
}
