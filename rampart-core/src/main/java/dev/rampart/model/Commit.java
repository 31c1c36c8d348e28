package dev.rampart.model;

/**
 * The commit that introduced what a history finding reports.
 *
 * @param id the full commit id (40 hex digits)
 * @param date the committer date, ISO-8601 in UTC: {@code 2024-05-01T12:00:00Z}
 */
public record Commit(String id, String date) {
  /** The first seven digits of the id, as {@code git log --oneline} shows it. */
  public String shortId() {
    return id.length() > 7 ? id.substring(0, 7) : id;
  }

  /** The calendar day of {@link #date()}: {@code 2024-05-01}. */
  public String day() {
    return date.length() > 10 ? date.substring(0, 10) : date;
  }
}
