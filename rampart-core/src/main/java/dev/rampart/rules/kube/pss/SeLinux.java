package dev.rampart.rules.kube.pss;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.Workload;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.model.Severity;
import java.util.Set;

@Rule(
    id = "RA-PSS-009",
    title = "PSS baseline SELinux: SELinux options keep a container type and set no user or role",
    severity = Severity.HIGH,
    controls = {"container.mac-profile", Pss.CONTROL},
    rationale =
        "Where the node enforces SELinux, the container types confine a container to its own"
            + " files; another type (spc_t, unconfined_t) or a custom user or role escapes"
            + " that. The baseline standard allows `seLinuxOptions.type` to be only empty,"
            + " container_t, container_init_t, container_kvm_t or container_engine_t, and"
            + " `user` and `role` to be only empty, in the pod's securityContext and every"
            + " container's. `level` is free: it separates pods from each other.",
    remediation =
        "Remove `type`, `user` and `role` from `seLinuxOptions` (keep `level` if you assign"
            + " categories), or set `type: container_t`.",
    references = {Pss.BASELINE_DOC, Pss.ADMISSION_DOC},
    profiles = {Pss.BASELINE, Pss.RESTRICTED},
    enabledByDefault = false)
public final class SeLinux implements Check<KubeManifests> {
  private static final Set<String> TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (Workload workload : manifests.workloads()) {
      for (Pss.Context context : Pss.securityContexts(workload)) {
        Pss.mapping(context.fields(), "seLinuxOptions")
            .ifPresent(options -> check(options, context, out));
      }
    }
  }

  private static void check(YamlMapping options, Pss.Context context, Findings out) {
    Pss.set(options, "type")
        .filter(type -> !TYPES.contains(Pss.text(type)))
        .ifPresent(
            type ->
                out.report(
                    type.position(),
                    context.object(),
                    context.owner()
                        + " sets SELinux type "
                        + Pss.text(type)
                        + ", not one of the container types."));
    for (String key : new String[] {"user", "role"}) {
      Pss.set(options, key)
          .filter(value -> !Pss.text(value).isEmpty())
          .ifPresent(
              value ->
                  out.report(
                      value.position(),
                      context.object(),
                      context.owner()
                          + " sets a custom SELinux "
                          + key
                          + ", "
                          + Pss.text(value)
                          + "."));
    }
  }
}
