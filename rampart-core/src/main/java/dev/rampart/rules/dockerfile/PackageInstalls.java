package dev.rampart.rules.dockerfile;

import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.ShellScript;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which command of a shell script installs which packages, with which options: {@code apt-get
 * install -y --no-install-recommends curl=7.88.1-10}, {@code apk add --no-cache --virtual .deps
 * gcc}, {@code pip install -r requirements.txt}, {@code npm ci}. Reads through {@code sudo} and
 * {@code env} prefixes. Also says which packages a command removes, so that a rule can tell a
 * package installed for one step from one that stays in the image.
 */
final class PackageInstalls {

  /** A package manager and the words that make it install or remove. */
  enum Manager {
    APT_GET(true),
    APT(true),
    APTITUDE(true),
    APK(true),
    YUM(true),
    DNF(true),
    MICRODNF(true),
    ZYPPER(true),
    PIP(false),
    PIPX(false),
    NPM(false);

    private final boolean system;

    Manager(boolean system) {
      this.system = system;
    }

    /** True for the operating system's package managers, false for pip, pipx and npm. */
    boolean isSystem() {
      return system;
    }

    /** True for apt-get, apt and aptitude, which share dpkg's package names and apt's lists. */
    boolean isApt() {
      return this == APT_GET || this == APT || this == APTITUDE;
    }

    /** True when {@code option} (without {@code =value}) reads the next word as its value. */
    boolean takesValue(String option) {
      return VOCABULARY.get(this).optionsWithValue().contains(option);
    }
  }

  /** The words a package manager installs and removes with, and its options that take a value. */
  private record Vocabulary(
      Set<String> installVerbs, Set<String> removeVerbs, Set<String> optionsWithValue) {}

  // Outside the enum, whose fields must be immutable types.
  private static final Map<Manager, Vocabulary> VOCABULARY = vocabulary();

  private static Map<Manager, Vocabulary> vocabulary() {
    Set<String> aptRemoves = Set.of("remove", "purge", "autoremove");
    Map<Manager, Vocabulary> words = new EnumMap<>(Manager.class);
    words.put(Manager.APT_GET, new Vocabulary(Set.of("install"), aptRemoves, Options.APT));
    words.put(Manager.APT, new Vocabulary(Set.of("install"), aptRemoves, Options.APT));
    words.put(
        Manager.APTITUDE,
        new Vocabulary(Set.of("install"), Set.of("remove", "purge"), Options.APT));
    words.put(Manager.APK, new Vocabulary(Set.of("add"), Set.of("del"), Options.APK));
    words.put(
        Manager.YUM,
        new Vocabulary(
            Set.of("install", "groupinstall", "localinstall"),
            Set.of("remove", "erase", "autoremove", "groupremove"),
            Options.RPM));
    words.put(
        Manager.DNF,
        new Vocabulary(Set.of("install"), Set.of("remove", "erase", "autoremove"), Options.RPM));
    words.put(Manager.MICRODNF, new Vocabulary(Set.of("install"), Set.of("remove"), Options.RPM));
    words.put(
        Manager.ZYPPER,
        new Vocabulary(Set.of("install", "in"), Set.of("remove", "rm"), Options.ZYPPER));
    words.put(Manager.PIP, new Vocabulary(Set.of("install"), Set.of("uninstall"), Options.PIP));
    words.put(Manager.PIPX, new Vocabulary(Set.of("install"), Set.of("uninstall"), Options.PIPX));
    words.put(
        Manager.NPM,
        new Vocabulary(
            Set.of("install", "i", "add", "ci", "isntall"),
            Set.of("uninstall", "un", "remove", "rm", "r", "unlink"),
            Options.NPM));
    return Collections.unmodifiableMap(words);
  }

  /**
   * An option given to a package manager.
   *
   * @param word the option as written: {@code -y}, {@code --no-cache}, {@code --setopt=a=b}
   * @param value the separate word it reads, as {@code .deps} in {@code --virtual .deps}
   */
  record Option(Word word, Optional<Word> value) {
    /** The option without its {@code =value}: {@code --setopt}. */
    String name() {
      String text = word.text();
      int eq = text.indexOf('=');
      return eq < 0 ? text : text.substring(0, eq);
    }

    /** The value given with {@code =} or as the next word. */
    Optional<String> argument() {
      String text = word.text();
      int eq = text.indexOf('=');
      if (eq >= 0 && text.startsWith("--")) {
        return Optional.of(text.substring(eq + 1));
      }
      return value.map(Word::text);
    }
  }

  /**
   * One install command.
   *
   * @param manager which package manager
   * @param command the whole command, {@code sudo} included if it was there
   * @param verb the word that makes it install: {@code install}, {@code add}, {@code ci}
   * @param packages the package words as written, versions included ({@code curl=7.88.1-10});
   *     requirement files and other option values are not among them
   * @param options every option, before and after the verb
   */
  record Install(
      Manager manager, ShellCommand command, Word verb, List<Word> packages, List<Option> options) {

    Install {
      packages = List.copyOf(packages);
      options = List.copyOf(options);
    }

    /**
     * True when any of {@code names} was given: a long option matches with or without {@code
     * =value}; a one-letter option also matches inside a cluster, so {@code -y} matches {@code
     * -qy}.
     */
    boolean hasOption(String... names) {
      for (Option option : options) {
        for (String name : names) {
          if (option.name().equals(name) || isInCluster(option.word().text(), name)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The value of the first of {@code names} that was given. */
    Optional<String> optionValue(String... names) {
      for (Option option : options) {
        for (String name : names) {
          if (option.name().equals(name)) {
            return option.argument();
          }
        }
      }
      return Optional.empty();
    }

    /** The package's name without version, architecture or extras: see {@link #packageName}. */
    String nameOf(Word pkg) {
      return packageName(manager, pkg.text());
    }

    /**
     * The program and its verb, for messages: {@code apt-get install} for {@code sudo
     * /usr/bin/apt-get -y install}, {@code python3 -m pip install}.
     */
    String invocation() {
      String program = RunCommands.baseName(RunCommands.program(command).get(0).text());
      return program + (PYTHON_COMMAND.matcher(program).matches() ? " -m pip " : " ") + verb.text();
    }

    /** Where the program that installs is named: {@code apt-get} after any {@code sudo}. */
    Position position() {
      return RunCommands.program(command).get(0).position();
    }

    private static boolean isInCluster(String word, String shortOption) {
      return shortOption.length() == 2
          && shortOption.charAt(0) == '-'
          && shortOption.charAt(1) != '-'
          && word.length() > 2
          && word.charAt(0) == '-'
          && word.charAt(1) != '-'
          && word.indexOf('=') < 0
          && word.indexOf(shortOption.charAt(1), 1) > 0;
    }
  }

  private static final Pattern PIP_COMMAND = Pattern.compile("pip[0-9.]*");
  private static final Pattern PYTHON_COMMAND = Pattern.compile("python[0-9.]*");
  private static final Pattern RPM_ARCH =
      Pattern.compile("\\.(?:x86_64|aarch64|noarch|i686|ppc64le|s390x)$");

  private PackageInstalls() {}

  /** Every install in {@code script}, in order. */
  static List<Install> in(ShellScript script) {
    List<Install> installs = new ArrayList<>();
    for (ShellCommand command : script.commands()) {
      of(command).ifPresent(installs::add);
    }
    return installs;
  }

  /** The install {@code command} performs, if it is one. */
  static Optional<Install> of(ShellCommand command) {
    return parse(command, true);
  }

  /**
   * The package words a removal such as {@code apk del .deps} or {@code apt-get purge gcc} names.
   */
  static Optional<Install> removalOf(ShellCommand command) {
    return parse(command, false);
  }

  /**
   * The name a package word installs, without what pins or qualifies it: {@code curl} for apt's
   * {@code curl=7.88.1-10} or {@code curl:amd64}, apk's {@code curl~8} or {@code curl@edge}, pip's
   * {@code requests[socks]>=2.31}, npm's {@code @scope/pkg@1.2.3}, rpm's {@code gcc.x86_64}.
   */
  static String packageName(Manager manager, String word) {
    return switch (manager) {
      case APT_GET, APT, APTITUDE -> cutAtAny(word, "=/:");
      case APK -> cutAtAny(word, "=~<>@");
      case YUM, DNF, MICRODNF, ZYPPER -> RPM_ARCH.matcher(cutAtAny(word, "=<>")).replaceAll("");
      case PIP, PIPX -> cutAtAny(word, "[=<>~!@; ").strip();
      case NPM -> {
        int at = word.indexOf('@', 1);
        yield at < 0 ? word : word.substring(0, at);
      }
    };
  }

  private static String cutAtAny(String word, String stops) {
    for (int i = 0; i < word.length(); i++) {
      if (stops.indexOf(word.charAt(i)) >= 0) {
        return word.substring(0, i);
      }
    }
    return word;
  }

  private static Optional<Install> parse(ShellCommand command, boolean install) {
    List<Word> words = RunCommands.program(command);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String name = RunCommands.baseName(words.get(0).text());
    int next = 1;
    Manager manager;
    if (PIP_COMMAND.matcher(name).matches()) {
      manager = Manager.PIP;
    } else if (PYTHON_COMMAND.matcher(name).matches()) {
      int module = pythonModulePip(words);
      if (module < 0) {
        return Optional.empty();
      }
      manager = Manager.PIP;
      next = module + 1;
    } else {
      Optional<Manager> known = managerNamed(name);
      if (known.isEmpty()) {
        return Optional.empty();
      }
      manager = known.get();
    }
    Vocabulary vocabulary = VOCABULARY.get(manager);
    Set<String> verbs = install ? vocabulary.installVerbs() : vocabulary.removeVerbs();

    List<Option> options = new ArrayList<>();
    List<Word> packages = new ArrayList<>();
    Word verb = null;
    boolean optionsEnded = false;
    for (int i = next; i < words.size(); i++) {
      Word word = words.get(i);
      String text = word.text();
      if (!optionsEnded && text.equals("--")) {
        optionsEnded = true;
      } else if (!optionsEnded && text.startsWith("-") && text.length() > 1) {
        Optional<Word> value = Optional.empty();
        if (text.indexOf('=') < 0 && manager.takesValue(text) && i + 1 < words.size()) {
          value = Optional.of(words.get(++i));
        }
        options.add(new Option(word, value));
      } else if (verb == null) {
        if (!verbs.contains(text)) {
          return Optional.empty();
        }
        verb = word;
      } else {
        packages.add(word);
      }
    }
    return verb == null
        ? Optional.empty()
        : Optional.of(new Install(manager, command, verb, packages, options));
  }

  private static Optional<Manager> managerNamed(String name) {
    return switch (name) {
      case "apt-get" -> Optional.of(Manager.APT_GET);
      case "apt" -> Optional.of(Manager.APT);
      case "aptitude" -> Optional.of(Manager.APTITUDE);
      case "apk" -> Optional.of(Manager.APK);
      case "yum" -> Optional.of(Manager.YUM);
      case "dnf", "dnf5" -> Optional.of(Manager.DNF);
      case "microdnf" -> Optional.of(Manager.MICRODNF);
      case "zypper" -> Optional.of(Manager.ZYPPER);
      case "npm" -> Optional.of(Manager.NPM);
      case "pipx" -> Optional.of(Manager.PIPX);
      default -> Optional.empty();
    };
  }

  // python3 -m pip ...: the index of "pip", or -1.
  private static int pythonModulePip(List<Word> words) {
    for (int i = 1; i + 1 < words.size(); i++) {
      String text = words.get(i).text();
      if (text.equals("-m")) {
        return words.get(i + 1).text().equals("pip") ? i + 1 : -1;
      }
      if (!text.startsWith("-")) {
        return -1;
      }
    }
    return -1;
  }

  /** Options that read the next word as their value, per family of package managers. */
  private static final class Options {
    static final Set<String> APT =
        Set.of(
            "-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release");
    static final Set<String> APK =
        Set.of(
            "-t",
            "--virtual",
            "-X",
            "--repository",
            "-p",
            "--root",
            "--keys-dir",
            "--repositories-file",
            "--arch",
            "--cache-dir",
            "--cache-max-age");
    static final Set<String> RPM =
        Set.of(
            "-x",
            "--exclude",
            "-c",
            "--config",
            "--installroot",
            "--releasever",
            "--enablerepo",
            "--disablerepo",
            "--repo",
            "--repoid",
            "--setopt",
            "-d",
            "--debuglevel",
            "-e",
            "--errorlevel",
            "--downloaddir",
            "--destdir",
            "--forcearch",
            "--rpmverbosity");
    static final Set<String> ZYPPER =
        Set.of(
            "-t",
            "--type",
            "-r",
            "--repo",
            "--from",
            "-R",
            "--root",
            "-c",
            "--config",
            "-D",
            "--reposd-dir",
            "-C",
            "--cache-dir",
            "--download");
    static final Set<String> PIP =
        Set.of(
            "-r",
            "--requirement",
            "-c",
            "--constraint",
            "-e",
            "--editable",
            "-i",
            "--index-url",
            "--extra-index-url",
            "-f",
            "--find-links",
            "-t",
            "--target",
            "--prefix",
            "--root",
            "--trusted-host",
            "--platform",
            "--python-version",
            "--implementation",
            "--abi",
            "--src",
            "--upgrade-strategy",
            "--progress-bar",
            "--cache-dir",
            "--log",
            "--proxy",
            "--retries",
            "--timeout",
            "--exists-action",
            "--cert",
            "--client-cert",
            "--global-option",
            "-C",
            "--config-settings",
            "--install-option",
            "--only-binary",
            "--no-binary",
            "--report",
            "--python",
            "--root-user-action",
            "--build");
    static final Set<String> PIPX =
        Set.of("--python", "--suffix", "--pip-args", "-i", "--index-url", "--spec");
    static final Set<String> NPM =
        Set.of(
            "--prefix",
            "--registry",
            "-w",
            "--workspace",
            "--tag",
            "--cache",
            "--userconfig",
            "--omit",
            "--include",
            "--loglevel",
            "--install-strategy");

    private Options() {}
  }
}
