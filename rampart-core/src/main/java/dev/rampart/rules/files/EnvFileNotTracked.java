package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FS-002",
    title = "No .env file is tracked in git",
    severity = Severity.HIGH,
    controls = "secrets.env-files-ignored",
    rationale =
        "An .env file holds the values a deployment runs with: database passwords, API keys,"
            + " signing secrets. Once tracked, every clone, fork, CI cache and backup of the"
            + " repository carries them, and they stay in its history after the file is deleted."
            + " A .gitignore entry does not help a tracked file: git ignores only untracked ones."
            + " Templates that document the variables (`.env.example`, `.env.sample`,"
            + " `.env.template`, `.env.dist`, `.env.defaults`) and dotenv-vault's encrypted"
            + " `.env.vault` are meant to be committed and are not reported.",
    remediation =
        "Stop tracking the file and ignore it: `git rm --cached .env`, add `.env` and `.env.*`"
            + " with `!.env.example` to `.gitignore`, and commit a `.env.example` with"
            + " placeholder values instead. Rotate every value the file held: it is in the"
            + " history (`rampart scan --history` shows where).",
    references = {
      "https://git-scm.com/docs/gitignore",
      "https://12factor.net/config",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"
    })
public final class EnvFileNotTracked implements Check<RepositoryFile> {

  @Override
  public void check(RepositoryFile file, Findings out) {
    if (file.facts().directory()
        || !file.tracked()
        || !RepositoryFiles.isSecretEnvFile(file.name())) {
      return;
    }
    out.report(
        Position.START,
        file.facts().ignored()
            ? file.name()
                + " is tracked in git although a .gitignore matches it: ignore rules do not apply"
                + " to tracked files, so every clone carries its values."
            : file.name() + " is tracked in git: every clone and fork carries its values.");
  }
}
