package dev.rampart.format.settings;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the files that hold an application's settings:
 *
 * <ul>
 *   <li>dotenv files, by name: {@code .env}, {@code .env.*} ({@code .env.production}, {@code
 *       .env.example}) and {@code *.env} ({@code production.env});
 *   <li>settings files, by name: {@code application*}, {@code bootstrap*}, {@code appsettings*} and
 *       {@code settings*} with a {@code .properties}, {@code .yml}, {@code .yaml}, {@code .json},
 *       {@code .toml}, {@code .ini} or {@code .cfg} extension ({@code application-prod.yml}, {@code
 *       appsettings.Production.json}, {@code settings.toml});
 *   <li>files in a directory named {@code config} with one of those extensions ({@code
 *       config/production.json}, {@code config/database.yml}), when their content is no Kubernetes
 *       manifest, Compose file or template: a {@code config/} directory of a cluster's repository
 *       often holds manifests.
 * </ul>
 *
 * Files under a dot-directory ({@code .vscode/settings.json}, {@code .github/settings.yml}) are
 * tools' settings, not an application's, and dotenv names with a code extension ({@code .env.js},
 * {@code .env.d.ts}) are code; neither is read. Standard input is not read either: its syntax
 * cannot be told.
 */
public final class SettingsRecognizer implements Recognizer {
  private static final int SNIFF_CHARS = 8192;

  private static final Pattern SETTINGS_NAME =
      Pattern.compile(
          "(?:application|bootstrap|appsettings|settings)(?:[.\\-_][a-z0-9_.\\-]*)?"
              + "\\.(?:properties|ya?ml|json|toml|ini|cfg)");

  // What follows `.env.` in a file that is code about the environment, not a dotenv file.
  private static final Set<String> CODE_EXTENSIONS =
      Set.of(
          "js", "mjs", "cjs", "ts", "mts", "cts", "jsx", "tsx", "json", "yml", "yaml", "toml", "py",
          "rb", "go", "php", "java", "kt", "sh", "bash", "zsh", "ps1", "md", "txt", "swp", "bak",
          "orig", "enc", "gpg", "age", "vault");

  // Files of a config/ directory that hold no settings' values: node-config's map from keys to the
  // names of environment variables ({"jwt": {"secret": "JWT_SECRET"}}), Kustomize's index of
  // manifests, Fly.io's app configuration (fly.toml, read by its own format), and the
  // configuration of build tools.
  private static final Pattern NOT_SETTINGS =
      Pattern.compile(
          "(?:custom-environment-variables|kustomization|fly|tsconfig|jsconfig|package|webpack"
              + "|babel|jest|eslint|prettier|renovate)\\b.*");

  private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion[ \\t]*:");
  private static final Pattern KIND = Pattern.compile("(?m)^kind[ \\t]*:");
  private static final Pattern SERVICES = Pattern.compile("(?m)^services[ \\t]*:");
  private static final Pattern JSON_OBJECT =
      Pattern.compile("\\A\\uFEFF?\\s*(?://[^\\n]*\\s*)*\\{");

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.NO;
    }
    String name = Recognizer.fileName(relativePath);
    String lower = name.toLowerCase(Locale.ROOT);
    if (isDotenvName(lower)) {
      return ByName.YES;
    }
    // Every file of the tree is asked: the cheap tests first, the path's directories last.
    boolean named = SETTINGS_NAME.matcher(lower).matches();
    boolean inConfig =
        !named
            && SettingsSyntax.byExtension(lower).isPresent()
            && parentName(relativePath).equals("config")
            && !NOT_SETTINGS.matcher(lower).matches();
    if ((!named && !inConfig) || underDotDirectory(relativePath)) {
      return ByName.NO;
    }
    return named ? ByName.YES : ByName.MAYBE;
  }

  /** True for {@code .env}, {@code .env.*} and {@code *.env} names that are not code. */
  static boolean isDotenvName(String lowerName) {
    if (lowerName.equals(".env")) {
      return true;
    }
    if (lowerName.startsWith(".env.")) {
      String extension = lowerName.substring(lowerName.lastIndexOf('.') + 1);
      return !CODE_EXTENSIONS.contains(extension);
    }
    return lowerName.endsWith(".env") && lowerName.length() > ".env".length();
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    String s = head.toString();
    if (s.contains("{{") || s.contains("{%")) {
      return false; // a template: its values are not the ones deployed
    }
    if (API_VERSION.matcher(s).find() && KIND.matcher(s).find()) {
      return false; // a Kubernetes manifest
    }
    if (SERVICES.matcher(s).find()) {
      return false; // a Compose file
    }
    String trimmed = s.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      // JSON, which only the name told apart from YAML: settings are an object.
      return JSON_OBJECT.matcher(s).find();
    }
    return true;
  }

  private static boolean underDotDirectory(String relativePath) {
    String[] parts = relativePath.split("/", -1);
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".") && !parts[i].equals(".") && !parts[i].equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static String parentName(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    String dir = relativePath.substring(0, slash);
    return dir.substring(dir.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
