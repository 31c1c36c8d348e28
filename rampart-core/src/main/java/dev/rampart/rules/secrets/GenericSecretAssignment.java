package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretFiles;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.util.ArrayList;
import java.util.List;

@Rule(
    id = "RA-SEC-090",
    title = "No secret is assigned in plain text to a secret-named key",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:generic-api-key"},
    rationale =
        "A random-looking value given to a key named like a secret (`api_key`, `DB_PASSWORD`,"
            + " `clientSecret`, `<authToken>`) is almost always a live credential of some service"
            + " that no provider-specific rule knows. Anyone who can read the file, its history or"
            + " a copy of it can use the credential until it is rotated.",
    remediation =
        "Rotate the credential, then read it at run time from the environment or a secret store"
            + " (a CI secret, a Kubernetes Secret, Vault, a cloud secret manager) and commit only a"
            + " reference such as `${API_TOKEN}`. Keep sample values in `.env.example`-style"
            + " templates. Purge the value from git history if it was committed.",
    references = {
      "https://cwe.mitre.org/data/definitions/798.html",
      "https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"
    })
public final class GenericSecretAssignment implements SecretRule {

  // Rare enough to be keywords on their own.
  private static final List<String> RARE_WORDS =
      List.of("secret", "passw", "credential", "creds", "passphrase");

  // Common in code ("token.next()", "// the auth flow", "cd $PWD"): keywords only when an
  // assignment, a quote, a closing tag or more of a name (token_url, token2) follows.
  private static final List<String> COMMON_WORDS = List.of("token", "auth", "pwd", "authorization");

  private static final List<String> AFTER_COMMON_WORD =
      List.of(
          "=", ":", " =", " :", "\t=", "\t:", " ?=", " .=", " +=", " <-", " =>", " string", "\"",
          "'", "`", "\\", "_", ">", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  // api_key, accessKey, PRIVATE-KEY. Other *_KEY names (STRIPE_KEY) need a provider rule:
  // "key" alone is in nearly every file, and each keyword costs the automaton.
  private static final List<String> KEY_QUALIFIERS = List.of("api", "access", "private");

  // Literals the Aho-Corasick pass looks for: each is part of a secret-looking key name. A bare
  // "key" would hit nearly every source file, so only its compounds are keywords.
  private static final String[] NAME_KEYWORDS = nameKeywords();

  // The secret word inside a key name, as the expressions spell it (case-insensitive).
  private static final String SECRET_WORD =
      "(?:secret|token|passw|pwd|credential|creds|auth|passphrase|"
          + "(?:api|access|private)[_.-]?key)";

  // A key name: word characters, dots and dashes around a secret word.
  private static final String NAME = "(?P<name>[\\w.-]*" + SECRET_WORD + "[\\w.-]*)";

  // A value: the characters of tokens, keys and passwords, not starting with '=' (so that '=='
  // is no assignment), then a character that ends it.
  private static final String VALUE =
      "(?P<secret>[\\w.~+/%@!*^?#-][\\w.~+/=:%@!#*^?-]{7,})(?:[\"'`;,)}\\]<>\\s\\\\&|]|$)";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // NAME = value, NAME: value, "NAME" => value, NAME := value, ("NAME", "value") ...
          SecretPattern.of("secret assigned to a secret-named key")
              .keywords(NAME_KEYWORDS)
              .anchoredAtWord()
              .minEntropy(2.5)
              .inPath(SecretFiles::mayHoldGenericSecrets)
              .acceptNamed(GenericSecrets::isSecret)
              .regex(
                  "(?i)\\\\?[\"'`]?"
                      + NAME
                      // a quoted name before a comma: setProperty("NAME", "value")
                      + "(?:\\\\?[\"'`]\\]?[ \\t]*,"
                      // or an assignment, with an optional type: var NAME string = , NAME: str =
                      + "|\\\\?[\"'`]?\\]?(?:[ \\t]*:[ \\t]*[a-z][\\w.<>?]*[ \\t]+|[ \\t]+[a-z][\\w.]*)?"
                      + "[ \\t]*(?:=>|<-|:{1,3}=|[?.+|]?=|:))"
                      + "[ \\t]*\\\\?[\"'`]?(?:(?:bearer|basic|token)[ \\t]+)?"
                      + VALUE),
          // <apiToken>value</apiToken>, the value on its own line or not
          SecretPattern.of("secret in a secret-named XML element")
              .keywords(xmlKeywords())
              .minEntropy(2.5)
              .reach(1024)
              .inPath(SecretFiles::mayHoldGenericSecrets)
              .acceptNamed(GenericSecrets::isSecret)
              .regex(
                  "(?i)<(?P<name>[\\w.:-]*"
                      + SECRET_WORD
                      + "[\\w.:-]*)(?:\\s[^<>]*)?>\\s*(?P<secret>[^<>\\s\"']{8,})\\s*</[\\w.:-]+>"));

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }

  private static List<String> keyCompounds() {
    List<String> compounds = new ArrayList<>();
    for (String qualifier : KEY_QUALIFIERS) {
      for (String separator : List.of("", "_", "-", ".")) {
        compounds.add(qualifier + separator + "key");
      }
    }
    return compounds;
  }

  private static String[] nameKeywords() {
    List<String> keywords = new ArrayList<>(RARE_WORDS);
    keywords.addAll(keyCompounds());
    for (String word : COMMON_WORDS) {
      for (String after : AFTER_COMMON_WORD) {
        keywords.add(word + after);
      }
    }
    return keywords.toArray(String[]::new);
  }

  // The closing tag holds the name too, so "token>" is a selective keyword for XML elements.
  private static String[] xmlKeywords() {
    List<String> keywords = new ArrayList<>();
    keywords.addAll(
        List.of(
            "secret>",
            "secrets>",
            "password>",
            "passwd>",
            "credential>",
            "credentials>",
            "creds>",
            "passphrase>",
            "token>",
            "auth>",
            "pwd>"));
    for (String compound : keyCompounds()) {
      keywords.add(compound + ">");
    }
    return keywords.toArray(String[]::new);
  }
}
