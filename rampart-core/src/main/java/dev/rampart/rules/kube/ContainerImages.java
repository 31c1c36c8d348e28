package dev.rampart.rules.kube;

import dev.rampart.format.dockerfile.ImageRef;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlEntry;
import java.util.ArrayList;
import java.util.List;

/** The images containers run, as the image rules judge them. */
final class ContainerImages {
  private ContainerImages() {}

  /**
   * A container's {@code image}.
   *
   * @param entry the {@code image} key, where findings point
   */
  record Image(Workload workload, Container container, YamlEntry entry, ImageRef ref) {

    /** Neither tag nor digest: the runtime pulls whatever {@code latest} is. */
    boolean isUntagged() {
      return ref.tag().isEmpty() && ref.digest().isEmpty();
    }

    /** {@code :latest} without a digest to hold it still. */
    boolean isLatest() {
      return ref.tag().filter("latest"::equals).isPresent() && ref.digest().isEmpty();
    }

    /** For example {@code Deployment web, container web}. */
    String where() {
      return workload.label(container);
    }
  }

  /**
   * True for an untagged or {@code :latest} image without a digest: the runtime pulls whatever
   * {@code latest} is, and Kubernetes defaults its pull policy to {@code Always}.
   */
  static boolean followsLatest(ImageRef ref) {
    return ref.digest().isEmpty() && ref.tag().orElse("latest").equals("latest");
  }

  /**
   * The image of every container that names one. A reference left to a templating tool ({@code
   * ${IMAGE}}) names nothing yet, and is passed over.
   */
  static List<Image> of(KubeManifests manifests) {
    List<Image> images = new ArrayList<>();
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.pod().containers()) {
        container
            .node()
            .entry("image")
            .ifPresent(
                entry ->
                    entry
                        .value()
                        .asText()
                        .map(String::strip)
                        .filter(text -> !text.isEmpty() && text.indexOf('$') < 0)
                        .ifPresent(
                            text ->
                                images.add(
                                    new Image(workload, container, entry, ImageRef.of(text)))));
      }
    }
    return images;
  }
}
