package dev.rampart.rules.fly;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.containers.DataStoreImages;
import dev.rampart.format.fly.FlyApp;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FLY-004",
    title = "No Fly service exposes a database or cache on the app's public addresses",
    severity = Severity.HIGH,
    controls = {"network.restricted-ingress", "app.bind-scope"},
    rationale =
        "A data store is for the apps that use it, and on Fly they reach it over the private"
            + " network (`<app>.internal`, or `<app>.flycast` through the proxy). A `[[services]]`"
            + " for PostgreSQL, MySQL, Redis, MongoDB, Elasticsearch and the like puts it on the"
            + " app's public addresses instead, where its password is the only defence and"
            + " scanners try default credentials and known flaws around the clock; `pg_tls`"
            + " encrypts the connection but admits everyone. A service is a data store's by its"
            + " `internal_port` or its public port (5432, 3306, 6379, 27017, 9200 ...); every app"
            + " is read as public (see RA-FLY-003).",
    remediation =
        "Remove the `[[services]]` and connect over the private network (`my-db.internal:5432`,"
            + " or `my-db.flycast` after `fly ips allocate-v6 --private` and `fly ips release` of"
            + " the public addresses). For occasional access from a workstation, use `fly proxy"
            + " 5432 -a my-db` or `fly pg connect`.",
    references = {
      "https://fly.io/docs/networking/private-networking/",
      "https://fly.io/docs/networking/flycast/",
      "https://fly.io/docs/postgres/connecting/connecting-external/"
    })
public final class DataStoresNotPublic implements Check<FlyApp> {

  @Override
  public void check(FlyApp app, Findings out) {
    PublicPorts.report(
        app, out, DataStoreImages::atPort, ", where anyone on the internet can try to log in.");
  }
}
