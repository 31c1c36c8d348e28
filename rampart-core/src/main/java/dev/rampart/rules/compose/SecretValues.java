package dev.rampart.rules.compose;

import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.EnvVar;
import dev.rampart.format.compose.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The values a Compose file itself writes into services' {@code environment}: literals and the
 * defaults of {@code ${VAR:-default}}. A value from the {@code .env} file is that file's (the
 * settings rules judge it there), and a variable Compose takes from the shell, or a {@code ${VAR}}
 * without a default, holds nothing here: none of them is a secret written into this file.
 */
final class SecretValues {
  private SecretValues() {}

  /** One value, with its service. */
  record Value(Service service, EnvVar var, String value) {
    String label() {
      return Environments.label(var, service);
    }
  }

  static List<Value> of(ComposeFile file, Predicate<String> names) {
    List<Value> values = new ArrayList<>();
    for (Service service : file.services()) {
      for (EnvVar var : service.environment()) {
        if (names.test(var.name())) {
          var.inFile().ifPresent(value -> values.add(new Value(service, var, value)));
        }
      }
    }
    return values;
  }
}
