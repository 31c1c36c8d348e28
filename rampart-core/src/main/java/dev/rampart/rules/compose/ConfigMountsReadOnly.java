package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Mount;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;
import java.util.Locale;
import java.util.regex.Pattern;

@Rule(
    id = "RA-CMP-013",
    title = "Configuration and secret files are bind-mounted read-only",
    severity = Severity.LOW,
    controls = "container.config-mounts-read-only",
    aliases = {},
    rationale =
        "A configuration or secret file bind-mounted writable can be rewritten from inside the"
            + " container, and the change lands on the host, in the file the next start reads:"
            + " whoever gets code execution in the service makes it persistent, or rewrites"
            + " another service's configuration through a shared file. A bind mount is taken for"
            + " configuration when its target is under `/etc/`, `/run/secrets/` or a"
            + " `secrets`/`certs`/`ssl`/`tls` directory, or its host path or target ends with a"
            + " configuration or key extension (`.conf`, `.cfg`, `.ini`, `.yml`, `.yaml`,"
            + " `.json`, `.toml`, `.properties`, `.env`, `.pem`, `.key`, `.crt`). A `/config`"
            + " directory is not taken for one: many images keep their writable state there."
            + " Compose's `configs:` and `secrets:` are mounted read-only already. A file the"
            + " service must write by design (Traefik's acme.json) belongs in a named volume,"
            + " which this rule does not judge.",
    remediation =
        "Add `:ro` to the mount (`./nginx.conf:/etc/nginx/nginx.conf:ro`), or `read_only: true`"
            + " in the long syntax; better, use a Compose `configs:` or `secrets:` entry.",
    references = {
      "https://docs.docker.com/reference/compose-file/services/#volumes",
      "https://docs.docker.com/reference/compose-file/configs/"
    })
public final class ConfigMountsReadOnly implements Check<ComposeFile> {
  private static final Pattern CONFIG_DIRECTORY =
      Pattern.compile("(?:^/etc/|^/run/secrets(?:/|$)|/(?:secrets?|certs?|ssl|tls)(?:/|$))");
  private static final Pattern CONFIG_FILE =
      Pattern.compile(
          "\\.(?:conf|cfg|cnf|ini|ya?ml|json|toml|properties|env|pem|key|crt|cert|p12|jks)$");

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (Mount mount : service.mounts()) {
        if (mount.type() != Mount.Type.BIND || mount.readOnly() || !isConfig(mount)) {
          continue;
        }
        out.report(
            mount.at(),
            service.label(),
            service.label()
                + " mounts "
                + mount.describe()
                + " writable: the container can rewrite the host's file.");
      }
    }
  }

  private static boolean isConfig(Mount mount) {
    String target = mount.target().toLowerCase(Locale.ROOT);
    String source = mount.source().orElse("").toLowerCase(Locale.ROOT);
    return CONFIG_DIRECTORY.matcher(target).find()
        || CONFIG_FILE.matcher(target).find()
        || CONFIG_FILE.matcher(source).find();
  }
}
