package dev.rampart.rules.ssh;

import dev.rampart.check.Findings;
import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.format.ssh.SshKey;
import dev.rampart.format.ssh.SshKeyFile;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** How the key-strength rules judge the key files of a scan (not {@code authorized_keys}). */
final class KeyFiles {
  private KeyFiles() {}

  /**
   * Reports each SSH key that {@code weak} selects, except a public key ({@code id_rsa.pub}) whose
   * private key beside it ({@code id_rsa}) is reported for the same key: one key, one finding.
   */
  static void judge(
      ParsedFiles<SshKeyFile> files,
      Findings out,
      Predicate<SshKey> weak,
      Function<SshKey, String> message) {
    Map<String, ParsedFile<SshKeyFile>> byPath = new HashMap<>();
    files.files().forEach(file -> byPath.put(file.source().path(), file));
    for (ParsedFile<SshKeyFile> file : files.files()) {
      SshKeyFile keys = file.model();
      if (keys.authorizedKeys()) {
        continue;
      }
      String path = file.source().path();
      ParsedFile<SshKeyFile> twin =
          path.endsWith(".pub") ? byPath.get(path.substring(0, path.length() - 4)) : null;
      for (SshKey key : keys.keys()) {
        if (keys.isSsh(key) && weak.test(key) && (twin == null || !reports(twin, key, weak))) {
          out.in(file.source()).report(key.position(), message.apply(key));
        }
      }
    }
  }

  // Whether the private key file reports the same key: same type and size, judged as SSH.
  private static boolean reports(
      ParsedFile<SshKeyFile> twin, SshKey publicKey, Predicate<SshKey> weak) {
    return twin.model().keys().stream()
        .anyMatch(
            key ->
                key.privateKey()
                    && key.type() == publicKey.type()
                    && key.bits().equals(publicKey.bits())
                    && twin.model().isSsh(key)
                    && weak.test(key));
  }
}
