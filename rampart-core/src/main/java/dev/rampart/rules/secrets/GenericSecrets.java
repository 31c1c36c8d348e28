package dev.rampart.rules.secrets;

import dev.rampart.secrets.Entropy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the generic rule accepts as a secret: a key name that says its value is a secret ({@code
 * api_token}, not {@code api_token_url}), and a value that looks random rather than like a word, a
 * path, a URL, a number, a code expression or a hash.
 */
final class GenericSecrets {
  // Words that, after the secret word, say the key holds something about the secret.
  private static final Set<String> NOT_SECRET_TAILS =
      Set.of(
          "id",
          "ids",
          "name",
          "names",
          "url",
          "urls",
          "uri",
          "uris",
          "endpoint",
          "host",
          "file",
          "files",
          "path",
          "paths",
          "dir",
          "directory",
          "location",
          "length",
          "len",
          "size",
          "type",
          "types",
          "kind",
          "field",
          "fields",
          "column",
          "header",
          "prefix",
          "suffix",
          "env",
          "var",
          "variable",
          "param",
          "parameter",
          "count",
          "max",
          "min",
          "limit",
          "limits",
          "per",
          "timeout",
          "ttl",
          "expiry",
          "expires",
          "expiration",
          "expire",
          "lifetime",
          "age",
          "enabled",
          "disabled",
          "enable",
          "required",
          "mode",
          "policy",
          "format",
          "version",
          "label",
          "description",
          "desc",
          "placeholder",
          "regex",
          "pattern",
          "validator",
          "validation",
          "provider",
          "service",
          "manager",
          "handler",
          "helper",
          "class",
          "method",
          "strategy",
          "attribute",
          "attr",
          "error",
          "errors",
          "message",
          "msg",
          "text",
          "hint",
          "prompt",
          "title",
          "button",
          "input",
          "template",
          "rotation",
          "reset",
          "changed",
          "updated",
          "created",
          "at",
          "date",
          "time",
          "ref",
          "reference",
          "source",
          "arn",
          "scope",
          "scopes",
          "audience",
          "issuer",
          "algorithm",
          "alg",
          "mask",
          "visible",
          "show",
          "hide",
          "toggle",
          "store",
          "storage",
          "cache",
          "request",
          "response",
          "server",
          "check",
          "index",
          "key",
          "keys",
          "pair",
          "usage",
          "api",
          "list",
          "set",
          "map",
          "info",
          "config",
          "configuration",
          "option",
          "options",
          "settings",
          "mount",
          "volume",
          "command",
          "cmd",
          "script",
          "hash",
          "hashed",
          "digest",
          "sha",
          "sha1",
          "sha256",
          "sha512",
          "md5",
          "checksum",
          "salt",
          "rounds",
          "iterations",
          "strength",
          "rule",
          "rules",
          "callback",
          "redirect",
          "login",
          "logout",
          "user",
          "username",
          "email",
          "account",
          "owner",
          "generator",
          "status",
          "state",
          "flag",
          "is",
          "has",
          "use",
          "should",
          "can",
          "allow",
          "allowed",
          "exists",
          "present",
          "valid",
          "invalid",
          "expired",
          "revoked",
          "level",
          "route",
          "page",
          "form",
          "view",
          "dialog",
          "modal",
          "screen",
          "widget",
          "component",
          "controller",
          "module");

  // Words anywhere in the name that make the value public or not a credential.
  private static final Set<String> NOT_SECRET_WORDS =
      Set.of(
          "csrf",
          "authenticity",
          "xsrf",
          "public",
          "publishable",
          "integrity",
          "checksum",
          "sha256",
          "sha512",
          "hash",
          "digest",
          "tokenizer",
          "tokenize",
          "tokenized",
          "tokenization",
          "secretary",
          "author",
          "authors",
          "authority",
          "authorities",
          "authored");

  private static final Pattern CAMEL =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern NON_ALNUM = Pattern.compile("[^A-Za-z0-9]+");

  private static final Pattern NUMBER_OR_VERSION =
      Pattern.compile("[vV]?[\\d.,:_-]+(?:[-+.~][A-Za-z]{1,12}[\\d.]*)?");
  // this.password, X25519.secret_length, process.env.API_TOKEN, settings.SECRET_KEY
  private static final Pattern DOTTED_IDENTIFIER =
      Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+(?:\\(\\))?");
  private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");
  // A value that ends in a version: io.jsonwebtoken:jjwt-jackson-0.11.2
  private static final Pattern VERSION_SUFFIX = Pattern.compile(".*[-_:@]v?\\d+(?:\\.\\d+){1,3}");
  // Three or more capitalised words in a row: AgencyIdentificationCodeContentType
  private static final Pattern CAMEL_WORDS = Pattern.compile("(?:[A-Z][a-z]{3,}){3,}");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F:-]+");
  private static final Pattern LETTERS_ONLY = Pattern.compile("[A-Za-z_.-]+");
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "(?i).*\\.(?:pem|key|crt|cer|csr|p12|pfx|jks|keystore|truststore|keytab|pub|der|gpg|asc"
              + "|json|ya?ml|toml|txt|env|conf|cfg|ini|xml|properties|sh|py|js|ts|rb|go|java|php"
              + "|html?|enc|bin|db|sqlite|log|lock)");
  private static final Pattern HASH_PREFIX =
      Pattern.compile("(?i)(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b?|xxh\\d*)[-:=].*");

  // The words before "key" that make it a secret: api_key, accessKey, private-key, secret_key.
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "private", "secret");

  private GenericSecrets() {}

  /** True when {@code name} announces a secret and {@code value} looks like one. */
  static boolean isSecret(String name, String value) {
    return isSecretName(name) && looksRandom(value);
  }

  /** {@code api_token}, {@code mySecretString}, {@code DB_PASSWORD}; not {@code token_url}. */
  static boolean isSecretName(String name) {
    List<String> words = words(name);
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (NOT_SECRET_WORDS.contains(word)) {
        return false;
      }
      // pub_key, PubKey: a public key; but flutterwavePubKeyToken names a token
      if (word.equals("pub") && i + 2 == words.size() && words.get(i + 1).equals("key")) {
        return false;
      }
      if (isSecretWord(word, i == 0 ? "" : words.get(i - 1))) {
        last = i;
      }
    }
    if (last < 0) {
      return false;
    }
    for (String tail : words.subList(last + 1, words.size())) {
      if (NOT_SECRET_TAILS.contains(tail)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSecretWord(String word, String previous) {
    if (word.contains("secret")
        || word.contains("token")
        || word.contains("passw")
        || word.contains("credential")
        || word.contains("creds")
        || word.contains("passphrase")
        || word.endsWith("pwd")
        || word.endsWith("auth")
        || word.equals("authorization")
        || word.endsWith("apikey")
        || word.endsWith("accesskey")
        || word.endsWith("privatekey")) {
      return true;
    }
    return word.equals("key") && KEY_QUALIFIERS.contains(previous);
  }

  /** The words of a name, lower case: {@code myAPIToken_2} is {@code my api token 2}. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : NON_ALNUM.split(CAMEL.matcher(name).replaceAll("_"), -1)) {
      if (!part.isEmpty()) {
        words.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** True when {@code value} has the length, variety and shape of a generated secret. */
  static boolean looksRandom(String value) {
    int length = value.length();
    if (length < 8 || length > 1000) {
      return false;
    }
    // Hex digits hold at most 4 bits each, so a random hex key of 32 often measures below 3.5.
    double ceiling = HEX.matcher(value).matches() ? 3.0 : 3.5;
    double required = Math.min(ceiling, Math.log(length) / Math.log(2) - 0.4);
    if (Entropy.of(value) < required) {
      return false;
    }
    if (NUMBER_OR_VERSION.matcher(value).matches()
        || isCodeExpression(value)
        || VERSION_SUFFIX.matcher(value).matches()
        || FILE_NAME.matcher(value).matches()
        || HASH_PREFIX.matcher(value).matches()) {
      return false;
    }
    if (CAMEL_WORDS.matcher(value).find() || value.toLowerCase(Locale.ROOT).contains("passw")) {
      return false;
    }
    if (value.contains("://")
        || value.startsWith("/")
        || value.startsWith("./")
        || value.startsWith("../")
        || value.startsWith("~/")) {
      return false;
    }
    if (!LETTERS_ONLY.matcher(value).matches()) {
      return true;
    }
    // hf_ followed by 34 random letters of both cases: a long part of random mixed-case letters
    for (String part : value.split("[_.-]", -1)) {
      if (part.length() >= 12 && isMixedCase(part)) {
        return true;
      }
    }
    return false;
  }

  // Each part of a dotted name is an identifier with few digits: X25519 or u16, not the random
  // parts of a dotted token such as pat.<20 random characters>.<24 random characters>.
  private static boolean isCodeExpression(String value) {
    if (!DOTTED_IDENTIFIER.matcher(value).matches()) {
      return false;
    }
    for (String part : value.split("\\.", -1)) {
      long groups = DIGIT_GROUP.matcher(part).results().count();
      long digits = part.chars().filter(Character::isDigit).count();
      if (groups > 2 || digits > 5 || (part.length() > 24 && isMixedCase(part))) {
        return false;
      }
    }
    return true;
  }

  // Random letters mix cases about evenly; identifiers and words do not.
  private static boolean isMixedCase(String value) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    int letters = upper + lower;
    return upper * 4 >= letters && lower * 4 >= letters;
  }
}
