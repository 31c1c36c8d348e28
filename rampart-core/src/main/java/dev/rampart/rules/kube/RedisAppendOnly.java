package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.RedisCommandLine;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import dev.rampart.rules.kube.ContainerImages.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-K8S-058",
    title = "Redis and Valkey servers write an append-only file",
    severity = Severity.LOW,
    controls = "data.store-durability",
    rationale =
        "Out of the box Redis and Valkey persist only RDB snapshots, taken every few minutes at"
            + " best: when the server restarts, is killed for memory or its pod is rescheduled,"
            + " every write since the last snapshot is gone, and the clients were told it"
            + " succeeded. With the append-only file (AOF) each write is logged and at most a"
            + " second of them is lost (`appendfsync everysec`, the default). The rule reads the"
            + " Redis and Valkey containers of Deployments and StatefulSets (by image: redis,"
            + " valkey, redis-stack, redis-stack-server) and what their command and args say: it"
            + " reports a container started without `--appendonly yes`, including one with no"
            + " command or args, which runs the image's default configuration. A configuration"
            + " file named on the command line (an argument ending in `.conf`, usually a mounted"
            + " ConfigMap) is not in the scan, so such a container is passed unless its arguments"
            + " also say `--appendonly no`. Bitnami's images enable AOF by default and are"
            + " reported only when `REDIS_AOF_ENABLED` or `VALKEY_AOF_ENABLED` is `no`. A server"
            + " started with `--save \"\"` and without AOF persists nothing by declaration: a"
            + " cache, passed here.",
    remediation =
        "Start the server with AOF on, `args: [\"--appendonly\", \"yes\"]` (or `appendonly yes`"
            + " in its redis.conf), on a persistent volume mounted at its data directory (`/data`"
            + " for the official images); for a Redis that is only a cache, say so with `--save"
            + " \"\"`.",
    references = {
      "https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/",
      "https://hub.docker.com/_/redis",
      "https://github.com/bitnami/containers/tree/main/bitnami/redis#configuration"
    })
public final class RedisAppendOnly implements Check<KubeManifests> {
  private static final Set<String> PRODUCTS = Set.of("Redis", "Valkey");
  private static final Set<String> AOF_ENV = Set.of("REDIS_AOF_ENABLED", "VALKEY_AOF_ENABLED");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Image server : DataStores.servers(manifests)) {
      String product = DataStores.product(server.ref()).orElseThrow();
      if (PRODUCTS.contains(product)) {
        reason(server)
            .ifPresent(
                reason ->
                    out.report(
                        where(server),
                        server.where(),
                        server.where()
                            + " runs "
                            + product
                            + " ("
                            + server.ref().raw()
                            + ") "
                            + reason
                            + ": a restart loses every write since the last RDB snapshot."));
      }
    }
  }

  /** Why the server writes no append-only file, or nothing when it does or may. */
  private static Optional<String> reason(Image server) {
    if (server.ref().repository().startsWith("bitnami/")) {
      // Bitnami's entrypoint writes the configuration from the environment, AOF on by default.
      return server.container().node().get("env").map(YamlNode::items).orElse(List.of()).stream()
          .filter(env -> env.get("value").flatMap(YamlNode::asText).orElse("").equals("no"))
          .flatMap(env -> env.get("name").flatMap(YamlNode::asText).stream())
          .filter(AOF_ENV::contains)
          .findFirst()
          .map(name -> "with " + name + "=no");
    }
    return RedisCommandLine.withoutAppendOnly(words(server));
  }

  /**
   * The words of the container's command and args; an item with spaces, such as a shell's {@code
   * -c} script, is split into its words.
   */
  private static List<String> words(Image server) {
    List<String> words = new ArrayList<>();
    for (String key : List.of("command", "args")) {
      for (YamlNode item :
          server.container().node().get(key).map(YamlNode::items).orElse(List.of())) {
        item.asText()
            .ifPresent(
                text -> {
                  String stripped = text.strip();
                  if (stripped.isEmpty()) {
                    words.add("");
                  } else {
                    words.addAll(List.of(WHITESPACE.split(stripped)));
                  }
                });
      }
    }
    return words;
  }

  /** The container's {@code args}, else its {@code command}, else the container itself. */
  private static Position where(Image server) {
    return server
        .container()
        .node()
        .entry("args")
        .or(() -> server.container().node().entry("command"))
        .map(YamlEntry::position)
        .orElse(server.container().position());
  }
}
