package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.DataStoreImages;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Mount;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Map;

@Rule(
    id = "RA-CMP-033",
    title = "Data stores keep their data on a named volume or a bind mount",
    severity = Severity.MEDIUM,
    controls = "data.store-durability",
    aliases = {},
    rationale =
        "A data store whose data directory is not mounted writes into its container, or into an"
            + " anonymous volume that the next `docker compose down` and `up` leaves behind: the"
            + " database starts empty after an upgrade or a recreate. The data directory is"
            + " known for the common images (`/var/lib/postgresql/data`, `/var/lib/mysql`,"
            + " `/data/db`, `/data`, `/usr/share/elasticsearch/data`, `/var/lib/rabbitmq` ...,"
            + " and `/bitnami/...` for Bitnami's); a named volume or a bind mount at it, above it"
            + " or below it passes. For a store whose directory is not known, any named volume or"
            + " bind mount passes. Memcached and NATS keep nothing to lose by design.",
    remediation =
        "Mount a named volume at the data directory, `volumes: [\"db-data:/var/lib/postgresql/data\"]`,"
            + " declared under the top-level `volumes:`, and back it up.",
    references = {
      "https://docs.docker.com/engine/storage/volumes/",
      "https://hub.docker.com/_/postgres"
    })
public final class DataStoresPersisted implements Check<ComposeFile> {
  private static final Map<String, List<String>> DATA =
      Map.ofEntries(
          Map.entry("PostgreSQL", List.of("/var/lib/postgresql/data", "/var/lib/postgresql")),
          Map.entry("MySQL", List.of("/var/lib/mysql")),
          Map.entry("MariaDB", List.of("/var/lib/mysql")),
          Map.entry("MongoDB", List.of("/data/db")),
          Map.entry("Redis", List.of("/data")),
          Map.entry("Valkey", List.of("/data")),
          Map.entry("Elasticsearch", List.of("/usr/share/elasticsearch/data")),
          Map.entry("OpenSearch", List.of("/usr/share/opensearch/data")),
          Map.entry("RabbitMQ", List.of("/var/lib/rabbitmq")),
          Map.entry("Cassandra", List.of("/var/lib/cassandra")),
          Map.entry("CouchDB", List.of("/opt/couchdb/data")),
          Map.entry("ClickHouse", List.of("/var/lib/clickhouse")),
          Map.entry("InfluxDB", List.of("/var/lib/influxdb2", "/var/lib/influxdb")),
          Map.entry("Kafka", List.of("/var/lib/kafka")),
          Map.entry("ZooKeeper", List.of("/data", "/var/lib/zookeeper")),
          Map.entry("Neo4j", List.of("/data")),
          Map.entry("Meilisearch", List.of("/meili_data")),
          Map.entry("Qdrant", List.of("/qdrant/storage")));

  @Override
  public void check(ComposeFile file, Findings out) {
    for (DataStores.Store store : DataStores.of(file)) {
      if (DataStoreImages.isCache(store.product()) || store.product().equals("NATS")) {
        continue;
      }
      Service service = store.service();
      List<String> directories = DATA.getOrDefault(store.product(), List.of());
      boolean kept =
          service.mounts().stream()
              .filter(m -> m.type() == Mount.Type.BIND || m.type() == Mount.Type.VOLUME)
              .filter(m -> m.source().isPresent())
              .anyMatch(m -> directories.isEmpty() || covers(m.target(), directories));
      if (kept) {
        continue;
      }
      out.report(
          service.entry("volumes").map(e -> e.position()).orElse(service.position()),
          service.label(),
          service.label()
              + " runs "
              + store.product()
              + " with no named volume or bind mount"
              + (directories.isEmpty() ? "" : " at " + directories.get(0))
              + ": its data is lost when the container is recreated.");
    }
  }

  private static boolean covers(String target, List<String> directories) {
    String t =
        target.endsWith("/") && target.length() > 1
            ? target.substring(0, target.length() - 1)
            : target;
    if (t.startsWith("/bitnami/") || t.equals("/bitnami")) {
      return true;
    }
    return directories.stream()
        .anyMatch(d -> t.equals(d) || d.startsWith(t + "/") || t.startsWith(d + "/"));
  }
}
