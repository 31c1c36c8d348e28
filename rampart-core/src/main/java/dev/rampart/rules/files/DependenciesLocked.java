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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Rule(
    id = "RA-FS-008",
    title = "Every dependency manifest has a lockfile",
    severity = Severity.MEDIUM,
    controls = "supply-chain.dependency-pinning",
    rationale =
        "A manifest names version ranges; the lockfile records the exact versions (and, for most"
            + " package managers, their hashes) that were tested. Without one, every install"
            + " resolves the ranges anew, so a build can pull a version published an hour ago,"
            + " including a compromised one, and no two builds are known to be the same. The"
            + " lockfile may sit beside the manifest or in a folder above it (a workspace's)."
            + " Judged by file name: package.json (package-lock.json, npm-shrinkwrap.json,"
            + " yarn.lock, pnpm-lock.yaml, bun.lock), Pipfile, Gemfile, composer.json, go.mod"
            + " (go.sum), and Cargo.toml when the crate builds a binary (src/main.rs beside it)."
            + " A manifest that declares no dependencies is reported too, since its content is"
            + " not read; manifests under node_modules/, vendor/ and the like are not judged,"
            + " nor is pyproject.toml, whose locking depends on the tool its content names.",
    remediation =
        "Generate the lockfile and commit it: `npm install` (or `npm ci` in CI, which refuses"
            + " a stale lockfile), `yarn`, `pnpm install`, `pipenv lock`, `bundle lock`,"
            + " `composer update --lock`, `go mod tidy`, `cargo generate-lockfile`. Let a tool"
            + " such as Renovate or Dependabot propose the updates.",
    references = {
      "https://docs.npmjs.com/cli/configuring-npm/package-lock-json",
      "https://go.dev/ref/mod#go-sum-files",
      "https://doc.rust-lang.org/cargo/faq.html#why-have-cargolock-in-version-control",
      "https://slsa.dev/spec/v1.0/requirements"
    })
public final class DependenciesLocked implements Check<ParsedFiles<RepositoryFile>> {

  @Override
  public void check(ParsedFiles<RepositoryFile> files, Findings out) {
    Set<String> present = new HashSet<>();
    for (ParsedFile<RepositoryFile> file : files.files()) {
      if (!file.model().facts().directory() && file.model().inRepository()) {
        present.add(file.model().path());
      }
    }
    for (ParsedFile<RepositoryFile> file : files.files()) {
      RepositoryFile manifest = file.model();
      List<String> lockfiles = RepositoryFiles.lockfilesOf(manifest.name());
      if (lockfiles.isEmpty()
          || !present.contains(manifest.path())
          || !RepositoryFiles.isManifest(manifest.path())
          || (manifest.name().equals("Cargo.toml")
              && !present.contains(join(manifest.parent(), "src/main.rs")))
          || lockedFromAbove(manifest.parent(), lockfiles, present)) {
        continue;
      }
      out.in(file.source())
          .report(
              Position.START,
              String.format(
                  "%s has no lockfile (%s) beside it or in a folder above: every install"
                      + " resolves its version ranges anew.",
                  manifest.name(), String.join(", ", lockfiles)));
    }
  }

  private static boolean lockedFromAbove(String dir, List<String> lockfiles, Set<String> present) {
    for (String at = dir; ; at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "") {
      for (String lockfile : lockfiles) {
        if (present.contains(join(at, lockfile))) {
          return true;
        }
      }
      if (at.isEmpty()) {
        return false;
      }
    }
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
