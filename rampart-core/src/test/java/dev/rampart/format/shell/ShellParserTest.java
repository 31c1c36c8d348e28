package dev.rampart.format.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellParserTest {

  /** Positions on a single line: column = offset + 1. */
  private static ShellScript parse(String script) {
    return ShellParser.parse(script, offset -> Position.of(1, offset + 1));
  }

  private static List<List<String>> names(ShellScript script) {
    return script.commands().stream()
        .map(c -> c.words().stream().map(Word::text).toList())
        .toList();
  }

  @Test
  void splitsCommandsOnListOperators() {
    ShellScript script =
        parse("apt-get update && apt-get install -y curl; echo done || true & wait");

    assertThat(names(script))
        .containsExactly(
            List.of("apt-get", "update"),
            List.of("apt-get", "install", "-y", "curl"),
            List.of("echo", "done"),
            List.of("true"),
            List.of("wait"));
  }

  @Test
  void recordsWordPositions() {
    ShellCommand command = parse("  curl -fsSL https://x").commands().get(0);

    assertThat(command.words())
        .extracting(Word::position)
        .containsExactly(Position.of(1, 3), Position.of(1, 8), Position.of(1, 14));
  }

  @Test
  void removesQuotesFromTextButKeepsThemInRaw() {
    ShellCommand command = parse("echo 'a b' \"c $HOME\" d\\ e").commands().get(0);

    assertThat(command.words())
        .extracting(Word::text)
        .containsExactly("echo", "a b", "c $HOME", "d e");
    assertThat(command.words())
        .extracting(Word::raw)
        .containsExactly("echo", "'a b'", "\"c $HOME\"", "d\\ e");
  }

  @Test
  void keepsBackslashesInDoubleQuotesThatEscapeNothing() {
    ShellCommand command = parse("printf \"a\\nb \\\"q\\\" \\$x\"").commands().get(0);

    assertThat(command.words().get(1).text()).isEqualTo("a\\nb \"q\" $x");
  }

  @Test
  void joinsBackslashNewlineContinuations() {
    ShellScript script =
        ShellParser.parse("apt-get \\\n  install cu\\\nrl", offset -> Position.START);

    assertThat(names(script)).containsExactly(List.of("apt-get", "install", "curl"));
  }

  @Test
  void dropsCommentsAtWordStartOnly() {
    ShellScript script = parse("echo a#b # a comment; rm -rf /\nls");

    assertThat(names(script)).containsExactly(List.of("echo", "a#b"), List.of("ls"));
  }

  @Test
  void marksPipelines() {
    ShellScript script = parse("curl -s https://x | sh || echo failed");

    assertThat(script.commands())
        .extracting(ShellCommand::name)
        .containsExactly("curl", "sh", "echo");
    assertThat(script.commands())
        .extracting(ShellCommand::pipedTo)
        .containsExactly(true, false, false);
    assertThat(script.commands())
        .extracting(ShellCommand::pipedFrom)
        .containsExactly(false, true, false);
    assertThat(script.hasPipe()).isTrue();
  }

  @Test
  void orIsNotAPipe() {
    assertThat(parse("a || b").hasPipe()).isFalse();
  }

  @Test
  void pipelineContinuesOverLineBreak() {
    ShellScript script = parse("wget -O- x |\n  bash");

    assertThat(script.commands().get(1).pipedFrom()).isTrue();
  }

  @Test
  void separatesLeadingAssignments() {
    ShellCommand command =
        parse("DEBIAN_FRONTEND=noninteractive A+=1 apt-get install X=1").commands().get(0);

    assertThat(command.assignments())
        .extracting(Word::text)
        .containsExactly("DEBIAN_FRONTEND=noninteractive", "A+=1");
    assertThat(command.name()).isEqualTo("apt-get");
    assertThat(command.arguments()).extracting(Word::text).containsExactly("install", "X=1");
  }

  @Test
  void keepsBareAssignmentsAsCommandsWithoutName() {
    ShellCommand command = parse("X=\"a b\"").commands().get(0);

    assertThat(command.name()).isEmpty();
    assertThat(command.assignments()).extracting(Word::text).containsExactly("X=a b");
  }

  @Test
  void dropsRedirections() {
    ShellScript script =
        parse("make > build.log 2>&1 </dev/null; cat a>>b; x &>/dev/null; y 2> err");

    assertThat(names(script))
        .containsExactly(List.of("make"), List.of("cat", "a"), List.of("x"), List.of("y"));
  }

  @Test
  void flattensSubshellsAndGroups() {
    ShellScript script = parse("(cd /tmp && make) ; { echo a; echo b; } | tee x");

    assertThat(names(script))
        .containsExactly(
            List.of("cd", "/tmp"),
            List.of("make"),
            List.of("echo", "a"),
            List.of("echo", "b"),
            List.of("tee", "x"));
    assertThat(script.commands().get(3).pipedTo()).isTrue();
  }

  @Test
  void emitsCommandSubstitutionsToo() {
    ShellScript script = parse("echo \"$(uname -m)\" `id -u` $(( 1 + 2 )) ${X:-$(nope)}");

    assertThat(names(script))
        .containsExactly(
            List.of("echo", "$(uname -m)", "`id -u`", "$(( 1 + 2 ))", "${X:-$(nope)}"),
            List.of("uname", "-m"),
            List.of("id", "-u"));
    assertThat(script.commands().get(1).position()).isEqualTo(Position.of(1, 9));
  }

  @Test
  void handlesNestedSubstitutions() {
    ShellScript script = parse("a $(b $(c) `d`) e");

    assertThat(script.commands())
        .extracting(ShellCommand::name)
        .containsExactly("a", "b", "c", "d");
    assertThat(script.commands().get(0).arguments())
        .extracting(Word::text)
        .containsExactly("$(b $(c) `d`)", "e");
  }

  @Test
  void skipsControlKeywords() {
    ShellScript script =
        parse(
            "if [ -f x ]; then rm x; elif true; then :; else echo no; fi;"
                + " for f in a b; do gzip $f; done; while read l; do echo $l; done < file");

    assertThat(script.commands())
        .extracting(ShellCommand::name)
        .containsExactly("[", "rm", "true", ":", "echo", "gzip", "read", "echo");
  }

  @Test
  void skipsCasePatterns() {
    ShellScript script =
        parse(
            "case \"$(uname -m)\" in\n x86_64|amd64) A=amd64 ;;\n (arm*) apt-get install x;;\n *) exit 1\nesac; ls");

    assertThat(script.commands())
        .extracting(ShellCommand::name)
        .containsExactly("uname", "", "apt-get", "exit", "ls");
  }

  @Test
  void skipsFunctionNamesAndArithmetic() {
    ShellScript script =
        parse(
            "f() { curl x; }; function g { wget y; }; (( i++ )); for ((i=0; i<3; i++)); do z; done");

    assertThat(script.commands())
        .extracting(ShellCommand::name)
        .containsExactly("curl", "wget", "z");
  }

  @Test
  void keepsArrayAssignmentsWhole() {
    ShellCommand command = parse("pkgs=(a b c) env").commands().get(0);

    assertThat(command.assignments()).extracting(Word::text).containsExactly("pkgs=(a b c)");
    assertThat(command.name()).isEqualTo("env");
  }

  @Test
  void skipsHeredocBodies() {
    ShellScript script =
        parse(
            "cat <<EOF > /etc/x\nrm -rf /\nEOF\ncat <<-'END'\n\tnot a command\n\tEND\necho after");

    assertThat(names(script))
        .containsExactly(List.of("cat"), List.of("cat"), List.of("echo", "after"));
  }

  @Test
  void unbalancedQuotesRunToTheEnd() {
    ShellScript script = parse("echo \"unterminated && rm -rf / ; echo 'x");

    assertThat(names(script))
        .containsExactly(List.of("echo", "unterminated && rm -rf / ; echo 'x"));
  }

  @Test
  void unbalancedSubstitutionsDoNotThrow() {
    for (String s :
        List.of(
            "$(",
            "`",
            "$((",
            "${",
            "a | ",
            "((",
            "))",
            ")",
            "}",
            "case",
            "case x in",
            "<<",
            "2>",
            "\\",
            "'",
            "\"",
            "$'",
            "f()",
            "`$(`",
            "$(`)",
            "esac;;",
            ";;",
            "for")) {
      assertThat(parse(s).commands()).as(s).isNotNull();
    }
  }

  @Test
  void deepNestingStaysBounded() {
    String deep = "$(".repeat(100_000) + "x" + ")".repeat(100_000);
    String backticks = "`a ".repeat(50_000);

    assertThat(parse("echo " + deep).commands()).isNotEmpty();
    assertThat(parse(backticks).commands()).isNotEmpty();
  }

  @Test
  void largeInputIsParsedInLinearTime() {
    String script = "apt-get install -y \"pkg\" && echo $(date) | tee log; ".repeat(200_000);

    long start = System.nanoTime();
    ShellScript parsed = parse(script);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(parsed.commands()).hasSize(800_000);
    assertThat(millis).isLessThan(20_000);
  }
}
