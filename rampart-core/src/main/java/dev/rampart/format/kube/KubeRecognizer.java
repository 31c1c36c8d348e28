package dev.rampart.format.kube;

import dev.rampart.check.Recognizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises Kubernetes manifests: YAML files ({@code *.yaml}, {@code *.yml}, or standard input)
 * whose first few kilobytes have a top-level {@code apiVersion:} and {@code kind:}. A Helm or other
 * template, with template actions ({@code {{ ... }}}) where YAML structure should be, is not a
 * manifest until it is rendered: it is left to {@code format/helm}, which reports it.
 */
public final class KubeRecognizer implements Recognizer {
  private static final int SNIFF_CHARS = 8192;
  private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion[ \\t]*:");
  private static final Pattern KIND = Pattern.compile("(?m)^kind[ \\t]*:");
  // A block scalar's header closing a line: `key: |`, `- >-`, `key: |2  # comment`.
  private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][-+0-9]*[ \\t]*(?:#.*)?");

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
    return hasApiVersionAndKind(text) && !hasTemplateActions(text);
  }

  /** True for text shaped like a Kubernetes manifest that is a template to render first. */
  public static boolean looksLikeTemplate(CharSequence text) {
    return hasApiVersionAndKind(text) && hasTemplateActions(text);
  }

  private static boolean hasApiVersionAndKind(CharSequence text) {
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    return API_VERSION.matcher(head).find() && KIND.matcher(head).find();
  }

  /**
   * True when a template action ({@code {{ ... }}}) stands where YAML structure should be: first on
   * a line, or first in a mapping value or a sequence item ({@code name: {{ .Release.Name }}}).
   * Inside a quoted or plain string, a block scalar or a comment it is text, such as the alerting
   * templates a ConfigMap carries, and the manifest is read as it is.
   */
  static boolean hasTemplateActions(CharSequence text) {
    String s = text.toString();
    if (s.indexOf("{{") < 0) {
      return false;
    }
    int blockIndent = -1; // a block scalar's lines are indented past this column
    for (int start = 0; start <= s.length(); ) {
      int end = s.indexOf('\n', start);
      end = end < 0 ? s.length() : end;
      int at = skipBlanks(s, start, end);
      boolean inBlock = blockIndent >= 0 && at - start > blockIndent;
      if (at < end && !inBlock) {
        blockIndent = -1;
        int node = at;
        int dash = -1;
        while (node < end && s.charAt(node) == '-' && (node + 1 == end || isBlank(s, node + 1))) {
          dash = node;
          node = skipBlanks(s, node + 1, end);
        }
        String rest = s.substring(node, end).strip();
        int colon = rest.startsWith("#") ? -1 : valueColon(rest);
        String value = colon < 0 ? rest : rest.substring(colon + 1).strip();
        if (value.startsWith("{{") || rest.startsWith("{{")) {
          return true;
        }
        if (BLOCK_SCALAR.matcher(value).matches()) {
          // Its lines are indented past its key, or past the dash of the item it is.
          blockIndent = (colon >= 0 ? node : dash >= 0 ? dash : at) - start;
        }
      }
      start = end + 1;
    }
    return false;
  }

  private static int skipBlanks(String s, int from, int end) {
    int at = from;
    while (at < end && isBlank(s, at)) {
      at++;
    }
    return at;
  }

  private static boolean isBlank(String s, int at) {
    return s.charAt(at) == ' ' || s.charAt(at) == '\t';
  }

  /** Where a mapping entry's key ends ({@code key: value}), or -1 when the node is no entry. */
  private static int valueColon(String node) {
    int from = 0;
    if (node.startsWith("\"") || node.startsWith("'")) {
      from = node.indexOf(node.charAt(0), 1) + 1;
      if (from == 0) {
        return -1;
      }
    }
    for (int i = node.indexOf(':', from); i >= 0; i = node.indexOf(':', i + 1)) {
      if (i + 1 == node.length() || node.charAt(i + 1) == ' ' || node.charAt(i + 1) == '\t') {
        return i;
      }
    }
    return -1;
  }
}
