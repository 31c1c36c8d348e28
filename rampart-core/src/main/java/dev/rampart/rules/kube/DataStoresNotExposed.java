package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import dev.rampart.rules.kube.ContainerImages.Image;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

@Rule(
    id = "RA-K8S-055",
    title = "No data store is published outside the cluster",
    severity = Severity.HIGH,
    controls = "app.bind-scope",
    rationale =
        "A Service of type LoadBalancer, or NodePort, or with externalIPs, takes connections from"
            + " outside the cluster; in front of a database, cache, search engine or message broker"
            + " it puts the store's own authentication, often a default or no password, in front"
            + " of the internet, where scanners find an open Redis, MongoDB or Elasticsearch within"
            + " hours. Only the applications inside the cluster need to reach a data store. A"
            + " Service is a data store's when one of its ports (or numeric targetPorts) is the"
            + " default port of one (5432 PostgreSQL, 3306 MySQL and MariaDB, 6379 Redis and"
            + " Valkey, 27017 MongoDB, 9200 and 9300 Elasticsearch and OpenSearch, 5672 and 15672"
            + " RabbitMQ, 11211 Memcached, 9042 Cassandra, 2379 etcd, 2181 ZooKeeper, 9092 Kafka,"
            + " 8123 ClickHouse, 8086 InfluxDB, 7687 Neo4j), or when its selector selects, in its"
            + " namespace and in any manifest of the scan, a workload whose container runs a data"
            + " store image (by the last component of the repository: postgres, postgresql,"
            + " mysql, mariadb, mongo, redis, valkey, memcached, elasticsearch, opensearch,"
            + " rabbitmq, cassandra, couchdb, etcd, zookeeper, kafka, clickhouse, influxdb,"
            + " neo4j and their usual variants).",
    remediation =
        "Make the Service `type: ClusterIP` (the default) without externalIPs, and let only its"
            + " clients in with a NetworkPolicy. An operator who must reach the store from outside"
            + " uses `kubectl port-forward` or a VPN; a store that must serve another network goes"
            + " behind an internal load balancer with `loadBalancerSourceRanges` and TLS.",
    references = {
      "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types",
      "https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Database_Security_Cheat_Sheet.html"
    })
public final class DataStoresNotExposed implements Check<ParsedFiles<KubeManifests>> {

  @Override
  public void check(ParsedFiles<KubeManifests> files, Findings out) {
    List<Image> stores = new ArrayList<>();
    for (ParsedFile<KubeManifests> file : files.files()) {
      stores.addAll(DataStores.of(file.model()));
    }
    for (ParsedFile<KubeManifests> file : files.files()) {
      for (KubeObject service : file.model().objects()) {
        Services.spec(service)
            .ifPresent(spec -> check(service, spec, stores, out.in(file.source())));
      }
    }
  }

  private static void check(
      KubeObject service, YamlMapping spec, List<Image> stores, Findings out) {
    YamlEntry exposure = Services.exposure(spec).orElse(null);
    if (exposure == null) {
      return;
    }
    List<String> evidence = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (YamlMapping port : Services.ports(spec)) {
      for (String key : List.of("port", "targetPort")) {
        OptionalLong number = Services.number(port, key);
        if (number.isPresent() && seen.add(number.getAsLong())) {
          DataStores.atPort(number.getAsLong())
              .ifPresent(
                  product -> evidence.add(key + " " + number.getAsLong() + " (" + product + ")"));
        }
      }
    }
    String namespace = service.metadata().namespace().orElse("default");
    for (Image store : stores) {
      KubeObject workload = store.workload().object();
      if (store.workload().namespace().equals(namespace)
          && Services.selects(spec, LabelSelectors.podLabels(workload.kind(), workload.node()))) {
        evidence.add("it selects " + store.where() + ", which runs " + store.ref().raw());
      }
    }
    if (!evidence.isEmpty()) {
      out.report(
          exposure.position(),
          service.label(),
          service.label()
              + " ("
              + Services.describe(exposure)
              + ") publishes a data store outside the cluster: "
              + String.join("; ", evidence)
              + ".");
    }
  }
}
