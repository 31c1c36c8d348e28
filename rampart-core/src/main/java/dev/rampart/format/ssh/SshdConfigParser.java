package dev.rampart.format.ssh;

import dev.rampart.check.Recognizer;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads sshd_config files as OpenSSH 9.x's sshd does: one keyword per line, case-insensitive,
 * separated from its arguments by white space or {@code =}; arguments split on white space, with
 * double quotes around those that hold spaces; {@code #} at the start of a line or of a word starts
 * a comment. A keyword sshd does not know (sshd refuses to start with one) and an unterminated
 * quote are parse problems; the line is left out and the rest is still read.
 *
 * <p>Named {@code sshd_config}, {@code sshd_config.*}, {@code *sshd_config}, or {@code *.conf}
 * inside an {@code sshd_config.d/} directory.
 */
public final class SshdConfigParser implements Recognizer, Parser<SshdConfig> {
  /** Deprecated names sshd still accepts for another keyword. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "challengeresponseauthentication", "kbdinteractiveauthentication",
          "pubkeyacceptedkeytypes", "pubkeyacceptedalgorithms",
          "hostbasedacceptedkeytypes", "hostbasedacceptedalgorithms");

  // servconf.c of OpenSSH 9.x, its deprecated and unsupported keywords (accepted with a log
  // line), and the keywords that Debian, Ubuntu, Fedora and RHEL patch in.
  private static final Set<String> KEYWORDS =
      Set.of(
          "acceptenv",
          "addressfamily",
          "allowagentforwarding",
          "allowgroups",
          "allowstreamlocalforwarding",
          "allowtcpforwarding",
          "allowusers",
          "authenticationmethods",
          "authorizedkeyscommand",
          "authorizedkeyscommanduser",
          "authorizedkeysfile",
          "authorizedkeysfile2",
          "authorizedprincipalscommand",
          "authorizedprincipalscommanduser",
          "authorizedprincipalsfile",
          "banner",
          "casignaturealgorithms",
          "channeltimeout",
          "chrootdirectory",
          "ciphers",
          "clientalivecountmax",
          "clientaliveinterval",
          "compression",
          "denygroups",
          "denyusers",
          "disableforwarding",
          "exposeauthinfo",
          "fingerprinthash",
          "forcecommand",
          "gatewayports",
          "gssapiauthentication",
          "gssapicleanupcredentials",
          "gssapikexalgorithms",
          "gssapikeyexchange",
          "gssapistrictacceptorcheck",
          "gssapistorecredentialsonrekey",
          "gssapienablek5users",
          "gssapiusesessioncredcache",
          "hostbasedacceptedalgorithms",
          "hostbasedauthentication",
          "hostbasedusesnamefrompacketonly",
          "hostcertificate",
          "hostkey",
          "hostkeyagent",
          "hostkeyalgorithms",
          "ignorerhosts",
          "ignoreuserknownhosts",
          "include",
          "ipqos",
          "kbdinteractiveauthentication",
          "kerberosauthentication",
          "kerberosgetafstoken",
          "kerberosorlocalpasswd",
          "kerberosticketcleanup",
          "kerberosusekuserok",
          "kexalgorithms",
          "listenaddress",
          "logingracetime",
          "loglevel",
          "logverbose",
          "macs",
          "match",
          "maxauthtries",
          "maxsessions",
          "maxstartups",
          "modulifile",
          "passwordauthentication",
          "permitemptypasswords",
          "permitlisten",
          "permitopen",
          "permitrootlogin",
          "permittty",
          "permittunnel",
          "permituserenvironment",
          "permituserrc",
          "persourcemaxstartups",
          "persourcenetblocksize",
          "persourcepenalties",
          "persourcepenaltyexemptlist",
          "pidfile",
          "port",
          "printlastlog",
          "printmotd",
          "pubkeyacceptedalgorithms",
          "pubkeyauthentication",
          "pubkeyauthoptions",
          "rdomain",
          "refuseconnection",
          "rekeylimit",
          "requiredrsasize",
          "revokedkeys",
          "securitykeyprovider",
          "setenv",
          "sshdsessionpath",
          "sshdauthpath",
          "streamlocalbindmask",
          "streamlocalbindunlink",
          "strictmodes",
          "subsystem",
          "syslogfacility",
          "tcpkeepalive",
          "trustedusercakeys",
          "unusedconnectiontimeout",
          "usedns",
          "usepam",
          "versionaddendum",
          "x11displayoffset",
          "x11forwarding",
          "x11uselocalhost",
          "xauthlocation",
          "debianbanner",
          "useblacklist",
          "useblocklist",
          "protocol",
          "serverkeybits",
          "keyregenerationinterval",
          "rhostsrsaauthentication",
          "rsaauthentication",
          "uselogin",
          "useprivilegeseparation",
          "dsaauthentication",
          "pamauthenticationviakbdint",
          "afstokenpassing",
          "kerberostgtpassing",
          "showpatchlevel",
          "skeyauthentication",
          "challengeresponseauthentication",
          "pubkeyacceptedkeytypes",
          "hostbasedacceptedkeytypes",
          "verifyreversemapping",
          "reversemappingcheck",
          "rhostsauthentication");

  /** Extensions after {@code sshd_config.} that are documentation or templates, not a config. */
  private static final Set<String> NOT_CONFIG =
      Set.of(
          "5",
          "8",
          "md",
          "txt",
          "html",
          "rst",
          "j2",
          "jinja",
          "jinja2",
          "erb",
          "tmpl",
          "tpl",
          "template",
          "mustache",
          "hbs",
          "gotmpl",
          "ctmpl",
          "epp",
          "in");

  @Override
  public ByName byName(String relativePath) {
    return isConfig(relativePath) || isDropIn(relativePath) ? ByName.YES : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    return false;
  }

  private static boolean isConfig(String relativePath) {
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    if (name.endsWith("sshd_config")) {
      return true;
    }
    // sshd_config.prod, sshd_config.orig; not the manual page or a template to render first.
    return name.startsWith("sshd_config.")
        && !NOT_CONFIG.contains(name.substring(name.lastIndexOf('.') + 1));
  }

  /** A drop-in: a {@code *.conf} file in an {@code sshd_config.d} directory. */
  static boolean isDropIn(String relativePath) {
    String path = relativePath.toLowerCase(Locale.ROOT);
    return path.endsWith(".conf")
        && (path.startsWith("sshd_config.d/") || path.contains("/sshd_config.d/"))
        && path.indexOf('/', path.lastIndexOf("sshd_config.d/") + "sshd_config.d/".length()) < 0;
  }

  @Override
  public Parsed<SshdConfig> parse(SourceText source) {
    List<SshdDirective> directives = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    String text = source.text();
    int offset = 0;
    while (offset <= text.length()) {
      int end = text.indexOf('\n', offset);
      int stop = end < 0 ? text.length() : end;
      line(source, offset, stop, directives, problems);
      if (end < 0) {
        break;
      }
      offset = end + 1;
    }
    return new Parsed<>(new SshdConfig(directives, isDropIn(source.path())), problems);
  }

  private static void line(
      SourceText source,
      int start,
      int stop,
      List<SshdDirective> directives,
      List<ParseProblem> problems) {
    String text = source.text();
    int i = start;
    while (i < stop && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= stop || text.charAt(i) == '#') {
      return;
    }
    int keywordStart = i;
    while (i < stop && !isSpace(text.charAt(i)) && text.charAt(i) != '=') {
      i++;
    }
    String written = text.substring(keywordStart, i);
    while (i < stop && isSpace(text.charAt(i))) {
      i++;
    }
    if (i < stop && text.charAt(i) == '=') {
      i++;
    }
    int line = source.positionOf(keywordStart).line();
    Optional<List<String>> args = words(text.substring(i, stop));
    if (args.isEmpty()) {
      problems.add(new ParseProblem(line, shown(written) + ": a quote that is never closed"));
      return;
    }
    String keyword = written.toLowerCase(Locale.ROOT);
    if (!KEYWORDS.contains(keyword)) {
      problems.add(
          new ParseProblem(
              line,
              "unknown sshd_config keyword "
                  + shown(written)
                  + " (sshd refuses to start with it); the line is not checked"));
      return;
    }
    directives.add(
        new SshdDirective(
            ALIASES.getOrDefault(keyword, keyword),
            written,
            args.get(),
            source.positionOf(keywordStart)));
  }

  // sshd keywords are words of letters (X11Forwarding the one kind with digits). Anything else
  // at the start of a line may be a pasted value, a credential even: it is never shown.
  private static final Pattern KEYWORD_LIKE = Pattern.compile("(?:X11)?[A-Za-z]{1,40}");

  /** The word a problem names: a keyword-like word as written, anything else unnamed. */
  private static String shown(String word) {
    return KEYWORD_LIKE.matcher(word).matches() ? word : "(a word that is no keyword)";
  }

  /** Splits arguments as sshd's argv_split does; empty when a quote is not closed. */
  static Optional<List<String>> words(String rest) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = rest.length();
    while (true) {
      while (i < n && isSpace(rest.charAt(i))) {
        i++;
      }
      if (i >= n || rest.charAt(i) == '#') {
        return Optional.of(words);
      }
      StringBuilder word = new StringBuilder();
      while (i < n && !isSpace(rest.charAt(i))) {
        char c = rest.charAt(i);
        if (c == '"' || c == '\'') {
          int close = rest.indexOf(c, i + 1);
          if (close < 0) {
            return Optional.empty();
          }
          word.append(rest, i + 1, close);
          i = close + 1;
        } else if (c == '\\' && i + 1 < n) {
          word.append(rest.charAt(i + 1));
          i += 2;
        } else {
          word.append(c);
          i++;
        }
      }
      words.add(word.toString());
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }
}
