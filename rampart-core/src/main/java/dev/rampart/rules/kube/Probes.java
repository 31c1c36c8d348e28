package dev.rampart.rules.kube;

import dev.rampart.check.Findings;
import dev.rampart.format.kube.Container;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;

/** What the probe rules share: which containers must have a probe. */
final class Probes {
  private Probes() {}

  /**
   * Reports each app container of a long-running workload that has no {@code probe}. Jobs and
   * CronJobs run to completion, init containers before the app starts, and ephemeral containers may
   * not have probes.
   *
   * @param probe {@code livenessProbe} or {@code readinessProbe}
   * @param consequence what follows, as a clause
   */
  static void require(KubeManifests manifests, Findings out, String probe, String consequence) {
    for (Workload workload : manifests.workloads()) {
      if (workload.runsToCompletion()) {
        continue;
      }
      for (Container container : workload.pod().containers()) {
        boolean probed = container.node().get(probe).filter(p -> !p.isNull()).isPresent();
        if (container.role() == Container.Role.CONTAINER && !probed) {
          out.report(
              container.position(),
              workload.label(container),
              container.label() + " has no " + probe + ", so " + consequence);
        }
      }
    }
  }
}
