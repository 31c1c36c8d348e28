package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.PackageInstalls.Install;
import dev.rampart.rules.dockerfile.PackageInstalls.Manager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-015",
    title = "pip installs pinned package versions",
    severity = Severity.MEDIUM,
    controls = "image.package-hygiene",
    aliases = {"hadolint:DL3013"},
    rationale =
        "Without a version, pip installs the newest release on the index at build time: two"
            + " builds of the same Dockerfile ship different code, and a rebuild can pull in a"
            + " broken release or a compromised one published by a hijacked account. Python"
            + " packages run code at install time and in the service, so an unreviewed version"
            + " is an unreviewed dependency.",
    remediation =
        "Pin the version (`pip install --no-cache-dir flask==3.0.3`) or, better, install from a"
            + " locked requirements file (`pip install --no-cache-dir -r requirements.txt`,"
            + " ideally with `--require-hashes`). Pin a VCS install to a tag or commit:"
            + " `git+https://github.com/org/repo.git@v1.4.2`.",
    references = {
      "https://pip.pypa.io/en/stable/topics/repeatable-installs/",
      "https://github.com/hadolint/hadolint/wiki/DL3013"
    })
public final class PipVersionsPinned implements Check<Dockerfile> {
  private static final Pattern VCS = Pattern.compile("(?:git|hg|svn|bzr)\\+[a-z]+://(.*)");
  private static final Pattern ARCHIVE =
      Pattern.compile(".*\\.(?:whl|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|zip)");

  @Override
  public void check(Dockerfile file, Findings out) {
    UnpinnedPackages.report(
        file,
        out,
        manager -> manager == Manager.PIP || manager == Manager.PIPX,
        PipVersionsPinned::isPinned,
        "name==version");
  }

  private static boolean isPinned(Install install, Word pkg) {
    String word = pkg.text();
    if (install.hasOption("-c", "--constraint")) {
      return true; // the constraints file pins what the command names
    }
    Matcher vcs = VCS.matcher(word);
    if (vcs.matches()) {
      // git+https://host/org/repo.git@v1.2#egg=x: a ref after the path, not a user before it.
      String location = vcs.group(1);
      int fragment = location.indexOf('#');
      String path = fragment < 0 ? location : location.substring(0, fragment);
      int slash = path.indexOf('/');
      return slash >= 0 && path.indexOf('@', slash) > 0;
    }
    return word.chars().anyMatch(c -> "=<>~!".indexOf(c) >= 0)
        || word.contains("://")
        || word.contains("/")
        || word.equals(".")
        || ARCHIVE.matcher(word).matches();
  }
}
