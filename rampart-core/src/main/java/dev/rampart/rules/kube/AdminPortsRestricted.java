package dev.rampart.rules.kube;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.AdminPorts;
import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

@Rule(
    id = "RA-K8S-056",
    title = "No Service publishes an admin port to every address",
    severity = Severity.HIGH,
    controls = "network.restricted-ingress",
    rationale =
        "A remote shell or control API on the internet is brute-forced and probed for known"
            + " vulnerabilities from the hour it appears. A LoadBalancer Service takes connections"
            + " from any address unless `spec.loadBalancerSourceRanges` (or the annotation"
            + " `service.beta.kubernetes.io/load-balancer-source-ranges`) lists the networks"
            + " allowed in; a range of `0.0.0.0/0` or `::/0` allows every one. A NodePort Service"
            + " opens its port on every node's address and has no such list at all. The admin"
            + " ports are, over TCP, as `port` or numeric `targetPort`: 22 and 2222 (SSH), 23"
            + " (Telnet), 3389 (RDP), 5900 (VNC), 5985 and 5986 (WinRM), 2375 and 2376 (the Docker"
            + " API), 6443 (the Kubernetes API server), 10250 and 10255 (the kubelet API). 8443 is"
            + " left out: as often as an admin console it is an application's HTTPS port.",
    remediation =
        "Keep admin access inside: `kubectl exec` or `kubectl port-forward`, or a VPN or bastion."
            + " A LoadBalancer that must publish the port lists who may connect, for example"
            + " `loadBalancerSourceRanges: [203.0.113.0/24]`, or is an internal load balancer"
            + " (the cloud's annotation) with the same list; replace a NodePort Service with one of"
            + " these.",
    references = {
      "https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#restricting-access",
      "https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport",
      "https://kubernetes.io/docs/concepts/security/security-checklist/#network-security"
    })
public final class AdminPortsRestricted implements Check<KubeManifests> {
  private static final Pattern COMMA = Pattern.compile(",");
  private static final String SOURCE_RANGES_ANNOTATION =
      "service.beta.kubernetes.io/load-balancer-source-ranges";

  @Override
  public void check(KubeManifests manifests, Findings out) {
    for (KubeObject service : manifests.objects()) {
      Services.spec(service).ifPresent(spec -> check(service, spec, out));
    }
  }

  private static void check(KubeObject service, YamlMapping spec, Findings out) {
    String type = spec.get("type").flatMap(YamlNode::asText).orElse("ClusterIP");
    String open;
    if (Services.isNodePort(type)) {
      open = "on every node's address, and a NodePort Service cannot restrict who connects";
    } else if (Services.isLoadBalancer(type)) {
      Optional<String> unrestricted = unrestricted(service, spec);
      if (unrestricted.isEmpty()) {
        return;
      }
      open = "to every address: " + unrestricted.get();
    } else {
      return;
    }
    for (YamlMapping port : Services.ports(spec)) {
      if (!Services.isTcp(port)) {
        continue;
      }
      for (String key : List.of("port", "targetPort")) {
        OptionalLong number = Services.number(port, key);
        Optional<YamlEntry> entry = port.entry(key);
        if (number.isPresent()
            && entry.isPresent()
            && AdminPorts.service(number.getAsLong()).isPresent()) {
          out.report(
              entry.get().position(),
              service.label(),
              service.label()
                  + " (type "
                  + type
                  + ") publishes "
                  + key
                  + " "
                  + number.getAsLong()
                  + ", "
                  + AdminPorts.service(number.getAsLong()).orElseThrow()
                  + ", "
                  + open
                  + ".");
          break;
        }
      }
    }
  }

  /**
   * Why a LoadBalancer admits every address, or nothing when its source ranges restrict it. The
   * field wins over the annotation when both are set, as the cloud controllers read them.
   */
  private static Optional<String> unrestricted(KubeObject service, YamlMapping spec) {
    List<String> ranges =
        spec.get("loadBalancerSourceRanges").map(YamlNode::items).orElse(List.of()).stream()
            .flatMap(range -> range.asText().stream())
            .map(String::strip)
            .toList();
    String from = "loadBalancerSourceRanges";
    if (ranges.isEmpty()) {
      ranges =
          COMMA
              .splitAsStream(
                  service.metadata().annotations().getOrDefault(SOURCE_RANGES_ANNOTATION, ""))
              .map(String::strip)
              .filter(range -> !range.isEmpty())
              .toList();
      from = "the annotation " + SOURCE_RANGES_ANNOTATION;
    }
    if (ranges.isEmpty()) {
      return Optional.of("it sets no loadBalancerSourceRanges");
    }
    for (String range : ranges) {
      if (range.equals("0.0.0.0/0") || range.equals("::/0")) {
        return Optional.of(from + " allows " + range);
      }
    }
    return Optional.empty();
  }
}
