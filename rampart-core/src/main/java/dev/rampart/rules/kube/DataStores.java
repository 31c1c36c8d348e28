package dev.rampart.rules.kube;

import dev.rampart.containers.DataStoreImages;
import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.rules.kube.ContainerImages.Image;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Data stores: the images that run one and the ports they listen on, for the rules about where a
 * data store is reachable from and whether its data survives the pod. Which images and ports are
 * data stores' is {@link DataStoreImages}'s to say.
 */
final class DataStores {
  private static final Set<String> SERVERS = Set.of("Deployment", "StatefulSet");

  private DataStores() {}

  /** The data store {@code image} runs, such as {@code PostgreSQL}. */
  static Optional<String> product(ImageRef image) {
    return DataStoreImages.product(image);
  }

  /** What listens on {@code port} by default, such as {@code PostgreSQL}. */
  static Optional<String> atPort(long port) {
    return DataStoreImages.atPort(port);
  }

  /** Memcached keeps nothing it cannot lose: a cache by design, with nothing to persist. */
  static boolean isCache(String product) {
    return DataStoreImages.isCache(product);
  }

  /**
   * The images of the containers of {@code manifests} that run a data store. Init containers are
   * left out: one that runs {@code postgres} to wait with {@code pg_isready} serves nothing.
   */
  static List<Image> of(KubeManifests manifests) {
    return ContainerImages.of(manifests).stream()
        .filter(image -> image.container().role() == Container.Role.CONTAINER)
        .filter(image -> product(image.ref()).isPresent())
        .toList();
  }

  /**
   * The data-store images of the Deployments and StatefulSets of {@code manifests}: the servers
   * that keep data. A Job or CronJob that runs {@code postgres} runs a client such as {@code
   * pg_dump}.
   */
  static List<Image> servers(KubeManifests manifests) {
    return of(manifests).stream()
        .filter(image -> SERVERS.contains(image.workload().object().kind()))
        .toList();
  }
}
