package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.Settings.Setting;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.secrets.Redaction;
import dev.rampart.secrets.References;
import dev.rampart.secrets.SecretDetector;
import dev.rampart.secrets.SecretNames;
import dev.rampart.secrets.UrlCredentials;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-030",
    title = "No secret is written into ENV or ARG",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"trivy:AVD-DS-0031"},
    rationale =
        "An ENV value is stored in the image's configuration and an ARG default in its build"
            + " history: anyone who can pull the image reads them with `docker inspect` or `docker"
            + " history`. Written in the Dockerfile, the secret is also in the repository and its"
            + " git history for good.",
    remediation =
        "Remove the value and rotate the secret. Pass build-time secrets with `RUN"
            + " --mount=type=secret,id=npm_token ...` (`docker build --secret id=npm_token,...`),"
            + " and run-time secrets through the orchestrator: Docker or Compose secrets, a"
            + " Kubernetes Secret, or `ENV DB_PASSWORD_FILE=/run/secrets/db_password`.",
    references = {
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    })
public final class NoSecretsInEnvOrArg implements Check<Dockerfile> {
  private static final Set<String> NOT_SECRET_VALUES =
      Set.of("true", "false", "yes", "no", "on", "off", "none", "null", "nil");

  // A file path, where the secret lives rather than the secret itself: /run/secrets/db.
  private static final Pattern PATH = Pattern.compile("(?:/|\\./|\\.\\./|~/)[\\w./@+-]*");

  @Override
  public void check(Dockerfile file, Findings out) {
    Set<Instruction> seen = new HashSet<>();
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        seen.add(instruction);
        check(instruction, stage.label(), out);
      }
    }
    for (Instruction arg : file.globalArgs()) {
      if (!seen.contains(arg)) {
        check(arg, "global ARG", out);
      }
    }
  }

  private static void check(Instruction instruction, String object, Findings out) {
    Instruction effective = instruction.effective();
    for (Setting setting : Settings.of(effective)) {
      String value = setting.value();
      if (!isLiteral(value)) {
        continue;
      }
      describe(setting)
          .ifPresent(
              what ->
                  out.reportWithIdentity(
                      instruction.position(),
                      object,
                      effective.keyword()
                          + " gives "
                          + setting.name()
                          + " "
                          + what
                          + " that anyone who pulls the image can read.",
                      identity(setting)));
    }
  }

  /**
   * What secret a setting holds, in words with its redacted value: a literal value under a secret
   * name, a provider's token under any name, or a URL with a password.
   */
  private static Optional<String> describe(Setting setting) {
    String value = setting.value();
    if (SecretNames.isSecretName(setting.name()) && !looksLikePath(value)) {
      return Optional.of("a literal secret value (" + Redaction.redact(value) + ")");
    }
    Optional<SecretDetector.Verdict> token = SecretRules.detector().inspect(value);
    if (token.isPresent()) {
      return Optional.of("a " + token.get().kind() + " (" + token.get().redacted() + ")");
    }
    return UrlCredentials.inlinePassword(value)
        .map(password -> "a URL with a literal password (" + Redaction.redact(password) + ")");
  }

  private static boolean isLiteral(String value) {
    String v = value.strip();
    return !v.isEmpty()
        && !References.isOnlyReferences(v)
        && !NOT_SECRET_VALUES.contains(v.toLowerCase(Locale.ROOT));
  }

  private static boolean looksLikePath(String value) {
    return PATH.matcher(value.strip()).matches();
  }

  // The secret's identity for fingerprints: a hash, never the value itself.
  private static String identity(Setting setting) {
    return Findings.sha256(setting.name() + '\0' + setting.value());
  }
}
