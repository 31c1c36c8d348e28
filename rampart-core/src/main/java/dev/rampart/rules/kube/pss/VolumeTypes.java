package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import java.util.List;

@Rule(
    id = "RA-PSS-013",
    title = "PSS restricted Volume Types: pods use only the volume types restricted allows",
    severity = Severity.MEDIUM,
    controls = {"container.no-sensitive-host-mounts", Pss.CONTROL},
    rationale =
        "Inline volumes of network and node storage (nfs, iscsi, rbd, cephfs, gitRepo,"
            + " flexVolume, the cloud disks) are mounted by the node on the pod author's"
            + " word, with credentials and paths the cluster does not vet. The restricted"
            + " standard allows only configMap, csi, downwardAPI, emptyDir, ephemeral, image,"
            + " persistentVolumeClaim, projected and secret volumes (a volume that names no"
            + " source is an emptyDir). hostPath is forbidden too, and reported by RA-PSS-005"
            + " in both profiles.",
    remediation =
        "Claim the storage through a persistentVolumeClaim (the PersistentVolume or its"
            + " StorageClass then holds the nfs, iscsi or cloud-disk details), or use an"
            + " emptyDir, configMap or secret volume.",
    references = {Pss.RESTRICTED_DOC, Pss.ADMISSION_DOC},
    profiles = Pss.RESTRICTED,
    enabledByDefault = false)
public final class VolumeTypes implements Check<KubeManifests> {
  private static final List<String> ALLOWED =
      List.of(
          "configMap",
          "csi",
          "downwardAPI",
          "emptyDir",
          "ephemeral",
          "image",
          "persistentVolumeClaim",
          "projected",
          "secret");

  // Every other volume source of the Kubernetes API but hostPath (RA-PSS-005).
  private static final List<String> RESTRICTED =
      List.of(
          "gcePersistentDisk",
          "awsElasticBlockStore",
          "gitRepo",
          "nfs",
          "iscsi",
          "glusterfs",
          "rbd",
          "flexVolume",
          "cinder",
          "cephfs",
          "flocker",
          "fc",
          "azureFile",
          "vsphereVolume",
          "quobyte",
          "azureDisk",
          "photonPersistentDisk",
          "portworxVolume",
          "scaleIO",
          "storageos");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (YamlMapping volume : Pss.volumes(workload.pod())) {
        if (ALLOWED.stream().anyMatch(source -> Pss.set(volume, source).isPresent())) {
          continue;
        }
        RESTRICTED.stream()
            .flatMap(source -> Pss.set(volume, source).stream())
            .findFirst()
            .ifPresent(
                source ->
                    out.report(
                        source.position(),
                        workload.object().label(),
                        "Volume "
                            + Pss.text(volume, "name")
                            + " uses the "
                            + source.name().orElse("")
                            + " source, which restricted does not allow."));
      }
    }
  }
}
