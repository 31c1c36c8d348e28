package dev.rampart.report;

import dev.rampart.model.Finding;
import dev.rampart.model.HistoryStats;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.ScanStats;
import dev.rampart.model.Severity;
import dev.rampart.model.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Output for a person at a terminal: findings grouped by file, each with its fix, then errors and a
 * one-line summary. Findings keep the order the result gives them.
 */
public final class TextRenderer implements Renderer {
  private static final int SEVERITY_WIDTH = "CRITICAL".length();

  private final boolean colour;

  /**
   * Creates a renderer.
   *
   * @param colour whether to use ANSI colours; the caller decides (a TTY, no {@code NO_COLOR})
   */
  public TextRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    // Sections (one per file, then errors, then the summary) are separated by one blank line.
    List<String> sections = new ArrayList<>();
    byFile(result.findings()).forEach((path, findings) -> sections.add(file(path, findings)));
    if (!result.errors().isEmpty()) {
      sections.add(errors(result.errors()));
    }
    sections.add(summary(result) + "\n");
    out.write(String.join("\n", sections));
    out.flush();
  }

  private static Map<String, List<Finding>> byFile(List<Finding> findings) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : findings) {
      byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
    }
    return byFile;
  }

  private String file(String path, List<Finding> findings) {
    int positionWidth = findings.stream().mapToInt(f -> position(f).length()).max().orElse(0);
    String indent = " ".repeat(2 + positionWidth + 2);
    StringBuilder text = new StringBuilder();
    text.append(style(Ansi.BOLD, safe(path))).append('\n');
    for (Finding f : findings) {
      String severity = f.severity().name();
      text.append("  ")
          .append(pad(position(f), positionWidth))
          .append("  ")
          .append(style(severityStyle(f.severity()), severity))
          .append(" ".repeat(SEVERITY_WIDTH - severity.length()))
          .append("  ")
          .append(safe(f.ruleId()))
          .append("  ")
          .append(safe(f.message()))
          .append('\n');
      if (present(f.object())) {
        text.append(indent).append("in ").append(safe(f.object())).append('\n');
      }
      if (f.inHistory()) {
        text.append(indent)
            .append("in commit ")
            .append(safe(f.commit().shortId()))
            .append(" (")
            .append(safe(f.commit().day()))
            .append(")\n");
      }
      if (present(f.remediation())) {
        text.append(indent).append("-> ").append(safe(f.remediation())).append('\n');
      }
    }
    return text.toString();
  }

  private String errors(List<ScanError> errors) {
    StringBuilder text = new StringBuilder();
    text.append(style(Ansi.BOLD, "Errors")).append('\n');
    for (ScanError e : errors) {
      text.append("  ").append(style(Ansi.BOLD, safe(e.path())));
      if (e.line() > 0) {
        text.append(':').append(e.line());
      }
      text.append(": ").append(safe(e.message())).append('\n');
    }
    return text.toString();
  }

  /**
   * For example {@code 3 findings (1 high, 2 low) in 14 files; 2 files skipped (1 binary, 1 too
   * large); 1 error.}, or {@code No findings in 14 files; no files skipped; no errors.}
   */
  static String summary(ScanResult result) {
    Summary summary = result.summary();
    StringBuilder line = new StringBuilder();
    if (summary.total() == 0) {
      line.append("No findings");
    } else {
      line.append(count(summary.total(), "finding")).append(" (");
      List<String> parts = new ArrayList<>();
      for (Severity severity : Severity.values()) {
        if (summary.count(severity) > 0) {
          parts.add(summary.count(severity) + " " + severity.label());
        }
      }
      line.append(String.join(", ", parts)).append(')');
    }
    ScanStats stats = result.stats();
    if (stats != null) {
      line.append(" in ").append(count(stats.filesChecked(), "file"));
      long skipped = stats.skipped().values().stream().mapToLong(Long::longValue).sum();
      if (skipped == 0) {
        line.append("; no files skipped");
      } else {
        line.append("; ")
            .append(count(skipped, "file"))
            .append(" skipped (")
            .append(reasons(stats.skipped()))
            .append(')');
      }
    }
    if (stats != null && stats.history() != null) {
      line.append("; ").append(history(stats.history()));
    }
    line.append("; ")
        .append(result.errors().isEmpty() ? "no errors" : count(result.errors().size(), "error"));
    if (!result.suppressed().isEmpty()) {
      line.append("; ").append(result.suppressed().size()).append(" suppressed");
    }
    if (result.baselined() > 0) {
      line.append("; ").append(count(result.baselined(), "finding")).append(" baselined");
    }
    return line.append('.').toString();
  }

  /** {@code history of HEAD: 120 commits, 340 blobs checked, 2 skipped (1 binary, 1 too large)}. */
  private static String history(HistoryStats history) {
    StringBuilder text =
        new StringBuilder("history of ")
            .append(safe(history.refs()))
            .append(": ")
            .append(count(history.commits(), "commit"))
            .append(", ")
            .append(count(history.blobsChecked(), "blob"))
            .append(" checked");
    long skipped = history.skipped().values().stream().mapToLong(Long::longValue).sum();
    if (skipped > 0) {
      text.append(", ").append(skipped).append(" skipped (").append(reasons(history.skipped()));
      text.append(')');
    }
    if (history.shallow()) {
      text.append(", shallow clone: older commits are not in it");
    }
    return text.toString();
  }

  /** {@code 1 binary, 1 too large}. */
  private static String reasons(Map<String, Long> skipped) {
    List<String> reasons = new ArrayList<>();
    new TreeMap<>(skipped).forEach((reason, n) -> reasons.add(n + " " + reason));
    return safe(String.join(", ", reasons));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String position(Finding f) {
    return f.line() + ":" + f.column();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private String style(String code, String s) {
    return colour ? code + s + Ansi.RESET : s;
  }

  private static String severityStyle(Severity severity) {
    return switch (severity) {
      case CRITICAL -> Ansi.BOLD_RED;
      case HIGH -> Ansi.RED;
      case MEDIUM -> Ansi.YELLOW;
      case LOW -> Ansi.CYAN;
      case INFO -> Ansi.DIM;
    };
  }

  /**
   * Paths, messages and object names come from the scanned files; a control character in them must
   * not reach the terminal, where it could rewrite what the user sees.
   */
  static String safe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder clean = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (clean == null) {
          clean = new StringBuilder(s.length()).append(s, 0, i);
        }
        clean.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (clean != null) {
        clean.append(c);
      }
    }
    return clean == null ? s : clean.toString();
  }

  private static final class Ansi {
    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    static final String DIM = "\u001b[2m";
    static final String RED = "\u001b[31m";
    static final String BOLD_RED = "\u001b[1;31m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";

    private Ansi() {}
  }
}
