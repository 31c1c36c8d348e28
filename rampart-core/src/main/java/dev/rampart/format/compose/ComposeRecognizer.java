package dev.rampart.format.compose;

import dev.rampart.check.Recognizer;
import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlEntry;
import dev.rampart.format.yaml.YamlMapping;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.parse.SourceText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises Compose files: by name ({@code compose.yaml}, {@code docker-compose.yml}, {@code
 * docker-compose.prod.yaml} ...), or, for any other YAML file, by a top-level {@code services:}
 * mapping of services with Compose keys ({@code image}, {@code build} ...) and no top-level {@code
 * apiVersion} or {@code kind}, which would make it a Kubernetes manifest.
 */
public final class ComposeRecognizer implements Recognizer {
  private static final int SNIFF_CHARS = 8192;
  private static final Pattern NAMED = Pattern.compile("(?:docker-)?compose(?:\\.[^/]+)?\\.ya?ml");
  private static final Pattern SERVICES = Pattern.compile("(?m)^services[ \\t]*:");
  private static final Pattern KUBERNETES = Pattern.compile("(?m)^(?:apiVersion|kind)[ \\t]*:");

  /** Keys only a Compose service has, or has in this combination. */
  private static final Set<String> SERVICE_KEYS =
      Set.of(
          "image",
          "build",
          "command",
          "entrypoint",
          "environment",
          "env_file",
          "ports",
          "expose",
          "depends_on",
          "restart",
          "container_name",
          "healthcheck",
          "cap_add",
          "cap_drop",
          "security_opt",
          "privileged",
          "network_mode",
          "extends",
          "deploy");

  private final YamlParser yaml = new YamlParser();

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.MAYBE;
    }
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    if (NAMED.matcher(name).matches()) {
      return ByName.YES;
    }
    return name.endsWith(".yaml") || name.endsWith(".yml") ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    // Cheap text tests first: most YAML files have no top-level services at all.
    if (!SERVICES.matcher(head).find() || KUBERNETES.matcher(head).find()) {
      return false;
    }
    for (YamlDocument document :
        yaml.parse(new SourceText("-", text.toString())).model().documents()) {
      if (document
          .root()
          .flatMap(root -> root.get("services"))
          .flatMap(YamlNode::asMapping)
          .filter(ComposeRecognizer::hasComposeService)
          .isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasComposeService(YamlMapping services) {
    for (YamlEntry service : services.entries()) {
      if (service.value().asMapping().stream()
          .flatMap(node -> node.entries().stream())
          .flatMap(entry -> entry.name().stream())
          .anyMatch(SERVICE_KEYS::contains)) {
        return true;
      }
    }
    return false;
  }
}
