package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;
import dev.rampart.rules.secrets.LiteralSecrets;

@Rule(
    id = "RA-CMP-025",
    title = "No secret is written into a service's environment",
    severity = Severity.HIGH,
    controls = {"secrets.no-hardcoded", "secrets.via-secret-store"},
    aliases = {},
    rationale =
        "A value in `environment:` is part of the Compose file: it sits in the repository and its"
            + " history for good, and on the host `docker inspect` shows it to anyone in the"
            + " docker group, as it does to every process of the container and every crash"
            + " reporter that dumps the environment. Reported are secret-named variables"
            + " (DB_PASSWORD, API_TOKEN ...) with a literal value or a literal default"
            + " (`${DB_PASSWORD:-hunter2}`), and any value the secret detector recognises (a"
            + " provider's token, a URL with a password). A `${VAR}` without a default, a bare"
            + " `VAR` taken from the shell, and values from the `.env` file (checked as that"
            + " file) are not written here. Values are shown redacted.",
    remediation =
        "Remove the value, rotate the secret, and give it to the service as a Compose secret:"
            + " `secrets: [db_password]` on the service, `secrets: {db_password: {file:"
            + " ./secrets/db_password.txt}}` (kept out of git) or `{environment: DB_PASSWORD}` at"
            + " the top level, and point the application at the file, as the official images"
            + " read `POSTGRES_PASSWORD_FILE: /run/secrets/db_password`.",
    references = {
      "https://docs.docker.com/compose/how-tos/use-secrets/",
      "https://docs.docker.com/reference/compose-file/secrets/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"
    })
public final class NoLiteralSecretsInEnv implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (SecretValues.Value value : SecretValues.of(file, name -> true)) {
      LiteralSecrets.describe(value.var().name(), value.value())
          .ifPresent(
              what ->
                  out.reportWithIdentity(
                      value.var().at(),
                      value.service().label(),
                      value.label()
                          + " holds "
                          + what
                          + ", readable by anyone who reads the file or may inspect the"
                          + " container.",
                      LiteralSecrets.identity(value.var().name(), value.value())));
    }
  }
}
