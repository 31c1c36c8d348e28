package dev.rampart.check;

import dev.rampart.model.Finding;
import dev.rampart.model.Position;
import dev.rampart.model.RuleInfo;
import dev.rampart.model.Suppression;
import dev.rampart.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a rule reports what it found. One sink serves one rule on one file; it adds the rule's
 * metadata, the path and a fingerprint to each report, so a rule only says where and what.
 */
public final class Findings {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  // The parts of an object's label that say where it is rather than what it is: the ordinal of an
  // unnamed Dockerfile stage or fly.toml service ("stage 2 (FROM ...)") and a line ("server at
  // line 12"). Left in the fingerprint, they would make a finding new when objects are reordered
  // or lines move.
  private static final Pattern POSITIONAL =
      Pattern.compile("(?<=\\b(?:stage|service) )\\d+ (?=\\()|\\s+at line \\d+");

  private final RuleInfo rule;
  private final SourceText source;
  private final List<Finding> collected;
  private final List<Suppression> suppressed;
  private final Map<String, Integer> occurrences;

  public Findings(RuleInfo rule, SourceText source) {
    this(rule, source, new ArrayList<>(), new ArrayList<>(), new HashMap<>());
  }

  private Findings(
      RuleInfo rule,
      SourceText source,
      List<Finding> collected,
      List<Suppression> suppressed,
      Map<String, Integer> occurrences) {
    this.rule = rule;
    this.source = source;
    this.collected = collected;
    this.suppressed = suppressed;
    this.occurrences = occurrences;
  }

  /**
   * The same sink, reporting in {@code other}: how a scan-wide rule (see {@link ParsedFiles})
   * reports in the file where the problem is.
   */
  public Findings in(SourceText other) {
    return new Findings(rule, other, collected, suppressed, occurrences);
  }

  /** Reports a violation at {@code at}. */
  public void report(Position at, String message) {
    report(at, "", message);
  }

  /** Reports a violation of {@code object} (a stage, a container, a service) at {@code at}. */
  public void report(Position at, String object, String message) {
    add(at, object, message, normalise(source.line(at.line())));
  }

  /**
   * Reports a violation whose identity is not its line but {@code identity}, for example a hash of
   * a secret, so that it keeps its fingerprint wherever the line moves. The identity must never be
   * the secret itself.
   */
  public void reportWithIdentity(Position at, String object, String message, String identity) {
    add(at, object, message, identity);
  }

  private void add(Position at, String object, String message, String identity) {
    String key = rule.id() + '\0' + source.path() + '\0' + objectIdentity(object) + '\0' + identity;
    int occurrence = occurrences.merge(key, 1, Integer::sum);
    collected.add(
        new Finding(
            rule.id(),
            rule.title(),
            rule.severity(),
            rule.controls(),
            rule.aliases(),
            source.path(),
            at.line(),
            at.column(),
            object,
            message,
            rule.remediation(),
            sha256(key + '\0' + occurrence)));
  }

  /**
   * Records a violation at {@code at} that an inline comment accepts for {@code reason}: it stays
   * out of the findings and the exit code, but audits see it.
   */
  public void suppress(Position at, String reason) {
    suppressed.add(new Suppression(rule.id(), source.path(), at.line(), reason, ""));
  }

  public List<Suppression> suppressed() {
    return List.copyOf(suppressed);
  }

  public List<Finding> collected() {
    return List.copyOf(collected);
  }

  /** {@code label} without what says where the object is, for fingerprints. */
  static String objectIdentity(String label) {
    return POSITIONAL.matcher(label).replaceAll("");
  }

  // Whitespace changes inside a line should not make a finding new again.
  private static String normalise(String line) {
    return WHITESPACE.matcher(line.strip()).replaceAll(" ");
  }

  /** The first 128 bits of the SHA-256 of {@code text}, in hex: a fingerprint. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
