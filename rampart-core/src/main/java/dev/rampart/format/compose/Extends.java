package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlScalar;
import dev.rampart.format.yaml.YamlSequence;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.SourceTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Compose file's services with their {@code extends} merged in, as Compose merges them: the base
 * first (itself merged with its own base), then the service's own settings over it. Mappings merge
 * key by key; {@code environment}, {@code labels}, {@code extra_hosts} and {@code sysctls} merge by
 * name whether written as a mapping or a list; {@code command}, {@code entrypoint} and a
 * healthcheck's {@code test} are replaced; other sequences are appended; scalars are overridden.
 *
 * <p>A base in another file ({@code extends: {file: common.yml, service: base}}) is read through
 * the scanned tree; what the service takes from it is placed at the service's {@code extends} key,
 * so that a finding about it points into the file being checked.
 */
final class Extends {
  private static final Set<String> REPLACED = Set.of("command", "entrypoint", "test");
  private static final Set<String> BY_NAME =
      Set.of("environment", "labels", "extra_hosts", "sysctls", "annotations");
  private static final int MAX_DEPTH = 32;

  private final String path;
  private final YamlMapping file;
  private final SourceTree tree;
  private final ComposeParser.Interpolator interpolator;
  private final ComposeParser parser;
  private final Origins origins;
  private final List<ParseProblem> problems;
  private final Map<String, Optional<YamlMapping>> otherFiles = new HashMap<>();

  Extends(
      String path,
      YamlMapping file,
      SourceTree tree,
      ComposeParser.Interpolator interpolator,
      ComposeParser parser,
      Origins origins,
      List<ParseProblem> problems) {
    this.path = path;
    this.file = file;
    this.tree = tree;
    this.interpolator = interpolator;
    this.parser = parser;
    this.origins = origins;
    this.problems = problems;
  }

  List<Service> services() {
    Optional<YamlEntry> services = file.entry("services");
    if (services.isEmpty() || services.get().value().isNull()) {
      return List.of();
    }
    Optional<YamlMapping> mapping = services.get().value().asMapping();
    if (mapping.isEmpty()) {
      problem(
          services.get().position(),
          "services is not a mapping of service names to services: not checked");
      return List.of();
    }
    List<Service> read = new ArrayList<>();
    for (YamlEntry entry : mapping.get().entries()) {
      Optional<String> name = entry.name();
      Optional<YamlMapping> node = entry.value().asMapping();
      if (name.isEmpty() || node.isEmpty()) {
        problem(
            entry.position(),
            "service "
                + name.orElse("(unnamed)")
                + " is not a mapping of settings (image:, build: ...): not checked");
        continue;
      }
      YamlMapping merged =
          merged(name.get(), node.get(), path, mapping.get(), new ArrayList<>(), Optional.empty());
      read.add(new Service(name.get(), entry.position(), merged, origins, Build.UNKNOWN));
    }
    return read;
  }

  /**
   * The service {@code name} of the file at {@code where} (whose services are {@code services})
   * with its bases merged in. {@code at} is where nodes from other files are placed.
   */
  private YamlMapping merged(
      String name,
      YamlMapping service,
      String where,
      YamlMapping services,
      List<String> chain,
      Optional<Position> at) {
    Optional<YamlEntry> extendsEntry = service.entry("extends");
    if (extendsEntry.isEmpty() || extendsEntry.get().value().isNull()) {
      return service;
    }
    YamlMapping own = without(service, "extends");
    YamlNode value = extendsEntry.get().value();
    Optional<String> baseName =
        value.asText().or(() -> value.get("service").flatMap(YamlNode::asText));
    Optional<String> baseFile = value.get("file").flatMap(YamlNode::asText);
    Position reportAt = at.orElse(extendsEntry.get().position());
    if (baseName.isEmpty()) {
      problem(reportAt, "extends of service " + name + " names no service: not merged");
      return own;
    }
    String self = where + "#" + name;
    if (chain.contains(self) || chain.size() > MAX_DEPTH) {
      problem(
          reportAt, "service " + name + " extends " + baseName.get() + " in a cycle: not merged");
      return own;
    }
    String baseWhere = where;
    YamlMapping baseServices = services;
    Optional<Position> baseAt = at;
    if (baseFile.isPresent()) {
      Optional<String> resolved = SourceTree.resolve(where, baseFile.get());
      Optional<YamlMapping> other = resolved.flatMap(p -> otherFile(p, baseFile.get(), reportAt));
      if (resolved.isEmpty()) {
        problem(
            reportAt,
            "service "
                + name
                + " extends a service of "
                + baseFile.get()
                + ", outside the scanned root: not merged");
      }
      if (other.isEmpty()) {
        return own;
      }
      baseWhere = resolved.get();
      baseServices = other.get();
      baseAt = Optional.of(reportAt);
    }
    Optional<YamlMapping> base = baseServices.get(baseName.get()).flatMap(YamlNode::asMapping);
    if (base.isEmpty()) {
      problem(
          reportAt,
          "service "
              + name
              + " extends "
              + baseName.get()
              + ", which is not a service of "
              + baseFile.orElse("this file")
              + ": not merged");
      return own;
    }
    List<String> longer = new ArrayList<>(chain);
    longer.add(self);
    YamlMapping baseMerged =
        merged(baseName.get(), base.get(), baseWhere, baseServices, longer, baseAt);
    return (YamlMapping) merge(baseMerged, own, "");
  }

  /** The services of another Compose file, interpolated and placed at {@code at}. */
  private Optional<YamlMapping> otherFile(String resolved, String written, Position at) {
    return otherFiles.computeIfAbsent(
        resolved,
        p -> {
          SourceTree.Read read = tree.read(p);
          String problem = "has no services";
          if (read instanceof SourceTree.Found found) {
            Optional<YamlMapping> services =
                parser
                    .root(found.text(), new ArrayList<>())
                    .map(r -> interpolator.mapping(r, Optional.of(at)))
                    .flatMap(r -> r.get("services"))
                    .flatMap(YamlNode::asMapping);
            if (services.isPresent()) {
              return services;
            }
          } else if (read instanceof SourceTree.Missing) {
            problem = "is not in the scanned tree";
          } else if (read instanceof SourceTree.Refused refused) {
            problem = "was not read: " + refused.reason();
          }
          problem(at, "extends file " + written + " " + problem + ": not merged");
          return Optional.empty();
        });
  }

  /** {@code local} over {@code base}, for the setting {@code key}. */
  private YamlNode merge(YamlNode base, YamlNode local, String key) {
    if (BY_NAME.contains(key)) {
      Optional<YamlMapping> b = byName(base);
      Optional<YamlMapping> l = byName(local);
      if (b.isPresent() && l.isPresent()) {
        return merge(b.get(), l.get(), "");
      }
      return local;
    }
    if (base instanceof YamlMapping b && local instanceof YamlMapping l) {
      Map<String, YamlEntry> entries = new LinkedHashMap<>();
      List<YamlEntry> unnamed = new ArrayList<>();
      for (YamlEntry entry : b.entries()) {
        entry.name().ifPresentOrElse(n -> entries.put(n, entry), () -> unnamed.add(entry));
      }
      for (YamlEntry entry : l.entries()) {
        Optional<String> name = entry.name();
        if (name.isEmpty()) {
          unnamed.add(entry);
          continue;
        }
        YamlEntry inBase = entries.get(name.get());
        entries.put(
            name.get(),
            inBase == null
                ? entry
                : new YamlEntry(entry.key(), merge(inBase.value(), entry.value(), name.get())));
      }
      List<YamlEntry> all = new ArrayList<>(entries.values());
      all.addAll(unnamed);
      return new YamlMapping(l.position(), all);
    }
    if (base instanceof YamlSequence b
        && local instanceof YamlSequence l
        && !REPLACED.contains(key)) {
      Set<String> own = new HashSet<>();
      l.items().forEach(item -> item.asText().ifPresent(own::add));
      List<YamlNode> items = new ArrayList<>();
      for (YamlNode item : b.items()) {
        if (item.asText().filter(own::contains).isEmpty()) {
          items.add(item);
        }
      }
      items.addAll(l.items());
      return new YamlSequence(l.position(), items);
    }
    return local;
  }

  /** A mapping, or a list of {@code NAME=value} read as one; empty for any other node. */
  private Optional<YamlMapping> byName(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      return Optional.of(mapping);
    }
    if (!(node instanceof YamlSequence sequence)) {
      return Optional.empty();
    }
    List<YamlEntry> entries = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (!(item instanceof YamlScalar scalar) || scalar.isNull()) {
        return Optional.empty();
      }
      String text = scalar.value();
      int equals = text.indexOf('=');
      String name = equals < 0 ? text : text.substring(0, equals);
      YamlNode value =
          equals < 0
              ? new YamlScalar(scalar.position(), "", true)
              : new YamlScalar(scalar.position(), text.substring(equals + 1), false);
      origins.put(value, origins.of(scalar));
      entries.add(new YamlEntry(new YamlScalar(scalar.position(), name, true), value));
    }
    return Optional.of(new YamlMapping(sequence.position(), entries));
  }

  private static YamlMapping without(YamlMapping mapping, String key) {
    return new YamlMapping(
        mapping.position(),
        mapping.entries().stream().filter(e -> !e.name().filter(key::equals).isPresent()).toList());
  }

  private void problem(Position at, String message) {
    problems.add(new ParseProblem(at.line(), message));
  }
}
