package dev.rampart.format.helm;

import dev.rampart.check.Recognizer;
import dev.rampart.format.kube.KubeRecognizer;
import java.util.Locale;

/**
 * Recognises what the Kubernetes rules cannot read as it is: a chart's {@code Chart.yaml}, by name,
 * and YAML files (or standard input) shaped like Kubernetes manifests with template actions where
 * YAML structure should be ({@link KubeRecognizer#looksLikeTemplate}).
 */
public final class HelmRecognizer implements Recognizer {
  /** The file that makes its directory a Helm chart; Helm accepts no other spelling. */
  public static final String CHART_FILE = "Chart.yaml";

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.MAYBE;
    }
    String name = Recognizer.fileName(relativePath);
    if (name.equals(CHART_FILE)) {
      return ByName.YES;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return KubeRecognizer.looksLikeTemplate(text);
  }
}
