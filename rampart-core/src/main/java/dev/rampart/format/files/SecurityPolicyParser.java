package dev.rampart.format.files;

import dev.rampart.check.Recognizer;
import dev.rampart.model.Position;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code SECURITY.md} (where GitHub looks for one) for the ways it offers to report a
 * vulnerability. Any text is a policy: Markdown structure does not matter, only what it names.
 */
public final class SecurityPolicyParser implements Recognizer, Parser<SecurityPolicy> {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

  // Documentation domains (RFC 2606) stand for an address the template's user never filled in.
  private static final Pattern PLACEHOLDER_DOMAIN =
      Pattern.compile("(?:.*\\.)?example\\.(?:com|org|net)|example|domain\\.com|yourdomain\\..*");

  private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"'`]+");

  private static final Pattern PUBLIC_TRACKER =
      Pattern.compile("/(?:issues|discussions|pulls)(?:[/?#]|$)", Pattern.CASE_INSENSITIVE);

  private static final Pattern SECURITY_URL =
      Pattern.compile(
          "security|vulnerab|disclos|advisor|bounty|hackerone|bugcrowd|intigriti|yeswehack|huntr",
          Pattern.CASE_INSENSITIVE);

  // GitHub's private vulnerability reporting, named in words rather than linked. ("report a
  // vulnerability" alone is not enough: GitHub's unfilled template says it.)
  private static final Pattern ADVISORY_WORDS =
      Pattern.compile(
          "private(?:ly)? vulnerability report|security advisor(?:y|ies)|security/advisories"
              + "|security\\s*>\\s*advisories",
          Pattern.CASE_INSENSITIVE);

  @Override
  public ByName byName(String relativePath) {
    return RepositoryFiles.isSecurityPolicy(relativePath) ? ByName.YES : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return false;
  }

  @Override
  public Parsed<SecurityPolicy> parse(SourceText source) {
    List<SecurityPolicy.Channel> channels = new ArrayList<>();
    Optional<Position> publicTracker = Optional.empty();
    String text = source.text();
    Matcher email = EMAIL.matcher(text);
    while (email.find()) {
      if (!PLACEHOLDER_DOMAIN.matcher(email.group(1).toLowerCase(Locale.ROOT)).matches()) {
        channels.add(new SecurityPolicy.Channel("e-mail", source.positionOf(email.start())));
      }
    }
    Matcher url = URL.matcher(text);
    while (url.find()) {
      String link = url.group();
      if (PUBLIC_TRACKER.matcher(link).find()) {
        if (publicTracker.isEmpty()) {
          publicTracker = Optional.of(source.positionOf(url.start()));
        }
      } else if (SECURITY_URL.matcher(link).find()) {
        channels.add(new SecurityPolicy.Channel("link", source.positionOf(url.start())));
      }
    }
    Matcher words = ADVISORY_WORDS.matcher(text);
    if (words.find()) {
      channels.add(
          new SecurityPolicy.Channel(
              "private vulnerability reporting", source.positionOf(words.start())));
    }
    return Parsed.clean(new SecurityPolicy(channels, publicTracker));
  }
}
