package dev.rampart.secrets;

/**
 * How a secret value is shown in any output: never in full. A long value keeps its first four
 * characters, which usually name its kind ({@code ghp_}, {@code AKIA}, {@code sk-l}), and every
 * value keeps its length, so a reader can tell two findings apart without seeing either secret.
 */
public final class Redaction {
  /** Values shorter than this show no characters at all: four of eight would give half away. */
  static final int MIN_LENGTH_TO_SHOW_PREFIX = 16;

  static final int PREFIX_LENGTH = 4;

  private Redaction() {}

  /** {@code ghp_… (40 chars)} for a long value, {@code … (8 chars)} for a short one. */
  public static String redact(String value) {
    int length = value.codePointCount(0, value.length());
    String shown =
        length >= MIN_LENGTH_TO_SHOW_PREFIX
            ? value.substring(0, value.offsetByCodePoints(0, PREFIX_LENGTH))
            : "";
    return shown + "… (" + length + (length == 1 ? " char)" : " chars)");
  }
}
