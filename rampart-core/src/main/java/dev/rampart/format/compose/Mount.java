package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One mount of a service: an item of {@code volumes} in short syntax ({@code ./conf:/etc/app:ro},
 * {@code data:/var/lib/postgresql/data}, {@code /cache}) or long syntax ({@code {type: bind,
 * source, target, read_only, tmpfs: {size, mode}}}), or an item of {@code tmpfs} ({@code
 * /tmp:size=64m,noexec,nosuid}).
 *
 * @param source the host path of a bind, the name of a volume; empty for an anonymous volume or a
 *     tmpfs
 * @param options the short syntax's access and tmpfs options ({@code ro}, {@code z}, {@code
 *     noexec}, {@code size=64m}), lower-cased; the long syntax's {@code tmpfs.size} and {@code
 *     tmpfs.mode} as {@code size=...} and {@code mode=...}
 */
public record Mount(
    Position at,
    Type type,
    Optional<String> source,
    String target,
    boolean readOnly,
    List<String> options) {

  public enum Type {
    BIND,
    VOLUME,
    TMPFS,
    OTHER
  }

  public Mount {
    options = List.copyOf(options);
  }

  static Optional<Mount> of(YamlNode item) {
    Optional<String> text = item.asText();
    if (text.isPresent()) {
      return shortSyntax(item.position(), text.get().strip());
    }
    return item.asMapping()
        .flatMap(
            mapping -> {
              Optional<String> target = mapping.get("target").flatMap(YamlNode::asText);
              if (target.isEmpty()) {
                return Optional.empty();
              }
              String type =
                  mapping
                      .get("type")
                      .flatMap(YamlNode::asText)
                      .orElse("volume")
                      .toLowerCase(Locale.ROOT);
              Optional<String> source =
                  mapping.get("source").flatMap(YamlNode::asText).filter(s -> !s.isBlank());
              java.util.ArrayList<String> options = new java.util.ArrayList<>();
              mapping
                  .path("tmpfs", "size")
                  .flatMap(YamlNode::asText)
                  .ifPresent(size -> options.add("size=" + size));
              mapping
                  .path("tmpfs", "mode")
                  .flatMap(YamlNode::asText)
                  .ifPresent(mode -> options.add("mode=" + mode));
              return Optional.of(
                  new Mount(
                      item.position(),
                      switch (type) {
                        case "bind" -> Type.BIND;
                        case "volume" -> Type.VOLUME;
                        case "tmpfs" -> Type.TMPFS;
                        default -> Type.OTHER;
                      },
                      source,
                      target.get().strip(),
                      mapping.get("read_only").flatMap(YamlNode::asBoolean).orElse(false),
                      options));
            });
  }

  private static Optional<Mount> shortSyntax(Position at, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // A Windows drive (C:\data:/data) has a colon of its own.
    int start = text.matches("^[A-Za-z]:[\\\\/].*") ? 2 : 0;
    int first = text.indexOf(':', start);
    if (first < 0) {
      return Optional.of(new Mount(at, Type.VOLUME, Optional.empty(), text, false, List.of()));
    }
    String source = text.substring(0, first);
    String rest = text.substring(first + 1);
    int second = rest.indexOf(':');
    String target = second < 0 ? rest : rest.substring(0, second);
    List<String> options = second < 0 ? List.of() : options(rest.substring(second + 1));
    boolean bind =
        source.startsWith("/")
            || source.startsWith(".")
            || source.startsWith("~")
            || start == 2
            || source.startsWith("\\\\");
    return Optional.of(
        new Mount(
            at,
            bind ? Type.BIND : Type.VOLUME,
            Optional.of(source),
            target,
            options.contains("ro"),
            options));
  }

  /** An item of {@code tmpfs}: {@code /tmp} or {@code /tmp:size=64m,noexec}. */
  static Optional<Mount> tmpfs(YamlNode item) {
    return item.asText()
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .map(
            text -> {
              int colon = text.indexOf(':');
              List<String> options = colon < 0 ? List.of() : options(text.substring(colon + 1));
              return new Mount(
                  item.position(),
                  Type.TMPFS,
                  Optional.empty(),
                  colon < 0 ? text : text.substring(0, colon),
                  options.contains("ro"),
                  options);
            });
  }

  // `ro,z` or `size=64m,noexec`: lower-cased, blanks dropped.
  private static List<String> options(String written) {
    return Arrays.stream(written.split(",", -1))
        .map(o -> o.strip().toLowerCase(Locale.ROOT))
        .filter(o -> !o.isEmpty())
        .toList();
  }

  /** The host path of a bind mount, with {@code ~} for the home directory. */
  public Optional<String> hostPath() {
    return type == Type.BIND ? source : Optional.empty();
  }

  /** True when {@code option} ({@code noexec}, or {@code size} for {@code size=...}) is set. */
  public boolean has(String option) {
    return options.stream().anyMatch(o -> o.equals(option) || o.startsWith(option + "="));
  }

  /** For messages: {@code ./conf:/etc/app}, or {@code /tmp} for a tmpfs. */
  public String describe() {
    return source.map(s -> s + ":").orElse("") + target;
  }
}
