package dev.rampart.rules.compose;

import dev.rampart.format.compose.Service;
import dev.rampart.format.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code security_opt} items of a service, read as Docker reads them: {@code name:value} or
 * {@code name=value} (the older and the current separator), or a bare {@code name}.
 *
 * @param node the item, for its position
 */
record SecurityOptions(YamlNode node, String name, Optional<String> value) {

  static List<SecurityOptions> of(Service service) {
    return service.items("security_opt").stream()
        .flatMap(
            item ->
                item.asText().stream()
                    .map(
                        text -> {
                          String option = text.strip();
                          int colon = option.indexOf(':');
                          int equals = option.indexOf('=');
                          int at =
                              colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
                          return at < 0
                              ? new SecurityOptions(
                                  item, option.toLowerCase(Locale.ROOT), Optional.empty())
                              : new SecurityOptions(
                                  item,
                                  option.substring(0, at).strip().toLowerCase(Locale.ROOT),
                                  Optional.of(option.substring(at + 1).strip()));
                        }))
        .toList();
  }

  /** True for {@code name:value} or {@code name=value}, the value in any case. */
  boolean is(String optionName, String optionValue) {
    return name.equals(optionName) && value.filter(optionValue::equalsIgnoreCase).isPresent();
  }
}
