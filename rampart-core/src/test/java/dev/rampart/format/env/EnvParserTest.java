package dev.rampart.format.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvParserTest {
  private static Parsed<EnvFile> parse(String text) {
    return new EnvParser().parse(new SourceText(".env", text));
  }

  @Test
  void readsNamesValuesAndPositions() {
    Parsed<EnvFile> parsed =
        parse("# comment\n\nexport APP_ENV=production\n  PORT = 8080  # the port\nEMPTY=\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().settings())
        .extracting(EnvSetting::name, EnvSetting::value, EnvSetting::position)
        .containsExactly(
            tuple("APP_ENV", Optional.of("production"), Position.of(3, 8)),
            tuple("PORT", Optional.of("8080"), Position.of(4, 3)),
            tuple("EMPTY", Optional.of(""), Position.of(5, 1)));
    assertThat(parsed.model().settings().get(1).valuePosition()).isEqualTo(Position.of(4, 10));
  }

  @Test
  void aHashInsideAnUnquotedValueIsPartOfIt() {
    EnvFile file = parse("URL=https://example.test/#top\nCOLOR=#fff\n").model();

    assertThat(file.value("URL")).contains("https://example.test/#top");
    assertThat(file.value("COLOR")).contains("#fff");
  }

  @Test
  void quotesAreRemovedAndDoubleQuotesHaveEscapes() {
    EnvFile file =
        parse("A='${NOT} interpolated'\nB=\"line\\nnext \\\"q\\\"\"  # c\nC=\"a # b\"\n").model();

    assertThat(file.value("A")).contains("${NOT} interpolated");
    assertThat(file.settings().get(0).literal()).isTrue();
    assertThat(file.value("B")).contains("line\nnext \"q\"");
    assertThat(file.value("C")).contains("a # b");
  }

  @Test
  void quotedValuesMaySpanLinesAndLineNumbersFollow() {
    Parsed<EnvFile> parsed = parse("KEY=\"first\nsecond\"\nNEXT=1\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().value("KEY")).contains("first\nsecond");
    assertThat(parsed.model().settings().get(1).position()).isEqualTo(Position.of(3, 1));
  }

  @Test
  void aNameWithoutEqualsIsTakenFromTheEnvironment() {
    EnvFile file = parse("FROM_HOST\n").model();

    assertThat(file.settings()).singleElement().satisfies(s -> assertThat(s.value()).isEmpty());
    assertThat(file.values()).isEmpty();
  }

  @Test
  void brokenLinesAreReportedWithTheirLineAndTheRestIsRead() {
    Parsed<EnvFile> parsed = parse("GOOD=1\n1BAD=2\nnot a setting\nOPEN=\"never closed\nAFTER=3\n");

    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(2, 3, 4);
    // The line's text is not quoted: it may be a secret pasted on a line of its own.
    assertThat(parsed.problems().get(0).message())
        .contains("not start with a variable name")
        .doesNotContain("1BAD");
    assertThat(parsed.problems().get(2).message()).contains("OPEN").contains("never closed");
    assertThat(parsed.model().values()).containsKeys("GOOD", "OPEN", "AFTER");
    assertThat(parsed.model().settings().get(2).position()).isEqualTo(Position.of(5, 1));
  }

  @Test
  void theLastSettingOfANameWins() {
    assertThat(parse("A=1\nA=2\n").model().value("A")).contains("2");
  }

  @Test
  void anOpenQuoteEarlyInALongFileCostsOneSearch() {
    String text = "A=\"open\n" + "B='x\n" + "C=1\n".repeat(100_000);

    Parsed<EnvFile> parsed = parse(text);

    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(1, 2);
    assertThat(parsed.model().settings()).hasSize(100_002);
    assertThat(parsed.model().settings().get(100_001).position())
        .isEqualTo(Position.of(100_002, 1));
  }
}
