package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each interpolated scalar of a Compose file got its value. A scalar with no {@code $} in it
 * is {@link Origin#WRITTEN}, and is not recorded. Read through {@link Service#origin}.
 */
public final class Origins {
  private final Map<YamlNode, Origin> origins =
      Collections.synchronizedMap(new IdentityHashMap<>());

  Origins() {}

  void put(YamlNode node, Origin origin) {
    origins.put(node, origin);
  }

  Origin of(YamlNode node) {
    return origins.getOrDefault(node, Origin.WRITTEN);
  }
}
