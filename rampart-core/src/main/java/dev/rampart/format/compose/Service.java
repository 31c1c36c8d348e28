package dev.rampart.format.compose;

import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service of a Compose file, interpolated and with its {@code extends} merged in. The accessors
 * read both of Compose's syntaxes (short strings and long mappings) and answer empty for a setting
 * of the wrong shape, which the parser has already read as far as it could.
 *
 * @param name the key under {@code services:}
 * @param position where the service's name is written
 * @param node the service's mapping, for what the accessors do not cover
 * @param origins where interpolated values came from
 * @param build what its own Dockerfile says, when it builds its image from the scanned tree
 */
public record Service(
    String name, Position position, YamlMapping node, Origins origins, Build build) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A service read without interpolation, for tests and tools. */
  public Service(String name, Position position, YamlMapping node) {
    this(name, position, node, new Origins(), Build.UNKNOWN);
  }

  /** The same service, building the image {@code built} describes. */
  Service withBuild(Build built) {
    return new Service(name, position, node, origins, built);
  }

  /** The entry of {@code key}, whose position is the key's. */
  public Optional<YamlEntry> entry(String key) {
    return node.entry(key);
  }

  /** The text of a scalar {@code key}, such as {@code user} or {@code network_mode}. */
  public Optional<String> text(String key) {
    return node.get(key).flatMap(YamlNode::asText);
  }

  /** True when {@code key} is {@code true}, such as {@code privileged} or {@code read_only}. */
  public boolean isTrue(String key) {
    return node.get(key).flatMap(YamlNode::asBoolean).orElse(false);
  }

  /** Where the value of {@code node}, a scalar of this service, came from. */
  public Origin origin(YamlNode value) {
    return origins.of(value);
  }

  /** The image it runs, or names when it is built, as written. */
  public Optional<String> image() {
    return text("image");
  }

  /**
   * The image it runs, parsed, once its variables are interpolated; empty without an image or when
   * a variable in it has no known value ({@code ${REGISTRY}/app}).
   */
  public Optional<ImageRef> imageRef() {
    return node.get("image")
        .filter(value -> origin(value) != Origin.UNRESOLVED)
        .flatMap(YamlNode::asText)
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .map(ImageRef::of);
  }

  /** True when the service builds its image ({@code build:}) rather than only pulling it. */
  public boolean builds() {
    return node.get("build").filter(build -> !build.isNull()).isPresent();
  }

  /**
   * The items of a list such as {@code cap_add} or {@code security_opt}, each with its position;
   * empty when the key is missing or not a list.
   */
  public List<YamlNode> items(String key) {
    return node.get(key).map(YamlNode::items).orElse(List.of());
  }

  /** For example {@code service web}. */
  public String label() {
    return "service " + name;
  }

  /** Its {@code ports}, short and long syntax. */
  public List<Port> ports() {
    List<Port> ports = new ArrayList<>();
    for (YamlNode item : items("ports")) {
      Port.of(item).ifPresent(ports::add);
    }
    return ports;
  }

  /** Its {@code volumes}, short and long syntax, and its {@code tmpfs} mounts. */
  public List<Mount> mounts() {
    List<Mount> mounts = new ArrayList<>();
    for (YamlNode item : items("volumes")) {
      Mount.of(item).ifPresent(mounts::add);
    }
    Optional<YamlNode> tmpfs = node.get("tmpfs");
    if (tmpfs.flatMap(YamlNode::asText).isPresent()) {
      Mount.tmpfs(tmpfs.get()).ifPresent(mounts::add);
    }
    for (YamlNode item : items("tmpfs")) {
      Mount.tmpfs(item).ifPresent(mounts::add);
    }
    return mounts;
  }

  /** Its {@code environment}, as a mapping or a list of {@code NAME=value} and {@code NAME}. */
  public List<EnvVar> environment() {
    List<EnvVar> vars = new ArrayList<>();
    Optional<YamlNode> environment = node.get("environment");
    environment
        .flatMap(YamlNode::asMapping)
        .ifPresent(
            mapping -> {
              for (YamlEntry entry : mapping.entries()) {
                entry
                    .name()
                    .ifPresent(
                        name ->
                            vars.add(
                                new EnvVar(
                                    name,
                                    entry.value().asText(),
                                    entry.position(),
                                    entry.value().isNull()
                                        ? Origin.UNRESOLVED
                                        : origin(entry.value()))));
              }
            });
    for (YamlNode item : environment.map(YamlNode::items).orElse(List.of())) {
      item.asText()
          .ifPresent(
              text -> {
                int equals = text.indexOf('=');
                vars.add(
                    equals < 0
                        ? new EnvVar(text, Optional.empty(), item.position(), Origin.UNRESOLVED)
                        : new EnvVar(
                            text.substring(0, equals),
                            Optional.of(text.substring(equals + 1)),
                            item.position(),
                            origin(item)));
              });
    }
    return vars;
  }

  /** Its {@code healthcheck} entry, when it has one. */
  public Optional<YamlEntry> healthcheck() {
    return entry("healthcheck").filter(entry -> !entry.value().isNull());
  }

  /**
   * True when its healthcheck turns the image's off: {@code disable: true}, or a {@code test} of
   * {@code NONE} ({@code ["NONE"]}).
   */
  public boolean healthcheckDisabled() {
    Optional<YamlNode> healthcheck = healthcheck().map(YamlEntry::value);
    if (healthcheck.flatMap(h -> h.get("disable")).flatMap(YamlNode::asBoolean).orElse(false)) {
      return true;
    }
    Optional<YamlNode> test = healthcheck.flatMap(h -> h.get("test"));
    Optional<String> first =
        test.flatMap(YamlNode::asText)
            .or(
                () ->
                    test.map(YamlNode::items)
                        .filter(i -> !i.isEmpty())
                        .flatMap(i -> i.get(0).asText()));
    return first.map(String::strip).filter("NONE"::equalsIgnoreCase).isPresent();
  }

  /**
   * The limit on {@code resource} ({@code memory}, {@code cpus} or {@code pids}): in {@code
   * deploy.resources.limits}, or the service-level {@code mem_limit}, {@code cpus}, {@code
   * pids_limit}.
   */
  public Optional<YamlEntry> limit(String resource) {
    Optional<YamlEntry> deploy =
        node.path("deploy", "resources", "limits")
            .flatMap(YamlNode::asMapping)
            .flatMap(limits -> limits.entry(resource));
    String legacy =
        switch (resource) {
          case "memory" -> "mem_limit";
          case "pids" -> "pids_limit";
          default -> resource;
        };
    return deploy.or(() -> entry(legacy)).filter(entry -> !entry.value().isNull());
  }

  /** Its {@code logging} entry, when it has one. */
  public Optional<YamlEntry> logging() {
    return entry("logging").filter(entry -> !entry.value().isNull());
  }

  /** The logging driver, {@code json-file} (Docker's default) when none is named. */
  public String loggingDriver() {
    return logging()
        .flatMap(l -> l.value().get("driver"))
        .flatMap(YamlNode::asText)
        .map(String::strip)
        .orElse("json-file");
  }

  /** A logging option such as {@code max-size}. */
  public Optional<String> loggingOption(String option) {
    return logging().flatMap(l -> l.value().path("options", option)).flatMap(YamlNode::asText);
  }

  /** The names of the secrets it is given, short and long syntax. */
  public List<String> secrets() {
    List<String> names = new ArrayList<>();
    for (YamlNode item : items("secrets")) {
      item.asText().or(() -> item.get("source").flatMap(YamlNode::asText)).ifPresent(names::add);
    }
    return names;
  }

  /**
   * The words of {@code command} (or {@code entrypoint}): a string split at white space, or the
   * items of a list, each split the same way (a shell's {@code -c} script), an empty item kept as
   * an empty word ({@code --save ""}). Empty when the key is missing.
   */
  public List<String> commandWords(String key) {
    Optional<YamlNode> value = node.get(key);
    List<String> words = new ArrayList<>();
    List<YamlNode> parts =
        value.flatMap(YamlNode::asText).isPresent()
            ? List.of(value.get())
            : value.map(YamlNode::items).orElse(List.of());
    for (YamlNode part : parts) {
      String text = part.asText().orElse("").strip();
      if (text.isEmpty()) {
        words.add("");
      } else {
        words.addAll(List.of(WHITESPACE.split(text)));
      }
    }
    return words;
  }

  /**
   * The service whose network namespace it joins, {@code x} of {@code network_mode: service:x}: its
   * ports are published by that service.
   */
  public Optional<String> joinsNetworkOf() {
    return text("network_mode")
        .map(String::strip)
        .filter(mode -> mode.startsWith("service:"))
        .map(mode -> mode.substring("service:".length()).strip())
        .filter(name -> !name.isEmpty());
  }

  /** Its {@code profiles}. */
  public List<String> profiles() {
    return items("profiles").stream().flatMap(item -> item.asText().stream()).toList();
  }
}
