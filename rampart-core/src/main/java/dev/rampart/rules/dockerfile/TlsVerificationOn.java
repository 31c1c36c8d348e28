package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.envvars.TlsVariables;
import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;
import dev.rampart.rules.dockerfile.Settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@Rule(
    id = "RA-DF-008",
    title = "Downloads keep TLS certificate verification on",
    severity = Severity.HIGH,
    controls = {"image.trusted-source", "tls.verification-on"},
    aliases = {
      "checkov:CKV2_DOCKER_2",
      "checkov:CKV2_DOCKER_3",
      "checkov:CKV2_DOCKER_4",
      "checkov:CKV2_DOCKER_5",
      "checkov:CKV2_DOCKER_6",
      "checkov:CKV2_DOCKER_12",
      "checkov:CKV2_DOCKER_13",
      "checkov:CKV2_DOCKER_14",
      "checkov:CKV2_DOCKER_15",
      "checkov:CKV2_DOCKER_16"
    },
    rationale =
        "Without certificate verification, anyone on the network path (a proxy, a compromised"
            + " mirror, a hostile Wi-Fi) can serve their own file in place of the one the build"
            + " asked for, and it ends up inside the image. Switches such as `curl -k`, `wget"
            + " --no-check-certificate`, `pip --trusted-host` or `NODE_TLS_REJECT_UNAUTHORIZED=0`"
            + " also tend to outlive the problem they were added for.",
    remediation =
        "Remove the switch. If the server uses a private CA, add that CA to the image's trust"
            + " store (`COPY corp-ca.crt /usr/local/share/ca-certificates/` then"
            + " `update-ca-certificates`) or point the tool at it (`curl --cacert`, `pip --cert`,"
            + " `NODE_EXTRA_CA_CERTS`).",
    references = {
      "https://cwe.mitre.org/data/definitions/295.html",
      "https://docs.docker.com/build/building/best-practices/"
    })
public final class TlsVerificationOn implements Check<Dockerfile> {
  // curl's one-letter options that read a value: in "-ok" the k is -o's file name.
  private static final String CURL_VALUE_LETTERS = "AbcCdDeEFhHKmoOPQrtTuUwxXYyz";
  private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
  private static final Set<String> NODE_PACKAGE_MANAGERS = Set.of("npm", "yarn", "pnpm");
  // sslverify=0 in yum and dnf configs, http.sslVerify=false in git's.
  private static final Pattern SSL_VERIFY_OFF =
      Pattern.compile("(?i).*sslverify\\s*=\\s*(?:false|0|no|off)\\b.*");

  private static final Pattern STRICT_SSL_OFF = Pattern.compile("(?:--)?strict-ssl=false");

  @Override
  public void check(Dockerfile file, Findings out) {
    for (Stage stage : file.stages()) {
      for (Instruction instruction : stage.instructions()) {
        Instruction effective = instruction.effective();
        for (Setting setting : Settings.of(effective)) {
          checkVariable(setting.name(), setting.value(), instruction.position(), stage, out);
        }
        if (effective.is("RUN")) {
          for (ShellCommand command : effective.script().commands()) {
            checkCommand(command, stage, out);
          }
        }
      }
    }
  }

  private static void checkCommand(ShellCommand command, Stage stage, Findings out) {
    for (Word assignment : command.assignments()) {
      checkAssignment(assignment, stage, out);
    }
    List<Word> program = RunCommands.program(command);
    if (program.isEmpty()) {
      return;
    }
    String name = RunCommands.baseName(program.get(0).text());
    if (name.equals("export")) {
      program.stream().skip(1).forEach(word -> checkAssignment(word, stage, out));
      return;
    }
    insecureSwitch(name, program)
        .ifPresent(
            word ->
                out.report(
                    word.position(),
                    stage.label(),
                    "`"
                        + word.text()
                        + "` turns off certificate verification for "
                        + name
                        + ", so a tampered download goes unnoticed."));
  }

  private static Optional<Word> insecureSwitch(String name, List<Word> program) {
    List<Word> arguments = program.subList(1, program.size());
    for (int i = 0; i < arguments.size(); i++) {
      String text = arguments.get(i).text();
      String next = i + 1 < arguments.size() ? arguments.get(i + 1).text() : "";
      if (turnsVerificationOff(name, text, next)) {
        return Optional.of(arguments.get(i));
      }
    }
    return Optional.empty();
  }

  /** True when the argument {@code text} (followed by {@code next}) of {@code name} is a switch. */
  private static boolean turnsVerificationOff(String name, String text, String next) {
    if (SSL_VERIFY_OFF.matcher(text).matches()) {
      return true;
    }
    if (name.equals("curl")) {
      return text.equals("--insecure") || isCurlInsecureCluster(text);
    }
    if (name.equals("wget")) {
      return text.equals("--no-check-certificate");
    }
    if (PIP.matcher(name).matches() || name.startsWith("python")) {
      return text.equals("--trusted-host") || text.startsWith("--trusted-host=");
    }
    if (NODE_PACKAGE_MANAGERS.contains(name)) {
      return STRICT_SSL_OFF.matcher(text).matches()
          || ((text.equals("strict-ssl") || text.equals("--strict-ssl")) && isFalse(next));
    }
    return name.equals("git") && text.equalsIgnoreCase("http.sslVerify") && isFalse(next);
  }

  // -k alone or inside a cluster such as -fsSLk, unless a value-reading letter comes first.
  private static boolean isCurlInsecureCluster(String text) {
    if (text.length() < 2 || text.charAt(0) != '-' || text.charAt(1) == '-') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'k') {
        return true;
      }
      if (CURL_VALUE_LETTERS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static void checkAssignment(Word word, Stage stage, Findings out) {
    int eq = word.text().indexOf('=');
    if (eq > 0) {
      checkVariable(
          word.text().substring(0, eq), word.text().substring(eq + 1), word.position(), stage, out);
    }
  }

  private static void checkVariable(
      String name, String value, Position position, Stage stage, Findings out) {
    TlsVariables.verificationOff(name, value)
        .ifPresent(clause -> out.report(position, stage.label(), name + " " + clause + "."));
  }

  private static boolean isFalse(String text) {
    return Set.of("false", "0", "no", "off").contains(text.toLowerCase(Locale.ROOT));
  }
}
