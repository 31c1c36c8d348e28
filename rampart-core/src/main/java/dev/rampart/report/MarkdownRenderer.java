package dev.rampart.report;

import dev.rampart.model.Finding;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.ScanError;
import dev.rampart.model.ScanResult;
import dev.rampart.model.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan report for a pull-request comment or a CI step summary: the summary line, the errors, a
 * table of findings in the result's order, how to fix each rule once, and the suppressed findings.
 * Everything taken from the scanned files is escaped. The page stays under GitHub's comment limit
 * of 65,536 characters: rows that do not fit are counted in a line saying how many are not shown.
 */
public final class MarkdownRenderer implements Renderer {
  /** Room left under GitHub's 65,536 for the closing notes and tags, which are always written. */
  static final int LIMIT = 64_000;

  private final int limit;

  public MarkdownRenderer() {
    this(LIMIT);
  }

  /** A renderer whose page stops taking rows at {@code limit} characters, for tests. */
  MarkdownRenderer(int limit) {
    this.limit = limit;
  }

  @Override
  public void render(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    Page page = new Page(limit);
    page.always("## Rampart scan\n\n");
    page.always("**" + Markdown.text(TextRenderer.summary(result)) + "**\n");

    if (!result.errors().isEmpty()) {
      page.always("\n### Errors\n\nThese could not be checked, so the scan is not complete:\n\n");
      page.always("| Location | Error |\n|---|---|\n");
      int shown = 0;
      for (ScanError e : result.errors()) {
        String where = e.line() > 0 ? e.path() + ":" + e.line() : e.path();
        if (!page.fits(row(where, e.message()))) {
          break;
        }
        shown++;
      }
      page.notShown(result.errors().size() - shown, "error");
    }

    Map<String, Finding> fixes = new LinkedHashMap<>();
    if (!result.findings().isEmpty()) {
      page.always("\n### Findings\n\n");
      page.always("| Severity | Rule | Location | Message | Controls |\n|---|---|---|---|---|\n");
      int shown = 0;
      for (Finding f : result.findings()) {
        String location = f.path() + ":" + f.line();
        String message = f.message();
        if (f.inHistory()) {
          message += " (in commit " + f.commit().shortId() + ")";
        }
        String row =
            row(
                f.severity().label(),
                f.ruleId(),
                location,
                message,
                String.join(", ", f.controls()));
        if (!page.fits(row)) {
          break;
        }
        fixes.putIfAbsent(f.ruleId(), f);
        shown++;
      }
      page.notShown(result.findings().size() - shown, "finding");
    }

    if (!fixes.isEmpty()) {
      page.always("\n<details>\n<summary>How to fix</summary>\n\n");
      int shown = 0;
      for (Finding f : fixes.values()) {
        String item =
            "- **"
                + Markdown.text(f.ruleId())
                + "** "
                + Markdown.text(f.title())
                + ": "
                + Markdown.cell(f.remediation())
                + "\n";
        if (!page.fits(item)) {
          break;
        }
        shown++;
      }
      page.notShown(fixes.size() - shown, "rule");
      page.always("\n</details>\n");
    }

    if (!result.suppressed().isEmpty()) {
      page.always("\n<details>\n<summary>Suppressed</summary>\n\n");
      page.always("| Rule | Location | Reason | Until |\n|---|---|---|---|\n");
      int shown = 0;
      for (Suppression s : result.suppressed()) {
        String until = s.until() == null ? "" : s.until();
        if (!page.fits(row(s.ruleId(), s.path() + ":" + s.line(), s.reason(), until))) {
          break;
        }
        shown++;
      }
      page.notShown(result.suppressed().size() - shown, "suppressed finding");
      page.always("\n</details>\n");
    }

    out.write(page.toString());
    out.flush();
  }

  /** A table row of escaped cells. */
  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(Markdown.text(cell)).append(" |");
    }
    return row.append('\n').toString();
  }

  /** The page being written, which takes rows only while they fit under its limit. */
  private static final class Page {
    private final StringBuilder md = new StringBuilder();
    private final int limit;
    private boolean full;

    Page(int limit) {
      this.limit = limit;
    }

    void always(String text) {
      md.append(text);
    }

    /** Appends {@code text} if it fits; once something did not, nothing more is taken. */
    boolean fits(String text) {
      if (full || md.length() + text.length() > limit) {
        full = true;
        return false;
      }
      md.append(text);
      return true;
    }

    void notShown(int n, String noun) {
      if (n > 0) {
        md.append("\n_")
            .append(n)
            .append(n == 1 ? " more " + noun : " more " + noun + "s")
            .append(" not shown: the page would exceed GitHub's comment limit. The JSON or SARIF")
            .append(" report has them all._\n");
      }
    }

    @Override
    public String toString() {
      return md.toString();
    }
  }
}
