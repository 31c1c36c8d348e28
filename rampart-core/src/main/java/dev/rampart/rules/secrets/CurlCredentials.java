package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import dev.rampart.secrets.UrlCredentials;
import java.util.List;

@Rule(
    id = "RA-SEC-150",
    title = "No credential is passed to curl in plain text",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:curl-auth-header", "gitleaks:curl-auth-user"},
    rationale =
        "A `curl -u user:password` or `curl -H \"Authorization: Bearer ...\"` written into a"
            + " script, a README or a CI step hands the credential to whoever reads the file, and"
            + " the command line to whoever lists the processes where it runs.",
    remediation =
        "Revoke the credential, then pass it from the environment (`-H \"Authorization: Bearer"
            + " $API_TOKEN\"`, with the variable from the CI secret store) or from a file that is"
            + " not committed (`--netrc-file`, `-K config` or `-H @headers.txt`).",
    references = {
      "https://curl.se/docs/manpage.html#-u",
      "https://curl.se/docs/manpage.html#-H",
      "https://everything.curl.dev/usingcurl/netrc"
    })
public final class CurlCredentials implements SecretRule {
  /** The command may go on over a few continued lines before the option. */
  private static final int REACH = 1200;

  private static final String COMMAND = "\\bcurl\\b(?:[^\\n]*\\n){0,5}?[^\\n]*?[ \\t\\n]";

  private static final String HEADER = "(?:-H|--header)(?:=|[ \\t]{0,5})[\"']";

  private static final String VALUE = "[\\w=~@.+/-]{8,}";

  // "user:password", 'user:password', or unquoted parts, each of which may be quoted.
  private static final String CREDENTIAL =
      "(?P<secret>\"[^\"\\r\\n]*:[^\"\\r\\n]*\"|'[^'\\r\\n]*:[^'\\r\\n]*'"
          + "|(?:\"[^\"\\r\\n]+\"|'[^'\\r\\n]+'|[\\w$@.!#%&*+~-]+)"
          + ":(?:\"[^\"\\r\\n]+\"|'[^'\\r\\n]+'|[\\w$@.!#%&*+~-]*))";

  private static final List<SecretPattern> PATTERNS =
      List.of(
          header(
              "credential in a curl Authorization header",
              "(?i:Authorization):[ \\t]*(?i:Basic)[ \\t]+(?P<secret>[A-Za-z0-9+/]{8,}={0,3})"),
          header(
              "credential in a curl Authorization header",
              "(?i:Authorization):[ \\t]*(?:(?i:Bearer|Token|Api-Token)[ \\t]+)?(?P<secret>"
                  + VALUE
                  + ")"),
          header(
              "credential in a curl API key header",
              "(?i:(?:X-(?:[A-Za-z]+-)?)?(?:Api-?)?(?:Key|Token|Auth-Token)):[ \\t]*(?P<secret>"
                  + VALUE
                  + ")"),
          SecretPattern.of("credential passed to curl --user")
              .keywords("curl")
              .minEntropy(2)
              .reach(REACH)
              .accept(CurlCredentials::isLiteralCredential)
              .regex(COMMAND + "(?:-u|--user)(?:=|[ \\t]{1,5})" + CREDENTIAL + "(?:\\s|$)"));

  // curl -H "<field>", the field's value being the secret.
  private static SecretPattern header(String kind, String field) {
    return SecretPattern.of(kind)
        .keywords("curl")
        .minEntropy(2.5)
        .reach(REACH)
        .regex(COMMAND + HEADER + field + "[\"']");
  }

  // user:password, or an API key as the user with no password ("key:"), or only a password.
  private static boolean isLiteralCredential(String credential) {
    String bare = credential.replace("\"", "").replace("'", "");
    int colon = bare.indexOf(':');
    String user = bare.substring(0, colon);
    String password = bare.substring(colon + 1);
    return UrlCredentials.isLiteralPassword(password.isEmpty() ? user : password);
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
