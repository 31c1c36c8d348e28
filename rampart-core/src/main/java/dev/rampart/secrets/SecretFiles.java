package dev.rampart.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * Files whose values are not secrets whatever their keys say: templates that show where a secret
 * goes ({@code .env.example}, {@code config.yaml.dist}), lockfiles and checksum lists whose long
 * random-looking values are content hashes. Generic rules skip them; a provider rule may too.
 */
public final class SecretFiles {
  // Lockfiles: every value in them is a version, a URL or an integrity hash.
  private static final Set<String> LOCKFILES =
      Set.of(
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "bun.lock",
          "go.sum",
          "cargo.lock",
          "poetry.lock",
          "pipfile.lock",
          "pdm.lock",
          "uv.lock",
          "gemfile.lock",
          "composer.lock",
          "packages.lock.json",
          "podfile.lock",
          "package.resolved",
          "pubspec.lock",
          "mix.lock",
          "flake.lock",
          "gradle.lockfile",
          ".terraform.lock.hcl");

  // Checksum lists: sha256sum output, SHASUMS, *.sha256 sidecars.
  private static final Set<String> CHECKSUM_EXTENSIONS =
      Set.of("sha1", "sha256", "sha512", "md5", "sum", "asc", "sig");

  private static final Set<String> CHECKSUM_NAMES =
      Set.of("shasums", "sha256sums", "sha512sums", "md5sums", "checksums", "checksums.txt");

  // Templates: copied and filled in by whoever deploys, so their values are placeholders.
  private static final Set<String> TEMPLATE_EXTENSIONS =
      Set.of("example", "sample", "dist", "tmpl", "template", "tpl");

  private SecretFiles() {}

  /** True for lockfiles such as {@code package-lock.json}, {@code go.sum} or {@code yarn.lock}. */
  public static boolean isLockfile(String path) {
    String name = fileName(path);
    if (LOCKFILES.contains(name)) {
      return true;
    }
    // frontend-package-lock.json, app.yarn.lock: a lockfile with a prefix
    for (String lockfile : LOCKFILES) {
      if (name.endsWith("-" + lockfile) || name.endsWith("." + lockfile)) {
        return true;
      }
    }
    return false;
  }

  /** True for checksum lists such as {@code app.tar.gz.sha256} or {@code SHA256SUMS}. */
  public static boolean isChecksumList(String path) {
    String name = fileName(path);
    return CHECKSUM_NAMES.contains(name) || CHECKSUM_EXTENSIONS.contains(extension(name));
  }

  /**
   * True for templates whose values stand in for secrets: {@code .env.example}, {@code
   * .env.sample}, {@code .env.template}, {@code settings.py.dist}, {@code config.yaml.tmpl}.
   */
  public static boolean isTemplate(String path) {
    String name = fileName(path);
    if (TEMPLATE_EXTENSIONS.contains(extension(name))) {
      return true;
    }
    // .env.example.local, config.sample.yaml, example.env, .env-template (but not sample.txt)
    for (String word : TEMPLATE_EXTENSIONS) {
      if (name.startsWith(word + ".env")
          || name.contains("." + word + ".")
          || name.contains("-" + word + ".")
          || name.endsWith("-" + word)
          || name.endsWith("_" + word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for files a generic rule reads: not a lockfile, checksum list or template. A rule that
   * recognises a provider's token by its prefix should read every file instead.
   */
  public static boolean mayHoldGenericSecrets(String path) {
    return !isLockfile(path) && !isChecksumList(path) && !isTemplate(path);
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
