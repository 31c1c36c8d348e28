package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-020",
    title = "Local files are copied with COPY, not ADD",
    severity = Severity.LOW,
    controls = "image.safe-build-instructions",
    aliases = {"hadolint:DL3020", "checkov:CKV_DOCKER_4", "trivy:AVD-DS-0005", "cis-docker:4.9"},
    profiles = "cis-docker",
    rationale =
        "ADD does more than copy: it unpacks archives and fetches URLs. Used for plain files it"
            + " hides that behaviour from reviewers, and a file that later becomes an archive (or"
            + " is replaced by one) is silently extracted into the image.",
    remediation =
        "Write `COPY` for local files and folders. Keep ADD only where its extra behaviour is"
            + " meant: unpacking a local tar archive, or fetching a URL or git repository with"
            + " `--checksum`.",
    references = {
      "https://docs.docker.com/build/building/best-practices/#add-or-copy",
      "https://github.com/hadolint/hadolint/wiki/DL3020"
    })
public final class CopyInsteadOfAdd implements Check<Dockerfile> {
  // What ADD extracts: tar, optionally compressed (gzip, bzip2, xz, zstd, lzma, compress).
  private static final Pattern ARCHIVE =
      Pattern.compile(
          ".*\\.(?:tar|gz|tgz|bz2|tbz|tbz2|tb2|xz|txz|zst|tzst|lz|tlz|lzma|z|tz|tpz)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REMOTE =
      Pattern.compile("(?:https?|git|ssh)://.*|git@[^:]+:.*", Pattern.CASE_INSENSITIVE);

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        Instruction add = instruction.effective();
        if (add.is("ADD")) {
          firstPlainFile(CopySources.of(add))
              .ifPresent(
                  source ->
                      out.report(
                          instruction.position(),
                          stage.label(),
                          "ADD copies the local "
                              + source
                              + ", which is neither a tar archive to unpack nor a URL to fetch."));
        }
      }
    }
  }

  private static Optional<String> firstPlainFile(List<String> sources) {
    return sources.stream().filter(source -> !isLegitimateAddSource(source)).findFirst();
  }

  private static boolean isLegitimateAddSource(String source) {
    // A here-document is neither fetched nor unpacked, so ADD behaves exactly like COPY for it.
    return CopySources.isHeredoc(source)
        || REMOTE.matcher(source).matches()
        || ARCHIVE.matcher(source.toLowerCase(Locale.ROOT)).matches()
        || source.contains("$");
  }
}
