package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import dev.rampart.rules.kube.ContainerImages.Image;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Rule(
    id = "RA-K8S-057",
    title = "Every data store keeps its data on a persistent volume",
    severity = Severity.MEDIUM,
    controls = "data.store-durability",
    rationale =
        "A container's own filesystem is thrown away when the container restarts, and an emptyDir"
            + " volume when the pod is deleted, evicted or moved to another node: a database"
            + " Deployment or StatefulSet that keeps its data there loses all of it on the next"
            + " rollout, node drain or crash, with no error until someone looks for the data."
            + " A container runs a data store when its image does (by the last component of the"
            + " repository: postgres, postgresql, mysql, mariadb, mongo, redis, valkey,"
            + " elasticsearch, opensearch, rabbitmq, cassandra, couchdb, etcd, zookeeper, kafka,"
            + " clickhouse, influxdb, neo4j and their usual variants); Memcached is a cache by"
            + " design and is left out, as are init containers. Its data is persistent when it"
            + " mounts a volume of the StatefulSet's volumeClaimTemplates, a persistentVolumeClaim,"
            + " or any other volume that outlives the pod (hostPath, NFS, a CSI or cloud disk);"
            + " emptyDir, generic ephemeral volumes, configMap, secret, downwardAPI and projected"
            + " volumes do not. Which directory the volume is mounted on is not checked: it"
            + " depends on the image.",
    remediation =
        "Run the store as a StatefulSet with a volumeClaimTemplate mounted at its data directory,"
            + " for example `volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes:"
            + " [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}]` and `volumeMounts:"
            + " [{name: data, mountPath: /var/lib/postgresql/data}]`, or mount a"
            + " persistentVolumeClaim volume; better still, use a managed database.",
    references = {
      "https://kubernetes.io/docs/concepts/storage/persistent-volumes/",
      "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates",
      "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir"
    })
public final class DataStoresPersisted implements Check<KubeManifests> {
  // The volume sources whose data is gone with the pod, or that are read-only inputs anyway.
  private static final Set<String> EPHEMERAL =
      Set.of(
          "emptyDir",
          "ephemeral",
          "configMap",
          "secret",
          "downwardAPI",
          "projected",
          "gitRepo",
          "image");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Image store : DataStores.servers(manifests)) {
      Workload workload = store.workload();
      String product = DataStores.product(store.ref()).orElseThrow();
      if (DataStores.isCache(product)) {
        continue;
      }
      Map<String, Boolean> persistent = volumes(workload);
      List<String> mounted =
          store
              .container()
              .node()
              .get("volumeMounts")
              .map(YamlNode::items)
              .orElse(List.of())
              .stream()
              .flatMap(mount -> mount.get("name").flatMap(YamlNode::asText).stream())
              .toList();
      if (mounted.stream().anyMatch(name -> persistent.getOrDefault(name, false))) {
        continue;
      }
      out.report(
          store.container().position(),
          store.where(),
          store.where()
              + " runs "
              + product
              + " ("
              + store.ref().raw()
              + ") "
              + (mounted.isEmpty()
                  ? "and mounts no volume: its data is in the container's filesystem, lost"
                      + " whenever the container restarts."
                  : "and mounts only volumes that go with the pod ("
                      + String.join(", ", mounted)
                      + "): its data is lost when the pod is deleted or rescheduled."));
    }
  }

  /** The pod's volumes by name, true for those whose data outlives the pod. */
  private static Map<String, Boolean> volumes(Workload workload) {
    Map<String, Boolean> volumes = new HashMap<>();
    for (YamlNode volume :
        workload.pod().node().get("volumes").map(YamlNode::items).orElse(List.of())) {
      Optional<YamlMapping> mapping = volume.asMapping();
      Optional<String> name = mapping.flatMap(m -> m.get("name")).flatMap(YamlNode::asText);
      if (mapping.isPresent() && name.isPresent()) {
        // Every key but the name is the volume's source; one that is not ephemeral persists.
        boolean lasts =
            mapping.get().entries().stream()
                .flatMap(entry -> entry.name().stream())
                .anyMatch(key -> !key.equals("name") && !EPHEMERAL.contains(key));
        volumes.put(name.get(), lasts);
      }
    }
    if (workload.object().kind().equals("StatefulSet")) {
      for (YamlNode claim :
          workload
              .object()
              .node()
              .path("spec", "volumeClaimTemplates")
              .map(YamlNode::items)
              .orElse(List.of())) {
        claim
            .path("metadata", "name")
            .flatMap(YamlNode::asText)
            .ifPresent(name -> volumes.put(name, true));
      }
    }
    return volumes;
  }
}
