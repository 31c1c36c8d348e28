package dev.rampart.format.compose;

import dev.rampart.format.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A Compose file: its services in order, and the top-level {@code secrets}, {@code volumes} and
 * {@code networks} they refer to. Extension fields ({@code x-*}) are not part of the model; what
 * services take from them through anchors and merge keys is already in the services.
 *
 * @param path the file's path relative to the scanned root, which says the environment it is for
 *     ({@code docker-compose.prod.yml})
 */
public record ComposeFile(
    String path,
    List<Service> services,
    Optional<YamlMapping> secrets,
    Optional<YamlMapping> volumes,
    Optional<YamlMapping> networks) {

  public ComposeFile {
    services = List.copyOf(services);
  }
}
