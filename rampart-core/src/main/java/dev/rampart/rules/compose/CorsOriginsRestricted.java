package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.CorsVariables;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-036",
    title = "No service outside development files allows CORS from any origin",
    severity = Severity.MEDIUM,
    controls = "http.cors-restricted",
    aliases = {},
    rationale =
        "An API that answers CORS requests from any origin (`CORS_ORIGINS: \"*\"`,"
            + " `CORS_ALLOW_ALL_ORIGINS: \"true\"`) lets every web site its users visit call it"
            + " from their browsers and read the answers; with credentials allowed too, those"
            + " calls carry the users' cookies. Read from the service's `environment`, with"
            + " defaults and the `.env` file interpolated; development files"
            + " (`docker-compose.dev.yml`, `compose.override.yaml`) are passed over, as for"
            + " debug mode.",
    remediation =
        "List the origins that serve your front end, `CORS_ORIGINS: https://app.example.com`,"
            + " and allow credentials only for those.",
    references = {
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS",
      "https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#cross-origin-resource-sharing"
    })
public final class CorsOriginsRestricted implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    if (!Environments.forDevelopment(file)) {
      Environments.report(file, out, CorsVariables::anyOrigin);
    }
  }
}
