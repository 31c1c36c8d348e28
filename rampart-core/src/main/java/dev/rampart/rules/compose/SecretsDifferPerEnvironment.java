package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.envvars.Environment;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;
import dev.rampart.secrets.Placeholders;
import dev.rampart.secrets.SecretNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Rule(
    id = "RA-CMP-027",
    title = "Production Compose files share no secret value with development ones",
    severity = Severity.HIGH,
    controls = "secrets.per-environment",
    aliases = {},
    rationale =
        "A secret used in development is known to more people and systems than production's:"
            + " developers' machines, CI logs, test databases. When production uses the same"
            + " value, whoever has the development file has production, and rotating one breaks"
            + " the other. A Compose file is for production when its path says `prod`, `prd`,"
            + " `production` or `live` (docker-compose.prod.yml, deploy/production/compose.yaml),"
            + " and for development when it says `dev`, `development`, `staging`, `stage`,"
            + " `stg`, `test`, `qa` or `local`, or it is an override file"
            + " (compose.override.yaml); a plain compose.yaml is neither and is not compared."
            + " Compared are secret-named variables' values written in the files, literally or"
            + " as defaults; empty and placeholder values are left out. Values are compared by"
            + " their SHA-256 hash and never shown.",
    remediation =
        "Generate a separate secret for each environment (`openssl rand -base64 48`), rotate the"
            + " production one now, and give each environment its own through Compose secrets or"
            + " the environment of the host that runs it, not the file.",
    references = {
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
      "https://docs.docker.com/compose/how-tos/use-secrets/"
    })
public final class SecretsDifferPerEnvironment implements Check<ParsedFiles<ComposeFile>> {

  /** Where a development value was first seen. */
  private record Seen(String path, int line, String name) {}

  @Override
  public void check(ParsedFiles<ComposeFile> files, Findings out) {
    Map<String, Seen> development = new HashMap<>();
    List<ParsedFile<ComposeFile>> production = new ArrayList<>();
    for (ParsedFile<ComposeFile> file : files.files()) {
      if (Environments.forDevelopment(file.model())) {
        for (SecretValues.Value value : values(file.model())) {
          development.putIfAbsent(
              Findings.sha256(value.value()),
              new Seen(file.source().path(), value.var().at().line(), value.var().name()));
        }
      } else if (Environment.of(file.source().path()) == Environment.PRODUCTION) {
        production.add(file);
      }
    }
    for (ParsedFile<ComposeFile> file : production) {
      Findings here = out.in(file.source());
      for (SecretValues.Value value : values(file.model())) {
        Seen other = development.get(Findings.sha256(value.value()));
        if (other != null) {
          here.reportWithIdentity(
              value.var().at(),
              value.service().label(),
              value.label()
                  + " has the same value as "
                  + other.name()
                  + " in "
                  + other.path()
                  + ":"
                  + other.line()
                  + ", a development file: whoever has that file has production's secret.",
              LiteralSecrets.identity(value.var().name(), value.value()));
        }
      }
    }
  }

  private static List<SecretValues.Value> values(ComposeFile file) {
    List<SecretValues.Value> values =
        new ArrayList<>(SecretValues.of(file, SecretNames::isSecretName));
    values.removeIf(v -> v.value().isBlank() || Placeholders.isPlaceholder(v.value().strip()));
    return values;
  }
}
