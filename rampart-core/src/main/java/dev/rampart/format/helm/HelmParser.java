package dev.rampart.format.helm;

import dev.rampart.check.Recognizer;
import dev.rampart.format.yaml.YamlDocument;
import dev.rampart.format.yaml.YamlNode;
import dev.rampart.format.yaml.YamlParser;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.Optional;

/**
 * Reads a {@code Chart.yaml} for the chart's name; any other file it is given is a template. A
 * {@code Chart.yaml} without a top-level {@code apiVersion} and {@code name} (one Helm would refuse
 * too) makes no chart, so the templates beside it are each reported as templates. YAML errors in a
 * chart's {@code Chart.yaml} are not reported: the chart is reported anyway, and {@code helm
 * template} names them.
 */
public final class HelmParser implements Parser<HelmFile> {
  private final YamlParser yaml = new YamlParser();

  @Override
  public Parsed<HelmFile> parse(SourceText source) {
    if (!Recognizer.fileName(source.path()).equals(HelmRecognizer.CHART_FILE)) {
      return Parsed.clean(new HelmFile.Template());
    }
    Optional<YamlNode> root =
        yaml.parse(source).model().documents().stream()
            .findFirst()
            .flatMap(YamlDocument::root)
            .filter(node -> node.asMapping().isPresent());
    Optional<String> name = root.flatMap(node -> text(node, "name"));
    if (root.flatMap(node -> text(node, "apiVersion")).isEmpty() || name.isEmpty()) {
      return Parsed.clean(new HelmFile.NotAChart());
    }
    return Parsed.clean(new HelmFile.Chart(name.get()));
  }

  private static Optional<String> text(YamlNode mapping, String key) {
    return mapping.get(key).flatMap(YamlNode::asText).map(String::strip).filter(s -> !s.isEmpty());
  }
}
