package dev.rampart.containers;

import java.util.List;
import java.util.Optional;

/**
 * Whether a Redis or Valkey server's command line turns on the append-only file, for the rules of
 * every format that starts one.
 */
public final class RedisCommandLine {
  private RedisCommandLine() {}

  /**
   * Why a server started with {@code words} (its command and arguments, split at white space, an
   * empty argument kept as an empty word) writes no append-only file, as a phrase such as {@code
   * without --appendonly yes}; empty when it does, or may: a configuration file named on the
   * command line (which the scan cannot see), or {@code --save ""}, a cache by declaration.
   */
  public static Optional<String> withoutAppendOnly(List<String> words) {
    Optional<String> appendonly = option(words, "--appendonly");
    if (appendonly.filter("yes"::equals).isPresent()) {
      return Optional.empty();
    }
    if (appendonly.isPresent()) {
      return Optional.of("with --appendonly " + appendonly.get());
    }
    boolean config = words.stream().anyMatch(word -> word.endsWith(".conf"));
    boolean noSnapshots = option(words, "--save").filter(String::isEmpty).isPresent();
    if (config || noSnapshots) {
      return Optional.empty();
    }
    return Optional.of(
        words.isEmpty()
            ? "with the image's default configuration, without AOF"
            : "without --appendonly yes");
  }

  /** The value after {@code option}, or of {@code option=value}, the last one given. */
  private static Optional<String> option(List<String> words, String option) {
    Optional<String> value = Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals(option)) {
        value = Optional.of(i + 1 < words.size() ? strip(words.get(i + 1)) : "");
      } else if (word.startsWith(option + "=")) {
        value = Optional.of(strip(word.substring(option.length() + 1)));
      }
    }
    return value;
  }

  // A quoted value in a shell script: "yes", 'yes', "" and '' as the server reads them.
  private static String strip(String value) {
    return value.replace("\"", "").replace("'", "");
  }
}
