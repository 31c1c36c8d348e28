package dev.rampart.rules.kube;

import dev.rampart.format.kube.KubeManifests;
import dev.rampart.format.kube.KubeObject;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.model.Position;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The secret values written into manifests under a name: containers' literal {@code env} values and
 * the values of Secret manifests' {@code stringData} and (decoded) {@code data}. The rules that
 * judge them only test or hash a value, never show it.
 */
final class SecretValues {
  private SecretValues() {}

  /**
   * One named value.
   *
   * @param name the variable or key, such as {@code DB_PASSWORD}
   * @param label for example {@code env DB_PASSWORD of container api}, or {@code key password of
   *     Secret db}
   * @param shortLabel the same without the container: {@code env DB_PASSWORD}
   * @param where the object it belongs to, for the finding
   * @param value the text; binary {@code data} is here one character per byte (ISO-8859-1)
   * @param text false for {@code data} that decodes to no UTF-8 text (a random binary key)
   */
  record SecretValue(
      String name,
      String label,
      String shortLabel,
      String where,
      String value,
      boolean text,
      Position at) {}

  /** Every literal env value whose variable's name passes {@code names}. */
  static List<SecretValue> inEnv(KubeManifests manifests, Predicate<String> names) {
    List<SecretValue> values = new ArrayList<>();
    for (EnvVars.EnvVar var : EnvVars.of(manifests)) {
      if (names.test(var.name())) {
        values.add(
            new SecretValue(
                var.name(),
                var.label(),
                "env " + var.name(),
                var.where(),
                var.value(),
                true,
                var.at()));
      }
    }
    return values;
  }

  /**
   * Every value of a Secret's {@code stringData} and {@code data} whose key passes {@code keys}.
   * SOPS-encrypted Secrets (with {@code sops} metadata) hold no readable value and are left out.
   */
  static List<SecretValue> inSecrets(KubeManifests manifests, Predicate<String> keys) {
    List<SecretValue> values = new ArrayList<>();
    for (KubeObject object : manifests.objects()) {
      if (!object.kind().equals("Secret") || object.node().get("sops").isPresent()) {
        continue;
      }
      for (String field : new String[] {"stringData", "data"}) {
        List<YamlEntry> entries =
            object
                .node()
                .get(field)
                .flatMap(YamlNode::asMapping)
                .map(YamlMapping::entries)
                .orElse(List.of());
        for (YamlEntry entry : entries) {
          Optional<String> key = entry.name().filter(keys);
          Optional<String> raw = entry.value().asText();
          if (key.isEmpty() || raw.isEmpty()) {
            continue;
          }
          String label = "key " + key.get() + " of " + object.label();
          Decoded decoded = field.equals("data") ? decode(raw.get()) : new Decoded(raw.get(), true);
          values.add(
              new SecretValue(
                  key.get(),
                  label,
                  label,
                  object.label(),
                  decoded.value(),
                  decoded.text(),
                  entry.position()));
        }
      }
    }
    return values;
  }

  /** A {@code data} value decoded: UTF-8 text, or one character per byte when it is no text. */
  record Decoded(String value, boolean text) {}

  /**
   * Decodes a {@code data} value. Undecodable base64 is kept as written: it is still a value, and
   * it is only tested, never shown.
   */
  static Decoded decode(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException notBase64) {
      return new Decoded(base64, true);
    }
    try {
      return new Decoded(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString(),
          true);
    } catch (CharacterCodingException binary) {
      return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), false);
    }
  }
}
