package dev.rampart.rules.requirements;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.requirements.Requirement;
import dev.rampart.format.requirements.Requirements;
import dev.rampart.model.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-FS-009",
    title = "Every requirement of a pip requirements file is pinned",
    severity = Severity.MEDIUM,
    controls = "supply-chain.dependency-pinning",
    rationale =
        "requirements.txt is pip's lockfile only when it says exactly what to install. A name"
            + " alone, a range (`>=2.0`, `~=2.1`) or a wildcard (`==2.*`) lets every install take"
            + " the newest matching release, a compromised one included, and a VCS URL without a"
            + " commit or tag follows a branch. A requirement is pinned by `==` or `===` with an"
            + " exact version, by `--hash`, by a VCS URL with `@` a commit id or version tag, or"
            + " by a URL of one archive. Local paths (`-e .`, `./libs/x`) are the project's own"
            + " code and are not judged, nor is a file that includes a constraints file (`-c`),"
            + " whose pins apply to it.",
    remediation =
        "Pin every requirement, transitive ones included, with its hashes: keep the ranges in a"
            + " `requirements.in` and compile it, `pip-compile --generate-hashes requirements.in`"
            + " (or `uv pip compile`), then install with `pip install --require-hashes -r"
            + " requirements.txt`. For a VCS requirement, name the commit:"
            + " `pkg @ git+https://github.com/org/pkg@3f2c1e9...`.",
    references = {
      "https://pip.pypa.io/en/stable/topics/repeatable-installs/",
      "https://pip.pypa.io/en/stable/topics/secure-installs/",
      "https://packaging.python.org/en/latest/specifications/version-specifiers/"
    })
public final class RequirementsPinned implements Check<Requirements> {
  private static final Pattern VCS = Pattern.compile("(?:git|hg|svn|bzr)\\+.*");

  // The revision after the last @ of a VCS URL's path, before any #fragment.
  private static final Pattern VCS_REVISION =
      Pattern.compile("://[^/]*/[^#]*@([^@/#]+)(?:#.*)?$|^[a-z+]+:[^/][^#]*@([^@/#]+)(?:#.*)?$");

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
  private static final Pattern VERSION_TAG = Pattern.compile("v?\\d+(?:\\.\\d+)*[\\w.+-]*");
  private static final Pattern MOVING_ARCHIVE =
      Pattern.compile(
          "/(?:archive|tarball|zipball)/(?:refs/heads/)?(?:main|master|develop|trunk|head)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void check(Requirements file, Findings out) {
    if (file.constrained()) {
      return;
    }
    for (Requirement requirement : file.requirements()) {
      if (requirement.local() || requirement.hashed()) {
        continue;
      }
      problem(requirement)
          .ifPresent(
              problem ->
                  out.reportWithIdentity(requirement.position(), "", problem, label(requirement)));
    }
  }

  /** Why {@code requirement} is not pinned, or empty when it is. */
  private static Optional<String> problem(Requirement requirement) {
    String label = label(requirement);
    if (requirement.url().isPresent()) {
      String url = requirement.url().get();
      if (VCS.matcher(url).matches()) {
        Matcher revision = VCS_REVISION.matcher(url);
        String rev =
            revision.find()
                ? Optional.ofNullable(revision.group(1)).orElse(revision.group(2))
                : null;
        if (rev == null) {
          return Optional.of(
              label
                  + " installs whatever its repository's default branch holds: name a commit with @<commit>.");
        }
        if (COMMIT.matcher(rev.toLowerCase(Locale.ROOT)).matches()
            || VERSION_TAG.matcher(rev).matches()) {
          return Optional.empty();
        }
        return Optional.of(
            label + " follows the branch " + rev + ": name a commit or a release tag instead.");
      }
      return MOVING_ARCHIVE.matcher(url).find()
          ? Optional.of(
              label
                  + " downloads an archive of a branch, which changes: name a commit or a release.")
          : Optional.empty();
    }
    boolean exact =
        requirement.specifiers().stream()
            .anyMatch(
                s ->
                    s.operator().equals("===")
                        || (s.operator().equals("==") && !s.version().contains("*")));
    if (exact) {
      return Optional.empty();
    }
    if (requirement.specifiers().isEmpty()) {
      return Optional.of(
          label + " has no version: every install takes the newest release. Pin it with ==.");
    }
    return Optional.of(
        label
            + " is not pinned ("
            + String.join(",", requirement.specifiers().stream().map(Object::toString).toList())
            + " allows more than one release): pin it with ==.");
  }

  /** The requirement's name, or its URL without any credentials in it. */
  private static String label(Requirement requirement) {
    return requirement
        .name()
        .orElseGet(() -> requirement.url().orElse("").replaceFirst("://[^/@]*@", "://"));
  }
}
