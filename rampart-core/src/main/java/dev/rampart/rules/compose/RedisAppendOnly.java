package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.RedisCommandLine;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.EnvVar;
import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-CMP-032",
    title = "Redis and Valkey services write an append-only file",
    severity = Severity.LOW,
    controls = "data.store-durability",
    aliases = {},
    rationale =
        "Out of the box Redis and Valkey persist only RDB snapshots, taken every few minutes at"
            + " most: a crash or a restart loses every write since the last one. With the"
            + " append-only file (`--appendonly yes`) each write is logged and at most a second is"
            + " lost. The official images read no configuration file unless the command names"
            + " one, so a mounted redis.conf counts only when `command` passes it"
            + " (`redis-server /usr/local/etc/redis/redis.conf`), and then it is trusted. A"
            + " server started with `--save \"\"` is a cache by declaration and passes; Bitnami's"
            + " images turn AOF on themselves unless `REDIS_AOF_ENABLED` is `no`.",
    remediation =
        "Start the server with AOF on: `command: [\"redis-server\", \"--appendonly\", \"yes\"]`,"
            + " with its data on a named volume (`volumes: [redis-data:/data]`).",
    references = {
      "https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/",
      "https://hub.docker.com/_/redis"
    })
public final class RedisAppendOnly implements Check<ComposeFile> {
  private static final Set<String> PRODUCTS = Set.of("Redis", "Valkey");
  private static final Set<String> AOF_ENV = Set.of("REDIS_AOF_ENABLED", "VALKEY_AOF_ENABLED");

  @Override
  public void check(ComposeFile file, Findings out) {
    for (DataStores.Store store : DataStores.of(file)) {
      if (!PRODUCTS.contains(store.product())) {
        continue;
      }
      Service service = store.service();
      Position at = service.entry("command").map(YamlEntry::position).orElse(service.position());
      reason(service)
          .ifPresent(
              reason ->
                  out.report(
                      aofOff(service).map(EnvVar::at).orElse(at),
                      service.label(),
                      service.label()
                          + " runs "
                          + store.product()
                          + " "
                          + reason
                          + ": a crash loses every write since the last snapshot."));
    }
  }

  private static Optional<String> reason(Service service) {
    if (isBitnami(service)) {
      return aofOff(service).map(var -> "with " + var.name() + "=no");
    }
    return RedisCommandLine.withoutAppendOnly(service.commandWords("command"));
  }

  private static boolean isBitnami(Service service) {
    return service.imageRef().orElseThrow().repository().startsWith("bitnami/");
  }

  /** Bitnami's switch of AOF, when it turns it off. */
  private static Optional<EnvVar> aofOff(Service service) {
    if (!isBitnami(service)) {
      return Optional.empty();
    }
    return service.environment().stream()
        .filter(var -> AOF_ENV.contains(var.name()))
        .filter(var -> var.known().map(String::strip).filter("no"::equals).isPresent())
        .findFirst();
  }
}
