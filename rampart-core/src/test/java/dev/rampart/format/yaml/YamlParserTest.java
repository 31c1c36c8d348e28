package dev.rampart.format.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlParserTest {

  private static Parsed<YamlStream> parse(String text) {
    return new YamlParser().parse(new SourceText("test.yaml", text));
  }

  private static YamlNode root(Parsed<YamlStream> parsed, int document) {
    return parsed.model().documents().get(document).root().orElseThrow();
  }

  @Test
  void readsNestedMappingsWithPositionsAndKeysInOrder() {
    Parsed<YamlStream> parsed =
        parse("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: x\n");
    assertThat(parsed.problems()).isEmpty();
    YamlMapping root = root(parsed, 0).asMapping().orElseThrow();
    assertThat(root.entries())
        .extracting(e -> e.name().orElseThrow())
        .containsExactly("apiVersion", "kind", "spec");
    YamlNode container = root.path("spec", "containers").orElseThrow().items().get(0);
    assertThat(container.position()).isEqualTo(Position.of(5, 7));
    YamlEntry image = container.asMapping().orElseThrow().entry("image").orElseThrow();
    assertThat(image.position()).isEqualTo(Position.of(6, 7));
    assertThat(image.value().asText()).contains("x");
    assertThat(root.path("spec", "missing", "deeper")).isEmpty();
    assertThat(root.get("kind").flatMap(YamlNode::asMapping)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON"})
  void readsYaml11TrueAsKubernetesDoes(String word) {
    assertThat(root(parse("v: " + word), 0).get("v").flatMap(YamlNode::asBoolean)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "OFF"})
  void readsYaml11FalseAsKubernetesDoes(String word) {
    assertThat(root(parse("v: " + word), 0).get("v").flatMap(YamlNode::asBoolean)).contains(false);
  }

  @Test
  void mergeKeysAddTheEntriesTheMappingDoesNotHave() {
    Parsed<YamlStream> parsed =
        parse(
            """
            base: &base
              runAsNonRoot: true
              runAsUser: 0
            other: &other
              runAsUser: 5
              fsGroup: 7
            ctx:
              runAsUser: 10001
              <<: [*base, *other]
            """);
    assertThat(parsed.problems()).isEmpty();
    YamlMapping ctx = root(parsed, 0).get("ctx").flatMap(YamlNode::asMapping).orElseThrow();
    assertThat(ctx.entries())
        .extracting(e -> e.name().orElseThrow())
        .containsExactly("runAsUser", "runAsNonRoot", "fsGroup");
    // The mapping's own key wins over both merged ones, and the first merged mapping over the
    // second; a merged entry keeps the position where it is written.
    assertThat(ctx.get("runAsUser").flatMap(YamlNode::asText)).hasValue("10001");
    assertThat(ctx.entry("runAsNonRoot").orElseThrow().position().line()).isEqualTo(2);
    assertThat(ctx.get("fsGroup").flatMap(YamlNode::asText)).hasValue("7");
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    YamlMapping root =
        root(parse("base: &b {x: 1}\nm:\n  '<<': *b\n"), 0).asMapping().orElseThrow();
    assertThat(root.path("m", "<<", "x").flatMap(YamlNode::asText)).hasValue("1");
    assertThat(root.path("m", "x")).isEmpty();
  }

  @Test
  void quotedOrOddWordsAreNoBooleans() {
    YamlNode root = root(parse("a: \"true\"\nb: 'yes'\nc: tRUE\nd: !!str on\ne: 1\n"), 0);
    for (String key : List.of("a", "b", "c", "d", "e")) {
      assertThat(root.get(key).flatMap(YamlNode::asBoolean)).as(key).isEmpty();
    }
  }

  @Test
  void readsIntegersAndNulls() {
    YamlNode root =
        root(
            parse("a: 1000\nb: -1\nc: 0x10\nd: 0o10\ne: \"5\"\nf: ~\ng:\nh: 99999999999999999999"),
            0);
    assertThat(root.get("a").orElseThrow().asLong()).hasValue(1000);
    assertThat(root.get("b").orElseThrow().asLong()).hasValue(-1);
    assertThat(root.get("c").orElseThrow().asLong()).hasValue(16);
    assertThat(root.get("d").orElseThrow().asLong()).hasValue(8);
    assertThat(root.get("e").orElseThrow().asLong()).isEmpty();
    assertThat(root.get("f").orElseThrow().isNull()).isTrue();
    assertThat(root.get("g").orElseThrow().isNull()).isTrue();
    assertThat(root.get("g").orElseThrow().asText()).isEmpty();
    assertThat(root.get("h").orElseThrow().asLong()).isEmpty();
  }

  @Test
  void multiDocumentStreamKeepsEachDocumentsLines() {
    Parsed<YamlStream> parsed = parse("a: 1\n---\nb: 2\n---\n# comment\nc: 3\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().documents()).hasSize(3);
    assertThat(root(parsed, 1).asMapping().orElseThrow().entry("b").orElseThrow().position())
        .isEqualTo(Position.of(3, 1));
    assertThat(root(parsed, 2).asMapping().orElseThrow().entry("c").orElseThrow().position())
        .isEqualTo(Position.of(6, 1));
  }

  @Test
  void aBrokenDocumentIsAProblemAtItsLineAndTheOthersAreKept() {
    Parsed<YamlStream> parsed = parse("a: 1\n---\nb: [unclosed\nc: 2\n---\nd: 4\n");
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).line()).isBetween(3, 5);
    assertThat(parsed.model().documents())
        .extracting(d -> d.root().orElseThrow().get("a").or(() -> d.root().get().get("d")))
        .allMatch(Optional::isPresent)
        .hasSize(2);
  }

  @Test
  void directivesStayWithTheirDocument() {
    Parsed<YamlStream> parsed = parse("%YAML 1.1\n---\na: 1\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().documents()).hasSize(1);
  }

  @Test
  void duplicateKeysAreReportedAndTheLastValueCounts() {
    Parsed<YamlStream> parsed = parse("a: 1\nb: 2\na: 3\n");
    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(3);
    assertThat(parsed.problems().get(0).message()).contains("duplicate key 'a'");
    assertThat(root(parsed, 0).get("a").orElseThrow().asLong()).hasValue(3);
  }

  @Test
  void tabIndentationIsAProblemNotACrash() {
    Parsed<YamlStream> parsed = parse("a:\n\tb: 1\n---\nc: 2\n");
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).line()).isEqualTo(2);
    assertThat(parsed.model().documents()).hasSize(1);
  }

  @Test
  void undefinedAndRecursiveAliasesAreProblems() {
    assertThat(parse("a: *nowhere\n").problems()).hasSize(1);
    assertThat(parse("a: &x [1, *x]\n").problems()).hasSize(1);
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefused() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("---\nok: 1\n");
    Parsed<YamlStream> parsed = parse(yaml.toString());
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().get(0).message()).contains("aliases");
    assertThat(parsed.model().documents()).hasSize(1);
  }

  @Test
  @Timeout(10)
  void aliasChainsThatDoubleAreRefusedBeforeTheyGrow() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 60; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a");
      yaml.append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    Parsed<YamlStream> parsed = parse(yaml.toString());
    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.model().documents()).isEmpty();
  }

  @Test
  void aFewAliasesAreFine() {
    Parsed<YamlStream> parsed = parse("base: &b {x: 1}\nuse: *b\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(root(parsed, 0).path("use", "x").flatMap(YamlNode::asText)).contains("1");
  }

  @Test
  @Timeout(10)
  void tenThousandLevelsOfNestingAreRefused() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String block = "a:\n" + nestedBlock(10_000);
    for (String yaml : List.of(deep, "{a: " + "{a: ".repeat(10_000), block)) {
      Parsed<YamlStream> parsed = parse(yaml + "\n---\nok: 1\n");
      assertThat(parsed.problems()).hasSizeGreaterThanOrEqualTo(1);
      assertThat(parsed.model().documents()).hasSize(1);
    }
  }

  private static String nestedBlock(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("a:\n");
    }
    return yaml.toString();
  }

  @Test
  void replacementCharactersAndControlCharactersNeverThrow() {
    for (String yaml : List.of("a: \uFFFD\uFFFD\n", "a: \u0000\n", "\uFEFFa: 1\n", "'", "&", "*")) {
      Parsed<YamlStream> parsed = parse(yaml);
      assertThat(parsed.problems()).allMatch(p -> p.line() >= 1);
    }
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertThat(parse("").model().documents()).isEmpty();
    assertThat(parse("# only a comment\n").problems()).isEmpty();
  }
}
