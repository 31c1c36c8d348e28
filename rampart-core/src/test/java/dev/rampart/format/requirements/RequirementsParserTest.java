package dev.rampart.format.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.check.Recognizer.ByName;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementsParserTest {
  private final RequirementsParser parser = new RequirementsParser();

  private Parsed<Requirements> parse(String text) {
    return parser.parse(new SourceText("requirements.txt", text));
  }

  @Test
  void recognisesRequirementsFilesByName() {
    assertThat(parser.byName("requirements.txt")).isEqualTo(ByName.YES);
    assertThat(parser.byName("api/requirements-dev.txt")).isEqualTo(ByName.YES);
    assertThat(parser.byName("dev-requirements.txt")).isEqualTo(ByName.YES);
    assertThat(parser.byName("requirements/base.txt")).isEqualTo(ByName.YES);
    assertThat(parser.byName("requirements.in")).isEqualTo(ByName.NO);
    assertThat(parser.byName("notes.txt")).isEqualTo(ByName.NO);
  }

  @Test
  void readsNamesExtrasClausesAndMarkers() {
    Requirements file =
        parse("celery[redis,sqs] >=5.4, <6 ; python_version >= \"3.10\"  # queue\n").model();

    Requirement celery = file.requirements().get(0);
    assertThat(celery.name()).contains("celery");
    assertThat(celery.specifiers()).extracting(Object::toString).containsExactly(">=5.4", "<6");
    assertThat(celery.position().line()).isEqualTo(1);
    assertThat(celery.hashed()).isFalse();
  }

  @Test
  void problemsNeverShowTheLinesText() {
    String token = "ghp_" + "R4mp4rtT3stT0k3nN0tR34l0000000000000";
    Parsed<Requirements> parsed = parse("mytoken " + token + "\n-" + token + "\n");

    assertThat(parsed.problems())
        .extracting(ParseProblem::line, ParseProblem::message)
        .containsExactly(
            tuple(1, "a version clause of mytoken is not one pip reads (such as ==1.2 or >=1.2)"),
            tuple(2, "unknown option (unnamed) in a requirements file"));
  }

  @Test
  void joinsContinuationLinesAndReadsHashes() {
    Parsed<Requirements> parsed =
        parse("\n  flask==3.0.3 \\\n    --hash=sha256:abcd \\\n    --hash=sha256:ef01\nrequests\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().requirements())
        .extracting(r -> r.name().orElseThrow() + "@" + r.position() + (r.hashed() ? "#" : ""))
        .containsExactly("flask@2:3#", "requests@5:1");
  }

  @Test
  void aHashInAUrlFragmentIsNoComment() {
    Requirement editable =
        parse("-e git+https://github.com/org/tools.git@v1.2#egg=tools\n")
            .model()
            .requirements()
            .get(0);

    assertThat(editable.url()).contains("git+https://github.com/org/tools.git@v1.2#egg=tools");
    assertThat(editable.position().column()).isEqualTo(4);
  }

  @Test
  void readsDirectReferencesAndLocalPaths() {
    Requirements file =
        parse(
                """
                internal @ git+https://github.com/org/internal.git ; sys_platform == 'linux'
                https://files.example.org/pkg-1.0.tar.gz
                ./libs/shared
                -e .
                """)
            .model();

    assertThat(file.requirements())
        .extracting(Requirement::name, Requirement::url, Requirement::local)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Optional.of("internal"),
                Optional.of("git+https://github.com/org/internal.git"),
                false),
            org.assertj.core.groups.Tuple.tuple(
                Optional.empty(), Optional.of("https://files.example.org/pkg-1.0.tar.gz"), false),
            org.assertj.core.groups.Tuple.tuple(
                Optional.empty(), Optional.of("./libs/shared"), true),
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), Optional.of("."), true));
  }

  @Test
  void includesAreNotRequirementsAndAConstraintsFileIsNoted() {
    Requirements file = parse("-r base.txt\n--requirement=dev.txt\n-c constraints.txt\n").model();

    assertThat(file.requirements()).isEmpty();
    assertThat(file.constrained()).isTrue();
  }

  @Test
  void malformedLinesAreProblemsWithTheirLineAndTheRestIsRead() {
    Parsed<Requirements> parsed =
        parse("flask==3.0.3\n!!! nonsense\n--frobnicate\ndjango ==> 5\nrequests\n");

    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(2, 3, 4);
    assertThat(parsed.model().requirements())
        .extracting(r -> r.name().orElseThrow())
        .containsExactly("flask", "requests");
  }

  @Test
  void aBackslashOnTheLastLineEndsTheFile() {
    assertThat(parse("flask \\").model().requirements()).hasSize(1);
  }
}
