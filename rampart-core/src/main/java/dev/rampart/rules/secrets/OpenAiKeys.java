package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.List;

@Rule(
    id = "RA-SEC-011",
    title = "No OpenAI API key is written into the repository",
    severity = Severity.CRITICAL,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:openai-api-key"},
    rationale =
        "An OpenAI API key calls every model and endpoint its project allows and bills the"
            + " organisation for it; an admin key also manages users, projects and other keys."
            + " Whoever reads the file, its history or a copy of it can run up costs and read"
            + " uploaded files and fine-tunes until the key is revoked.",
    remediation =
        "Delete the key at platform.openai.com/api-keys (or the organisation's Admin keys page),"
            + " check usage for abuse, then read it from the environment (OPENAI_API_KEY) or a"
            + " secret store instead of the file. Purge it from git history if it was committed.",
    references = {
      "https://platform.openai.com/docs/api-reference/authentication",
      "https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety"
    })
public final class OpenAiKeys implements SecretRule {
  // Project (sk-proj-), service account (sk-svcacct-) and admin (sk-admin-) keys; keys of every
  // kind made since 2023 carry the base64 of "OpenAI" (T3BlbkFJ) in the middle.
  private static final List<SecretPattern> PATTERNS =
      List.of(
          SecretPattern.of("OpenAI API key")
              .keywords("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-")
              .minEntropy(4)
              .regex(
                  "(?:^|[^0-9A-Za-z_-])(?P<secret>sk-(?:proj|svcacct|admin|None)-[0-9A-Za-z_-]{80,250})"
                      + "(?:[^0-9A-Za-z_-]|$)"),
          SecretPattern.of("OpenAI API key (legacy)")
              .keywords("t3blbkfj")
              .minEntropy(4)
              .regex(
                  "(?:^|[^0-9A-Za-z_-])(?P<secret>sk-[0-9A-Za-z]{20}T3BlbkFJ[0-9A-Za-z]{20})"
                      + "(?:[^0-9A-Za-z_-]|$)"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
