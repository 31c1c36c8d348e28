package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.DataStoreImages;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Port;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Rule(
    id = "RA-CMP-031",
    title = "Data stores publish their ports on the loopback only",
    severity = Severity.HIGH,
    controls = "app.bind-scope",
    aliases = {"cis-docker:5.14"},
    profiles = "cis-docker",
    rationale =
        "The services of a Compose file reach a database over their shared network, by the"
            + " service's name: publishing its port is needed only for tools on the host. A port"
            + " published without a host address (`\"5432:5432\"`, or only `\"5432\"`) is open"
            + " on every interface, ahead of the host's firewall, since Docker's iptables rules"
            + " bypass ufw and firewalld; exposed PostgreSQL, MySQL, Redis, MongoDB and"
            + " Elasticsearch servers are found by scanners within hours and their data taken or"
            + " held for ransom. A service is a data store by its image (postgres, mysql, mariadb,"
            + " redis, valkey, mongo, elasticsearch, opensearch, rabbitmq, memcached, cassandra,"
            + " couchdb, influxdb, clickhouse, etcd, kafka, zookeeper, minio, nats ...). A store"
            + " that joins another service's network (`network_mode: service:vpn`) is published"
            + " by that service's ports, and the one at the store's default port is reported"
            + " there.",
    remediation =
        "Remove the `ports` entry and let the other services connect over the Compose network"
            + " (`postgres://db:5432`); if a tool on the host needs it, publish it on the loopback"
            + " only: `\"127.0.0.1:5432:5432\"`.",
    references = {
      "https://docs.docker.com/engine/network/packet-filtering-firewalls/",
      "https://docs.docker.com/compose/how-tos/networking/"
    })
public final class DataStoresOnLoopback implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    Map<String, Service> byName = new HashMap<>();
    file.services().forEach(service -> byName.put(service.name(), service));
    for (DataStores.Store store : DataStores.of(file)) {
      Service service = store.service();
      for (Port port : service.ports()) {
        if (port.onEveryInterface()) {
          out.report(
              port.at(),
              service.label(),
              service.label()
                  + " runs "
                  + store.product()
                  + " and publishes "
                  + port.describe()
                  + " on every interface of the host.");
        }
      }
      // A store in another service's network namespace is published by that service's ports.
      Optional<Service> host = service.joinsNetworkOf().map(byName::get);
      for (Port port : host.map(Service::ports).orElse(List.of())) {
        boolean storePort =
            port.firstTarget().isPresent()
                && DataStoreImages.atPort(port.firstTarget().getAsLong())
                    .filter(what -> what.contains(store.product()))
                    .isPresent();
        if (port.onEveryInterface() && storePort) {
          out.report(
              port.at(),
              host.get().label(),
              host.get().label()
                  + " publishes "
                  + port.describe()
                  + " on every interface of the host: the "
                  + store.product()
                  + " port of "
                  + service.label()
                  + ", which shares its network.");
        }
      }
    }
  }
}
