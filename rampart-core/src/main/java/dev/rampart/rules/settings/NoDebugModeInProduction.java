package dev.rampart.rules.settings;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.DebugVariables;
import dev.rampart.format.settings.SettingsFile;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CFG-001",
    title = "Production settings do not turn on debug or development mode",
    severity = Severity.MEDIUM,
    controls = "app.production-mode",
    rationale =
        "Debug and development modes are made for a developer's machine: Django, Flask and"
            + " Laravel show stack traces, settings and environment to whoever triggers an error;"
            + " Werkzeug's debugger, a JDWP agent or the Node.js inspector let whoever reaches"
            + " them run code. Judged are the settings of production files: a file is production"
            + " when a part of its path is `prod`, `prd`, `production` or `live` (.env.production,"
            + " config/production.json, application-prod.yml) and no part names another"
            + " environment, and in a structured file whose path names none, the settings under a"
            + " first key such as `production:` (Rails' config files) or in the YAML document of a"
            + " production Spring profile (`spring.config.activate.on-profile: prod`). Reported:"
            + " DEBUG and"
            + " `*_DEBUG` switches on (`app.debug: true`), NODE_ENV, RAILS_ENV, FLASK_ENV, APP_ENV"
            + " or ASPNETCORE_ENVIRONMENT set to development, GIN_MODE=debug, JDWP agents and"
            + " inspector flags. Keys are read in any spelling (`app.debug`, `APP_DEBUG`,"
            + " `appDebug`).",
    remediation =
        "Set the production value (`DEBUG=false`, `NODE_ENV=production`, `APP_ENV=prod`,"
            + " `ASPNETCORE_ENVIRONMENT=Production`), and keep debug settings in the development"
            + " file (.env.development, application-dev.yml) that production never reads.",
    references = {
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
      "https://flask.palletsprojects.com/en/stable/debugging/",
      "https://owasp.org/Top10/A05_2021-Security_Misconfiguration/"
    })
public final class NoDebugModeInProduction implements Check<SettingsFile> {

  @Override
  public void check(SettingsFile file, Findings out) {
    Settings.reportInProduction(file, out, DebugVariables::debugMode);
  }
}
