package dev.rampart.format.ssh;

import dev.rampart.check.ParsedFile;
import dev.rampart.check.ParsedFiles;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What one sshd reads: a main sshd_config with the files of the scan its {@code Include} lines
 * name, in sshd's order, or a drop-in that no main file of the scan includes, alone. The values in
 * effect are sshd's: the first value of a keyword wins; for a connection that a {@code Match} block
 * matches, the first value in the matching blocks wins over the global one.
 *
 * @param root the main file (or the lone drop-in)
 * @param entries every directive, includes expanded, with the {@code Match} block it is in
 * @param withDefaults whether a keyword set nowhere takes sshd's default: true for a main file,
 *     false for a lone drop-in, whose main file may set it
 */
public record SshdSetup(ParsedFile<SshdConfig> root, List<Entry> entries, boolean withDefaults) {
  private static final int MAX_DEPTH = 16;
  private static final String ETC_SSH = "/etc/ssh/";
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  public SshdSetup {
    entries = List.copyOf(entries);
  }

  /**
   * One directive in the order sshd reads it.
   *
   * @param source the file it is in
   * @param block the number of its {@code Match} block in reading order, 0 for the global part
   * @param match the {@code Match} line of that block
   */
  public record Entry(
      SourceText source, SshdDirective directive, int block, Optional<SshdDirective> match) {}

  /**
   * One value in effect for some connections.
   *
   * @param source the file that sets it, or the main file for a default
   * @param directive the line that sets it; empty for sshd's default
   * @param match the {@code Match} block it applies in; empty for every connection it matches not
   */
  public record Effective(
      SourceText source,
      Optional<SshdDirective> directive,
      Optional<SshdDirective> match,
      String value) {

    /** Where the value is seen: its line, or for a default the main file's start. */
    public dev.rampart.model.Position position() {
      return directive.map(SshdDirective::position).orElse(dev.rampart.model.Position.START);
    }

    /** For messages: {@code for connections matching `Match User deploy`}, or empty. */
    public String scope() {
      return match.map(m -> " for connections matching `" + m.shown() + "`").orElse("");
    }
  }

  /** Every setup of the scan: each main file, and each drop-in no main file includes. */
  public static List<SshdSetup> of(ParsedFiles<SshdConfig> files) {
    List<SshdSetup> setups = new ArrayList<>();
    Set<String> included = new HashSet<>();
    for (ParsedFile<SshdConfig> file : files.files()) {
      if (!file.model().dropIn()) {
        List<Entry> entries = new ArrayList<>();
        int[] blocks = {0};
        expand(file, files, 0, Optional.empty(), blocks, entries, new HashSet<>(), included);
        setups.add(new SshdSetup(file, entries, true));
      }
    }
    for (ParsedFile<SshdConfig> file : files.files()) {
      if (file.model().dropIn() && !included.contains(file.source().path())) {
        List<Entry> entries = new ArrayList<>();
        int[] blocks = {0};
        expand(file, files, 0, Optional.empty(), blocks, entries, new HashSet<>(), included);
        setups.add(new SshdSetup(file, entries, false));
      }
    }
    return setups;
  }

  private static void expand(
      ParsedFile<SshdConfig> file,
      ParsedFiles<SshdConfig> files,
      int blockOfInclude,
      Optional<SshdDirective> matchOfInclude,
      int[] blocks,
      List<Entry> entries,
      Set<String> reading,
      Set<String> included) {
    String path = file.source().path();
    if (reading.size() >= MAX_DEPTH || !reading.add(path)) {
      return; // sshd itself stops at a depth of 16; a cycle would never end
    }
    // A Match block in an included file ends with that file.
    int block = blockOfInclude;
    Optional<SshdDirective> match = matchOfInclude;
    for (SshdDirective directive : file.model().directives()) {
      if (directive.isMatch()) {
        block = ++blocks[0];
        match = Optional.of(directive);
      } else if (directive.keyword().equals("include")) {
        for (String pattern : directive.args()) {
          for (ParsedFile<SshdConfig> target : includedBy(path, pattern, files)) {
            included.add(target.source().path());
            expand(target, files, block, match, blocks, entries, reading, included);
          }
        }
      } else {
        entries.add(new Entry(file.source(), directive, block, match));
      }
    }
    reading.remove(path);
  }

  /**
   * The files of the scan that an {@code Include} of {@code pattern} in {@code from} reads, in
   * glob(3) order. sshd reads a relative pattern from /etc/ssh, which is taken to be the directory
   * of the main file; an absolute one under /etc/ssh the same way, and another absolute one from
   * the scanned root. Patterns that name no file of the scan read nothing.
   */
  static List<ParsedFile<SshdConfig>> includedBy(
      String from, String pattern, ParsedFiles<SshdConfig> files) {
    int slash = from.lastIndexOf('/');
    String directory = slash < 0 ? "" : from.substring(0, slash + 1);
    if (directory.endsWith("sshd_config.d/")) {
      directory = directory.substring(0, directory.length() - "sshd_config.d/".length());
    }
    String relative;
    if (pattern.startsWith(ETC_SSH)) {
      relative = directory + pattern.substring(ETC_SSH.length());
    } else if (pattern.startsWith("/")) {
      relative = pattern.substring(1);
    } else if (pattern.startsWith("~")) {
      return List.of();
    } else {
      relative = directory + pattern;
    }
    Pattern glob = glob(relative);
    List<ParsedFile<SshdConfig>> matched = new ArrayList<>();
    for (ParsedFile<SshdConfig> file : files.files()) {
      if (glob.matcher(file.source().path()).matches()) {
        matched.add(file); // ParsedFiles are sorted by path, as glob(3) sorts
      }
    }
    return matched;
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            regex.append("\\[");
          } else {
            String set = glob.substring(i + 1, close);
            regex.append('[');
            if (set.startsWith("!")) {
              regex.append('^');
              set = set.substring(1);
            }
            for (int j = 0; j < set.length(); j++) {
              char member = set.charAt(j);
              boolean range = member == '-' && j > 0 && j < set.length() - 1;
              regex.append(range || Character.isLetterOrDigit(member) ? "" : "\\").append(member);
            }
            regex.append(']');
            i = close;
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Pattern.compile(regex.toString());
    } catch (PatternSyntaxException badSet) {
      return NOTHING; // a set such as [z-a], which glob(3) matches nothing with either
    }
  }

  /**
   * The values of {@code keyword} in effect: the global one unless a {@code Match all} block
   * replaces it for every connection (sshd's {@code defaultValue} when it is set nowhere and the
   * setup takes defaults), and the first one of each {@code Match} block that can apply.
   */
  public List<Effective> effective(String keyword, String defaultValue) {
    String key = keyword.toLowerCase(Locale.ROOT);
    List<Effective> found = new ArrayList<>();
    Set<Integer> seenBlocks = new HashSet<>();
    Optional<Entry> global = Optional.empty();
    boolean replacedForAll = false;
    for (Entry entry : entries) {
      if (!entry.directive().keyword().equals(key)) {
        continue;
      }
      if (entry.block() == 0) {
        if (global.isEmpty()) {
          global = Optional.of(entry);
        }
        continue;
      }
      if (replacedForAll || !seenBlocks.add(entry.block())) {
        continue; // an earlier Match all, or this block's earlier line, decides
      }
      found.add(
          new Effective(
              entry.source(),
              Optional.of(entry.directive()),
              entry.match(),
              entry.directive().value()));
      replacedForAll = entry.match().map(SshdDirective::matchesAll).orElse(false);
    }
    if (!replacedForAll) {
      if (global.isPresent()) {
        Entry entry = global.get();
        found.add(
            0,
            new Effective(
                entry.source(),
                Optional.of(entry.directive()),
                Optional.empty(),
                entry.directive().value()));
      } else if (withDefaults) {
        found.add(
            0, new Effective(root.source(), Optional.empty(), Optional.empty(), defaultValue));
      }
    }
    return found;
  }

  /**
   * The {@code AuthenticationMethods} in effect where {@code value} is: its block's own, else the
   * global one, else {@code any}. Each list is one way to log in, its methods all required.
   */
  public List<List<String>> methodsFor(Effective value) {
    Optional<Entry> own = Optional.empty();
    Optional<Entry> global = Optional.empty();
    int block = blockOf(value);
    for (Entry entry : entries) {
      if (!entry.directive().keyword().equals("authenticationmethods")) {
        continue;
      }
      if (entry.block() == block && block != 0 && own.isEmpty()) {
        own = Optional.of(entry);
      } else if (entry.block() == 0 && global.isEmpty()) {
        global = Optional.of(entry);
      }
    }
    List<String> args =
        (own.isPresent() ? own : global)
            .map(entry -> entry.directive().args())
            .orElse(List.of("any"));
    List<List<String>> lists = new ArrayList<>();
    for (String list : args) {
      lists.add(List.of(list.toLowerCase(Locale.ROOT).split(",", -1)));
    }
    return lists;
  }

  private int blockOf(Effective value) {
    for (Entry entry : entries) {
      if (value.directive().isPresent() && entry.directive().equals(value.directive().get())) {
        return entry.block();
      }
    }
    return 0;
  }

  /**
   * Whether the {@code AuthenticationMethods} where {@code value} is let a user in with {@code
   * method} ({@code password}, {@code keyboard-interactive}) and no key: {@code any}, or a list
   * that names it and not {@code publickey}.
   */
  public boolean allowsWithoutKey(Effective value, String method) {
    for (List<String> list : methodsFor(value)) {
      if (list.contains("any")) {
        return true;
      }
      boolean names = list.stream().anyMatch(m -> m.equals(method) || m.startsWith(method + ":"));
      if (names && !list.contains("publickey")) {
        return true;
      }
    }
    return false;
  }
}
