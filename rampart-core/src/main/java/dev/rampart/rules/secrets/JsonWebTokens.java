package dev.rampart.rules.secrets;

import dev.rampart.check.Rule;
import dev.rampart.model.Severity;
import dev.rampart.secrets.SecretPattern;
import dev.rampart.secrets.SecretRule;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

@Rule(
    id = "RA-SEC-037",
    title = "No signed JSON Web Token is written into the repository",
    severity = Severity.MEDIUM,
    controls = "secrets.no-hardcoded",
    aliases = {"gitleaks:jwt", "gitleaks:jwt-base64"},
    rationale =
        "A signed JWT is a bearer credential: whoever holds it is, to the service that issued it,"
            + " the subject it names, until it expires, and many are issued without an expiry"
            + " (service account tokens, API keys in JWT form). An unsigned token (`alg: none`, no"
            + " signature) proves nothing and is not reported.",
    remediation =
        "Revoke the token where the issuer allows it (or rotate the signing key, which revokes"
            + " every token it signed), then have the client obtain tokens at run time, from the"
            + " identity provider or a secret store, instead of carrying one in the repository.",
    references = {
      "https://www.rfc-editor.org/rfc/rfc7519",
      "https://www.rfc-editor.org/rfc/rfc7515#section-4.1"
    })
public final class JsonWebTokens implements SecretRule {
  // A JOSE header is a JSON object of registered parameters; "alg" is required by JWS and JWE,
  // and a header naming any of these is a token's.
  private static final Pattern JOSE_HEADER =
      Pattern.compile(
          "^\\s*\\{\\s*\"(?:alg|typ|kid|cty|enc|zip|jku|jwk|x5u|x5c|x5t|x5t#S256|crit|b64|epk|apu"
              + "|apv|iv|tag|p2s|p2c|ppt|url|nonce|svt|iss|sub|aud|kty|use|key_ops|ver|version)\"");
  private static final Pattern ALG_NONE = Pattern.compile("\"alg\"\\s*:\\s*\"none\"");

  /** Tokens with many claims run to thousands of characters. */
  private static final int TOKEN_REACH = 8192;

  private static final List<SecretPattern> PATTERNS =
      List.of(
          // header.payload.signature, each base64url; the header and payload are JSON objects, so
          // they start with "eyJ" ('{"') or "ew" ('{' and a line break).
          SecretPattern.of("JSON Web Token")
              .keywords("eyj")
              .minEntropy(3)
              .reachOnLine(TOKEN_REACH)
              .accept(JsonWebTokens::isSignedToken)
              .regex(
                  "\\b(?P<secret>eyJ[A-Za-z0-9_-]{10,}\\.e[wy][A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]*)"
                      + "(?:[^A-Za-z0-9_.-]|$)"),
          // The same token, base64-encoded once more: "eyJ" becomes "ZXlK".
          SecretPattern.of("base64-encoded JSON Web Token")
              .keywords("zxlk")
              .minEntropy(3)
              .reachOnLine(TOKEN_REACH)
              .accept(JsonWebTokens::isEncodedSignedToken)
              .regex("\\b(?P<secret>ZXlK[A-Za-z0-9+/_-]{60,}={0,2})"));

  /** A JWS or JWE in compact form whose header is a JOSE header and that is not unsigned. */
  static boolean isSignedToken(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length < 3) {
      return false;
    }
    String header = decode(parts[0]);
    if (header == null || !JOSE_HEADER.matcher(header).find()) {
      return false;
    }
    boolean unsigned = parts.length == 3 && parts[2].isEmpty();
    return !(unsigned && ALG_NONE.matcher(header).find());
  }

  private static boolean isEncodedSignedToken(String encoded) {
    String token = decode(encoded);
    return token != null && isSignedToken(token.strip());
  }

  // base64 or base64url, with or without padding; null when it is neither or not text.
  private static String decode(String text) {
    String normal = text.replace('-', '+').replace('_', '/').replaceAll("=+$", "");
    if (normal.length() % 4 == 1) {
      normal = normal.substring(0, normal.length() - 1);
    }
    try {
      return new String(Base64.getDecoder().decode(normal), StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  @Override
  public List<SecretPattern> patterns() {
    return PATTERNS;
  }
}
