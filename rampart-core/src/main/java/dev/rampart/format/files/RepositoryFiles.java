package dev.rampart.format.files;

import dev.rampart.check.Recognizer;
import dev.rampart.parse.FileFacts;
import dev.rampart.parse.PathReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the entries whose presence, git state or permissions matter, by name, and "reads" one
 * into its {@link RepositoryFile}. The content is never read. Directories are named with a trailing
 * {@code /} (the scanned root is {@code /}), as the engine offers them.
 */
public final class RepositoryFiles implements Recognizer, PathReader<RepositoryFile> {
  // PKCS#12 and Java key stores: they bundle private keys with their certificates.
  private static final Pattern KEY_STORE = Pattern.compile(".*\\.(?:p12|pfx|jks|keystore)");

  // OpenSSH's default key names (not their .pub halves), PuTTY and PKCS#8 key files, *.key, and
  // the *key.pem names that mkcert, cfssl and certbot (privkey.pem) give private keys.
  private static final Pattern PRIVATE_KEY =
      Pattern.compile(
          "id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)|.*\\.(?:key|ppk|p8)|.*key\\.pem");

  /**
   * The words that make an env file a template meant to be committed: {@code .env.example}, {@code
   * .env.sample}, {@code example.env}, {@code .env.local.template}; and {@code .env.vault}, which
   * dotenv-vault encrypts for committing.
   */
  private static final Set<String> TEMPLATE_WORDS =
      Set.of(
          "example",
          "examples",
          "sample",
          "samples",
          "template",
          "tmpl",
          "tpl",
          "dist",
          "default",
          "defaults",
          "vault");

  // The data directories of data stores as compose files and docs name them: pgdata,
  // postgres-data, mysql_data, redis-data, and data/db (MongoDB) or data/postgres.
  private static final Pattern DATA_DIRECTORY =
      Pattern.compile(
          "(?:.*/)?(?:pgdata|(?:postgres(?:ql)?|pg|mysql|mariadb|mongo(?:db)?|redis|valkey"
              + "|elasticsearch|opensearch|clickhouse|cassandra|rabbitmq|influxdb|minio|etcd)"
              + "[-_]?data|data/(?:db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis))");

  /** The lockfiles each dependency manifest may be locked by, by manifest name. */
  private static final Map<String, List<String>> LOCKFILES =
      Map.of(
          "package.json",
              List.of(
                  "package-lock.json",
                  "npm-shrinkwrap.json",
                  "yarn.lock",
                  "pnpm-lock.yaml",
                  "bun.lock",
                  "bun.lockb"),
          "Pipfile", List.of("Pipfile.lock"),
          "Gemfile", List.of("Gemfile.lock"),
          "composer.json", List.of("composer.lock"),
          "Cargo.toml", List.of("Cargo.lock"),
          "go.mod", List.of("go.sum"));

  // Manifests that mark a project root, though their locking is not judged by name alone.
  private static final Set<String> OTHER_MANIFESTS =
      Set.of(
          "pyproject.toml",
          "requirements.txt",
          "setup.py",
          "pom.xml",
          "build.gradle",
          "build.gradle.kts",
          "mix.exs",
          "Chart.yaml");

  // Dependency trees that package managers install: their manifests are not the project's.
  private static final Pattern INSTALLED =
      Pattern.compile("(?:.*/)?(?:node_modules|bower_components|vendor|site-packages|\\.venv)/.*");

  private static final Pattern README = Pattern.compile("readme(?:\\.[a-z]+)?");

  private static final List<String> SECURITY_POLICY_DIRS = List.of("", ".github/", "docs/");

  public static boolean isKeyStore(String name) {
    return KEY_STORE.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** {@code .env}, {@code .env.production}, {@code prod.env}: files of environment variables. */
  public static boolean isEnvFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals(".env")
        || lower.startsWith(".env.")
        || lower.startsWith(".env-")
        || lower.startsWith(".env_")
        || lower.endsWith(".env");
  }

  /** An env file meant to be committed: a template such as {@code .env.example}. */
  public static boolean isEnvTemplate(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[._-]", -1)) {
      if (TEMPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** An env file that holds real values: any but a template. */
  public static boolean isSecretEnvFile(String name) {
    return isEnvFile(name) && !isEnvTemplate(name);
  }

  public static boolean isPrivateKeyFile(String name) {
    return PRIVATE_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** A file whose content is a secret: a non-template env file, a private key or a key store. */
  public static boolean isSecretBearing(String name) {
    return isSecretEnvFile(name) || isPrivateKeyFile(name) || isKeyStore(name);
  }

  /** A data store's data directory, by its path. */
  public static boolean isDataDirectory(String path) {
    return DATA_DIRECTORY.matcher(path.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The lockfiles that lock a manifest named {@code name}, or none when its locking is not judged
   * by name (see {@link #LOCKFILES}).
   */
  public static List<String> lockfilesOf(String name) {
    return LOCKFILES.getOrDefault(name, List.of());
  }

  /** Whether {@code name} is one of the lockfiles of some manifest. */
  public static boolean isLockfile(String name) {
    return LOCKFILES.values().stream().anyMatch(locks -> locks.contains(name));
  }

  /** A dependency manifest of the project, not one inside an installed dependency tree. */
  public static boolean isManifest(String path) {
    String name = Recognizer.fileName(path);
    return (LOCKFILES.containsKey(name) || OTHER_MANIFESTS.contains(name))
        && !INSTALLED.matcher(path).matches();
  }

  public static boolean isReadme(String name) {
    return README.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** {@code SECURITY.md} where GitHub looks for it: the root, {@code .github/} or {@code docs/}. */
  public static boolean isSecurityPolicy(String path) {
    for (String dir : SECURITY_POLICY_DIRS) {
      if (path.length() > dir.length()
          && path.startsWith(dir)
          && path.substring(dir.length())
              .toLowerCase(Locale.ROOT)
              .matches("security(?:\\.md|\\.markdown|\\.txt|\\.rst)?")) {
        return true;
      }
    }
    return false;
  }

  /** {@code src/main.rs}: the crate beside it builds a binary, which must ship its Cargo.lock. */
  public static boolean isCargoBinary(String path) {
    return path.equals("src/main.rs") || path.endsWith("/src/main.rs");
  }

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.endsWith("/")) {
      String dir = relativePath.substring(0, relativePath.length() - 1);
      return dir.isEmpty() || isDataDirectory(dir) ? ByName.YES : ByName.NO;
    }
    String name = Recognizer.fileName(relativePath);
    boolean atRoot = !relativePath.contains("/");
    return isSecretBearing(name)
            || isEnvFile(name)
            || isManifest(relativePath)
            || isLockfile(name)
            || isCargoBinary(relativePath)
            || isSecurityPolicy(relativePath)
            || (atRoot && isReadme(name))
        ? ByName.YES
        : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return false;
  }

  @Override
  public RepositoryFile read(FileFacts facts) {
    return new RepositoryFile(facts);
  }
}
