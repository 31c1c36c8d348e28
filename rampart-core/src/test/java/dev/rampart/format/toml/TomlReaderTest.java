package dev.rampart.format.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tomlj.TomlParseResult;

class TomlReaderTest {

  @Test
  void errorsAreProblemsAtTheirLinesWithoutTheTextTheyQuote() {
    Parsed<TomlParseResult> parsed = TomlReader.read("a = 1\ntoken = \"ghp_unterminated\n");

    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(2);
    assertThat(parsed.problems().get(0).message())
        .startsWith("not valid TOML: ")
        .doesNotContain("ghp_");
    assertThat(parsed.model().getLong("a")).isEqualTo(1L);
  }

  @Test
  void aHeaderThatTripsAnAssertionOfTomljIsAProblemNotACrash() throws IOException {
    // Found by FlyFuzzTest: with -ea (as tests run), tomlj asserts on this broken header.
    String text;
    try (InputStream in =
        TomlReaderTest.class.getResourceAsStream(
            "/dev/rampart/format/fly/FlyFuzzTestInputs/parserAndRulesNeverThrowAndKeepPositionsInTheFile/tomlj-assertion-after-broken-header")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    Parsed<TomlParseResult> parsed = TomlReader.read(text);

    assertThat(parsed.problems()).isNotEmpty();
    assertThat(parsed.problems()).allMatch(p -> p.message().startsWith("not valid TOML"));
  }
}
