package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-017",
    title = "npm installs pinned package versions",
    severity = Severity.MEDIUM,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3016"},
    rationale =
        "`npm install express` installs the newest release on the registry at build time, and"
            + " whatever its dependencies resolve to: two builds of the same Dockerfile ship"
            + " different code, and a hijacked maintainer account can publish a malicious release"
            + " that the next build picks up. npm packages run install scripts during the build.",
    remediation =
        "Install from the lockfile with `npm ci`, or pin what you name: `npm install -g"
            + " typescript@5.6.3`. Pin a git dependency to a tag or commit:"
            + " `git+https://github.com/org/repo.git#v1.4.2`. `@latest` is a tag that moves, not a"
            + " pin.",
    references = {
      "https://docs.npmjs.com/cli/commands/npm-ci",
      "https://github.com/hadolint/hadolint/wiki/DL3016"
    })
public final class NpmVersionsPinned implements Check<Dockerfile> {
  private static final Pattern TARBALL = Pattern.compile(".*\\.(?:tar|tar\\.gz|tgz)");
  // git+ssh://..., git://..., github:org/repo, org/repo: a git source, pinned by its #ref.
  private static final Pattern GIT_SOURCE =
      Pattern.compile("(?:git(?:\\+[a-z]+)?://|(?:github|gitlab|bitbucket|gist):).*|[^@/:]+/[^/]+");

  @Override
  public void check(Dockerfile file, Findings out) {
    UnpinnedPackages.report(
        file,
        out,
        manager -> manager == Manager.NPM,
        (install, word) -> isPinned(word.text()),
        "name@version");
  }

  private static boolean isPinned(String word) {
    if (UnpinnedPackages.isLocalPath(word) || TARBALL.matcher(word).matches()) {
      return true;
    }
    if (GIT_SOURCE.matcher(word).matches()) {
      return word.indexOf('#') > 0;
    }
    if (word.contains("://")) {
      return true; // a tarball URL names one release
    }
    int at = word.indexOf('@', 1); // @scope/name@version
    if (at < 0) {
      return false;
    }
    String version = word.substring(at + 1);
    return !version.isEmpty() && !version.equals("latest") && !version.equals("next");
  }
}
