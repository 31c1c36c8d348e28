package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import dev.rampart.parse.GitState;

@Rule(
    id = "RA-FS-003",
    title = "Every .env file is matched by a .gitignore",
    severity = Severity.MEDIUM,
    controls = "secrets.env-files-ignored",
    rationale =
        "An .env file that no ignore rule matches is one `git add .` or `git commit -a` away"
            + " from the repository, and from every clone of it. Only files in a git work tree"
            + " that git does not track are judged: a tracked one is reported by RA-FS-002, and"
            + " outside git there is no .gitignore to speak of. Templates (`.env.example` and the"
            + " like) are meant to be committed and are not reported.",
    remediation =
        "Add the env files to the `.gitignore` at the top of the repository, keeping the"
            + " template: `.env`, `.env.*` and `*.env` on their own lines, then `!.env.example`."
            + " `git check-ignore -v .env` shows which rule matches.",
    references = {
      "https://git-scm.com/docs/gitignore",
      "https://github.com/github/gitignore/blob/main/Node.gitignore"
    })
public final class EnvFileIgnored implements Check<RepositoryFile> {

  @Override
  public void check(RepositoryFile file, Findings out) {
    if (file.facts().directory()
        || file.facts().git() != GitState.UNTRACKED
        || file.facts().ignored()
        || !RepositoryFiles.isSecretEnvFile(file.name())) {
      return;
    }
    out.report(
        Position.START,
        file.name() + " is not matched by any .gitignore: `git add .` would commit its values.");
  }
}
