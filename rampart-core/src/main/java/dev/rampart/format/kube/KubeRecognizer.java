package dev.rampart.format.kube;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises Kubernetes manifests: YAML files ({@code *.yaml}, {@code *.yml}, or standard input)
 * whose first few kilobytes have a top-level {@code apiVersion:} and {@code kind:}. A Helm or other
 * template ({@code {{ ... }}}) is not a manifest until it is rendered, so it is left alone.
 */
public final class KubeRecognizer implements Recognizer {
  private static final int SNIFF_CHARS = 8192;
  private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion[ \\t]*:");
  private static final Pattern KIND = Pattern.compile("(?m)^kind[ \\t]*:");

  @Override
  public ByName byName(String relativePath) {
    if (relativePath.equals("-")) {
      return ByName.MAYBE;
    }
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    return API_VERSION.matcher(head).find()
        && KIND.matcher(head).find()
        && head.toString().indexOf("{{") < 0;
  }
}
