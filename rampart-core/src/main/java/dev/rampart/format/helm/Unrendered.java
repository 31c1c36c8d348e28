package dev.rampart.format.helm;

import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.check.ScanProblems;
import dev.rampart.model.ScanError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports, once every file is in, what must be rendered before the Kubernetes rules can read it:
 * each Helm chart once (a chart inside another, such as a dependency under {@code charts/}, is
 * rendered with it), never its files one by one; and each template outside any chart. Which files
 * lie in a chart is known only when every {@code Chart.yaml} of the scan is, in whatever order the
 * walk found them, so this runs at the end of the scan.
 */
public final class Unrendered implements ScanProblems<HelmFile> {
  // A name `helm template` takes as a release: lower-case DNS label, at most 53 characters.
  private static final Pattern RELEASE = Pattern.compile("[a-z0-9](?:[-a-z0-9]{0,51}[a-z0-9])?");

  /** The message for a template outside any chart. */
  public static final String TEMPLATE =
      "looks like a template (contains {{ }}): render it and pipe it to rampart scan -";

  @Override
  public List<ScanError> of(ParsedFiles<HelmFile> files) {
    List<String> charts = new ArrayList<>();
    for (ParsedFile<HelmFile> file : files.files()) {
      if (file.model() instanceof HelmFile.Chart) {
        charts.add(directory(file.source().path()));
      }
    }
    List<ScanError> errors = new ArrayList<>();
    for (ParsedFile<HelmFile> file : files.files()) {
      String path = file.source().path();
      if (file.model() instanceof HelmFile.Chart chart) {
        String dir = directory(path);
        if (charts.stream().noneMatch(outer -> !outer.equals(dir) && contains(outer, dir))) {
          errors.add(ScanError.ofFile(path, notScanned(chart.name(), dir)));
        }
      } else if (file.model() instanceof HelmFile.Template
          && charts.stream().noneMatch(dir -> contains(dir, path))) {
        errors.add(ScanError.ofFile(path, TEMPLATE));
      }
    }
    return errors;
  }

  private static String notScanned(String name, String dir) {
    String release = RELEASE.matcher(name).matches() ? name : "RELEASE";
    return String.format(
        "Helm chart \"%s\" not scanned: its templates must be rendered first:"
            + " helm template %s %s | rampart scan -",
        name, release, dir.isEmpty() ? "." : dir);
  }

  /** The directory of a relative path, {@code ""} for the scanned root. */
  private static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static boolean contains(String dir, String path) {
    return dir.isEmpty() || path.startsWith(dir + "/");
  }
}
