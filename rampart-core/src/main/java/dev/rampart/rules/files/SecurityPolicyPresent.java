package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import dev.rampart.parse.GitState;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Rule(
    id = "RA-FS-006",
    title = "The repository has a security policy (SECURITY.md)",
    severity = Severity.LOW,
    controls = "ops.vulnerability-disclosure",
    rationale =
        "Someone who finds a vulnerability needs to know where to report it without publishing"
            + " it: without a policy, reports arrive as public issues, or not at all. GitHub"
            + " shows a SECURITY.md at the top of the repository, in `.github/` or in `docs/`"
            + " on the repository's Security tab. Only a scan of a project's top folder is"
            + " judged: the top of a git work tree, or a folder outside git, whose top level"
            + " holds a README or a dependency manifest. The finding is reported on the README"
            + " (or the manifest), since the file it asks for does not exist; a folder with"
            + " neither is not judged.",
    remediation =
        "Add a SECURITY.md that names a private channel and what to expect: an e-mail address"
            + " such as security@example.com or GitHub's private vulnerability reporting"
            + " (Security > Advisories > Report a vulnerability), the supported versions, and"
            + " how fast you answer.",
    references = {
      "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository",
      "https://www.rfc-editor.org/rfc/rfc9116",
      "https://github.com/ossf/oss-vulnerability-guide"
    })
public final class SecurityPolicyPresent implements Check<ParsedFiles<RepositoryFile>> {

  @Override
  public void check(ParsedFiles<RepositoryFile> files, Findings out) {
    Optional<RepositoryFile> root =
        files.files().stream().map(ParsedFile::model).filter(RepositoryFile::isRoot).findFirst();
    if (root.isEmpty() || !isProjectTop(root.get())) {
      return; // a single file, or a folder inside a repository whose top holds the policy
    }
    List<ParsedFile<RepositoryFile>> top =
        files.files().stream()
            .filter(file -> !file.model().facts().directory() && file.model().inRepository())
            .toList();
    if (top.stream().anyMatch(file -> RepositoryFiles.isSecurityPolicy(file.model().path()))) {
      return;
    }
    Optional<ParsedFile<RepositoryFile>> anchor =
        top.stream()
            .filter(file -> file.model().parent().isEmpty())
            .filter(
                file ->
                    RepositoryFiles.isReadme(file.model().name())
                        || RepositoryFiles.isManifest(file.model().path()))
            .min(
                Comparator.comparing(
                        (ParsedFile<RepositoryFile> file) ->
                            !RepositoryFiles.isReadme(file.model().name()))
                    .thenComparing(file -> file.model().path()));
    // Outside git, a folder without a README or a manifest is not judged: nothing says it is a
    // project. At the top of a work tree without either, there is no file to report on either.
    anchor.ifPresent(
        file ->
            out.in(file.source())
                .report(
                    Position.START,
                    "The repository has no SECURITY.md (at its top, in .github/ or in docs/):"
                        + " nothing tells a reporter how to disclose a vulnerability privately."));
  }

  private static boolean isProjectTop(RepositoryFile root) {
    return root.facts().git() == GitState.UNKNOWN || root.facts().workTreeRoot();
  }
}
