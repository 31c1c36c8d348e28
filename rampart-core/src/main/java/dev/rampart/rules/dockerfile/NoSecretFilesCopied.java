package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-031",
    title = "No secret file is copied into the image",
    severity = Severity.HIGH,
    controls = "secrets.no-hardcoded",
    aliases = {"cis-docker:4.10"},
    profiles = "cis-docker",
    rationale =
        "A file copied into a layer stays in the image for good, even if a later step deletes it:"
            + " anyone who pulls the image can extract private keys, .env files or registry"
            + " credentials from that layer.",
    remediation =
        "Keep the file out of the build context (.dockerignore) and mount it only where it is"
            + " used: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` or `RUN"
            + " --mount=type=ssh git clone ...`. Provide run-time secrets through the orchestrator"
            + " (Docker or Compose secrets, Kubernetes Secrets) instead of baking them in.",
    references = {
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/build/concepts/context/#dockerignore-files"
    })
public final class NoSecretFilesCopied implements Check<Dockerfile> {
  private static final Set<String> SECRET_FILE_NAMES =
      Set.of(
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          "id_ecdsa_sk",
          "id_ed25519_sk",
          ".npmrc",
          ".pypirc",
          ".netrc",
          "_netrc",
          ".git-credentials",
          ".pgpass",
          ".vault-token",
          "credentials.json",
          ".ssh",
          ".aws",
          ".dockercfg");

  private static final List<String> SECRET_PATH_ENDINGS =
      List.of(".aws/credentials", ".docker/config.json", ".kube/config");

  // .env and .env.production, but not the committed templates .env.example or .env.sample.
  private static final Pattern ENV_FILE =
      Pattern.compile("\\.env(?:\\.(?!(?:example|sample|template|dist|tpl|defaults)$)[^/]+)?");

  private static final Pattern PRIVATE_KEY = Pattern.compile(".*\\.(?:key|ppk)");
  private static final Pattern KEY_STORE = Pattern.compile(".*\\.(?:pem|p12|pfx|jks)");

  // Public keys share the extensions of private ones: nodesource.gpg.key, signing.pub.pem.
  private static final Pattern PUBLIC_KEY =
      Pattern.compile(".*(?:public|gpg|pgp).*|(?:.*[/._-])?pub(?:[._-].*)?");

  // Certificates and trust stores share the extensions of key stores: ca.pem, certs/*.pem.
  private static final Pattern CERTIFICATE =
      Pattern.compile(".*(?:cert|chain|bundle|trust).*|(?:.*[/._-])?(?:ca|root)(?:[._-].*)?");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        Instruction copy = instruction.effective();
        if (!copy.is("COPY") && !copy.is("ADD")) {
          continue;
        }
        List<String> secrets =
            CopySources.of(copy).stream()
                .filter(source -> !CopySources.isHeredoc(source))
                .filter(NoSecretFilesCopied::isSecretFile)
                .toList();
        if (!secrets.isEmpty()) {
          out.report(
              instruction.position(),
              stage.label(),
              copy.keyword()
                  + " puts "
                  + String.join(", ", secrets)
                  + (secrets.size() == 1 ? ", a secret file," : ", secret files,")
                  + " into a layer of the image.");
        }
      }
    }
  }

  static boolean isSecretFile(String source) {
    String path = source.toLowerCase(Locale.ROOT);
    String name = CopySources.fileName(path);
    if (SECRET_FILE_NAMES.contains(name) || ENV_FILE.matcher(name).matches()) {
      return true;
    }
    if (SECRET_PATH_ENDINGS.stream().anyMatch(ending -> path.endsWith(ending))) {
      return true;
    }
    if (PRIVATE_KEY.matcher(name).matches()) {
      return !PUBLIC_KEY.matcher(name).matches();
    }
    return KEY_STORE.matcher(name).matches()
        && !PUBLIC_KEY.matcher(path).matches()
        && !CERTIFICATE.matcher(path).matches();
  }
}
