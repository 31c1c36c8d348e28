package dev.rampart.containers;

import dev.rampart.format.dockerfile.ImageRef;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Data stores by image and by port, for the rules about where a data store is reachable from and
 * whether its data survives its container, in every format that runs images.
 *
 * <p>An image is a data store when the last component of its repository is one of the names below,
 * whatever registry or organisation serves it: {@code postgres}, {@code bitnami/postgresql} and
 * {@code docker.io/library/postgres} all are. Names are matched exactly, so a client image ({@code
 * postgres-exporter}, {@code redis-commander}) is not one. A port is a data store's when it is the
 * default port of one of them; a store moved to another port is recognised by its image only.
 */
public final class DataStoreImages {
  // The last component of the repository, lower-cased, to the product it runs.
  private static final Map<String, String> IMAGES =
      Map.ofEntries(
          Map.entry("postgres", "PostgreSQL"),
          Map.entry("postgresql", "PostgreSQL"),
          Map.entry("postgis", "PostgreSQL"),
          Map.entry("timescaledb", "PostgreSQL"),
          Map.entry("mysql", "MySQL"),
          Map.entry("mysql-server", "MySQL"),
          Map.entry("percona-server", "MySQL"),
          Map.entry("mariadb", "MariaDB"),
          Map.entry("mongo", "MongoDB"),
          Map.entry("mongodb", "MongoDB"),
          Map.entry("redis", "Redis"),
          Map.entry("redis-stack", "Redis"),
          Map.entry("redis-stack-server", "Redis"),
          Map.entry("valkey", "Valkey"),
          Map.entry("memcached", "Memcached"),
          Map.entry("elasticsearch", "Elasticsearch"),
          Map.entry("opensearch", "OpenSearch"),
          Map.entry("rabbitmq", "RabbitMQ"),
          Map.entry("cassandra", "Cassandra"),
          Map.entry("couchdb", "CouchDB"),
          Map.entry("etcd", "etcd"),
          Map.entry("zookeeper", "ZooKeeper"),
          Map.entry("cp-zookeeper", "ZooKeeper"),
          Map.entry("kafka", "Kafka"),
          Map.entry("cp-kafka", "Kafka"),
          Map.entry("clickhouse", "ClickHouse"),
          Map.entry("clickhouse-server", "ClickHouse"),
          Map.entry("influxdb", "InfluxDB"),
          Map.entry("neo4j", "Neo4j"),
          Map.entry("minio", "MinIO"),
          Map.entry("nats", "NATS"),
          Map.entry("meilisearch", "Meilisearch"),
          Map.entry("qdrant", "Qdrant"));

  // The default ports, to what listens there.
  private static final Map<Long, String> PORTS =
      Map.ofEntries(
          Map.entry(5432L, "PostgreSQL"),
          Map.entry(3306L, "MySQL and MariaDB"),
          Map.entry(6379L, "Redis and Valkey"),
          Map.entry(27017L, "MongoDB"),
          Map.entry(9200L, "Elasticsearch and OpenSearch HTTP"),
          Map.entry(9300L, "Elasticsearch and OpenSearch transport"),
          Map.entry(5672L, "RabbitMQ AMQP"),
          Map.entry(15672L, "RabbitMQ management"),
          Map.entry(11211L, "Memcached"),
          Map.entry(9042L, "Cassandra CQL"),
          Map.entry(2379L, "etcd"),
          Map.entry(2181L, "ZooKeeper"),
          Map.entry(9092L, "Kafka"),
          Map.entry(8123L, "ClickHouse HTTP"),
          Map.entry(8086L, "InfluxDB"),
          Map.entry(7687L, "Neo4j Bolt"));

  private DataStoreImages() {}

  /** The data store {@code image} runs, such as {@code PostgreSQL}. */
  public static Optional<String> product(ImageRef image) {
    String repository = image.repository();
    String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(IMAGES.get(name));
  }

  /** What listens on {@code port} by default, such as {@code PostgreSQL}. */
  public static Optional<String> atPort(long port) {
    return Optional.ofNullable(PORTS.get(port));
  }

  /** Memcached keeps nothing it cannot lose: a cache by design, with nothing to persist. */
  public static boolean isCache(String product) {
    return product.equals("Memcached");
  }
}
