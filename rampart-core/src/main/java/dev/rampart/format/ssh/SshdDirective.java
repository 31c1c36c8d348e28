package dev.rampart.format.ssh;

import dev.rampart.model.Position;
import java.util.List;
import java.util.Locale;

/**
 * One line of an sshd_config: a keyword and its arguments, quotes removed.
 *
 * @param keyword the keyword in lower case, aliases resolved ({@code
 *     challengeresponseauthentication} is {@code kbdinteractiveauthentication})
 * @param written the keyword as the file spells it
 * @param args its arguments
 * @param position where the keyword starts
 */
public record SshdDirective(String keyword, String written, List<String> args, Position position) {

  public SshdDirective {
    args = List.copyOf(args);
  }

  /** The first argument in lower case, or empty when there is none. */
  public String value() {
    return args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
  }

  /** The directive as written, for messages: {@code PasswordAuthentication yes}. */
  public String shown() {
    return written + (args.isEmpty() ? "" : " " + String.join(" ", args));
  }

  public boolean isMatch() {
    return keyword.equals("match");
  }

  /** A {@code Match all}, which applies to every connection. */
  public boolean matchesAll() {
    return isMatch() && args.size() == 1 && args.get(0).equalsIgnoreCase("all");
  }
}
