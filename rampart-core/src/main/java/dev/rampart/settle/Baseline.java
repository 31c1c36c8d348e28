package dev.rampart.settle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.model.Finding;
import dev.rampart.model.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has accepted for now: a scan with a baseline reports only the findings whose
 * fingerprint it does not hold.
 *
 * <p>The file is JSON meant to be reviewed and diffed: a header, then one finding per line, sorted
 * by path, rule, object and fingerprint. It holds no messages, so no redacted secret either.
 *
 * @param tool the Rampart that wrote it, such as {@code rampart 0.1.0}
 * @param created when, in UTC to the second
 */
public record Baseline(String tool, Instant created, List<Entry> entries) {
  /** The format version this Rampart writes and reads. */
  public static final int VERSION = 1;

  /** The default file, relative to the scanned directory. */
  public static final Path DEFAULT_PATH = Path.of(".rampart", "baseline.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::path)
          .thenComparing(Entry::ruleId)
          .thenComparing(Entry::object)
          .thenComparing(Entry::fingerprint);

  /** One accepted finding. */
  public record Entry(String fingerprint, String ruleId, String path, String object) {}

  /** A baseline file that cannot be applied: corrupted, not a baseline, or from a newer Rampart. */
  public static final class UnusableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableException(String message) {
      super(message);
    }
  }

  public Baseline {
    entries = entries.stream().sorted(ORDER).toList();
  }

  /** The baseline of every finding of {@code result}. */
  public static Baseline of(ScanResult result, Instant created) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : result.findings()) {
      entries.add(new Entry(f.fingerprint(), f.ruleId(), f.path(), f.object()));
    }
    return new Baseline(
        "rampart " + result.toolVersion(), created.truncatedTo(ChronoUnit.SECONDS), entries);
  }

  /** {@code result} without the findings this baseline holds, counted as baselined. */
  public ScanResult apply(ScanResult result) {
    Set<String> accepted = new HashSet<>();
    entries.forEach(e -> accepted.add(e.fingerprint()));
    List<Finding> kept =
        result.findings().stream().filter(f -> !accepted.contains(f.fingerprint())).toList();
    return result.withBaselined(kept, result.findings().size() - kept.size());
  }

  /**
   * How many of this baseline's entries match no finding of {@code result} (taken before {@link
   * #apply}): fixed or changed since, or outside what this scan ran.
   */
  public int unmatched(ScanResult result) {
    Set<String> found = new HashSet<>();
    result.findings().forEach(f -> found.add(f.fingerprint()));
    return (int) entries.stream().filter(e -> !found.contains(e.fingerprint())).count();
  }

  /** The file's text: a header and one finding per line, ending in a newline. */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"version\": ").append(VERSION).append(",\n");
    out.append("  \"tool\": ").append(quoted(tool)).append(",\n");
    out.append("  \"created\": ").append(quoted(created.toString())).append(",\n");
    out.append("  \"findings\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      ObjectNode node = MAPPER.createObjectNode();
      node.put("fingerprint", e.fingerprint());
      node.put("ruleId", e.ruleId());
      node.put("path", e.path());
      node.put("object", e.object());
      out.append(i == 0 ? "\n    " : ",\n    ").append(node);
    }
    out.append(entries.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    return out.toString();
  }

  /** Writes the file, creating its parent directories. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException when it cannot be read (missing, a directory, no permission)
   * @throws UnusableException when it is not a baseline this Rampart can apply
   */
  public static Baseline read(Path file) throws IOException, UnusableException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses a baseline's text; see {@link #read}. */
  public static Baseline parse(String text) throws UnusableException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UnusableException("is not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new UnusableException("is not a baseline: expected a JSON object");
    }
    JsonNode version = root.path("version");
    if (!version.isInt() || version.asInt() < 1) {
      throw new UnusableException("is not a baseline: \"version\" must be a positive integer");
    }
    if (version.asInt() > VERSION) {
      throw new UnusableException(
          "has version "
              + version.asInt()
              + ", written by a newer Rampart; this one reads version "
              + VERSION);
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw new UnusableException("is not a baseline: \"findings\" must be a list");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode f : findings) {
      String fingerprint = f.path("fingerprint").asText("");
      if (!f.isObject() || !f.path("fingerprint").isTextual() || fingerprint.isEmpty()) {
        throw new UnusableException(
            "is not a baseline: finding " + (entries.size() + 1) + " has no \"fingerprint\"");
      }
      entries.add(
          new Entry(
              fingerprint,
              f.path("ruleId").asText(""),
              f.path("path").asText(""),
              f.path("object").asText("")));
    }
    Instant created;
    try {
      created = Instant.parse(root.path("created").asText(""));
    } catch (DateTimeParseException e) {
      created = Instant.EPOCH;
    }
    return new Baseline(root.path("tool").asText(""), created, entries);
  }

  private static String quoted(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string is always JSON", e);
    }
  }
}
