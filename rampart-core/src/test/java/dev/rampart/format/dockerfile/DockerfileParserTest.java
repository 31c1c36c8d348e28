package dev.rampart.format.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  private static Parsed<Dockerfile> parse(String text) {
    return new DockerfileParser().parse(new SourceText("Dockerfile", text));
  }

  private static Dockerfile model(String text) {
    Parsed<Dockerfile> parsed = parse(text);
    assertThat(parsed.problems()).isEmpty();
    return parsed.model();
  }

  private static Instruction only(String text) {
    List<Instruction> instructions = model(text).instructions();
    assertThat(instructions).hasSize(1);
    return instructions.get(0);
  }

  private static List<String> commandNames(Instruction instruction) {
    return instruction.script().commands().stream().map(ShellCommand::name).toList();
  }

  @Test
  void readsKeywordsCaseInsensitivelyWithPositions() {
    Dockerfile file = model("from alpine\n\n  run echo hi\nCmd [\"sh\"]\n");

    assertThat(file.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("FROM", "RUN", "CMD");
    assertThat(file.instructions())
        .extracting(Instruction::position)
        .containsExactly(Position.of(1, 1), Position.of(3, 3), Position.of(4, 1));
    assertThat(file.instructions()).extracting(Instruction::endLine).containsExactly(1, 3, 4);
    assertThat(file.instructions().get(1).arguments()).isEqualTo("echo hi");
  }

  @Test
  void joinsContinuationLines() {
    Instruction run = only("RUN apt-get update && \\\n    apt-get install -y \\  \n      curl\n");

    assertThat(run.arguments()).isEqualTo("apt-get update &&     apt-get install -y       curl");
    assertThat(run.endLine()).isEqualTo(3);
    assertThat(run.script().commands()).hasSize(2);
    ShellCommand install = run.script().commands().get(1);
    assertThat(install.position()).isEqualTo(Position.of(2, 5));
    assertThat(install.words().get(3).text()).isEqualTo("curl");
    assertThat(install.words().get(3).position()).isEqualTo(Position.of(3, 7));
  }

  @Test
  void dropsCommentsAndEmptyLinesInsideContinuations() {
    Dockerfile file =
        model("RUN apt-get update \\\n  # install curl\n\n  && apt-get install curl\n# after\n");

    Instruction run = file.instructions().get(0);
    assertThat(run.arguments()).isEqualTo("apt-get update   && apt-get install curl");
    assertThat(run.endLine()).isEqualTo(4);
    assertThat(run.script().commands().get(1).position()).isEqualTo(Position.of(4, 6));
    assertThat(file.comments()).extracting(Comment::text).containsExactly("install curl", "after");
    assertThat(file.comments())
        .extracting(Comment::position)
        .containsExactly(Position.of(2, 3), Position.of(5, 1));
  }

  @Test
  void hashInTheMiddleOfALineIsNotAComment() {
    Dockerfile file = model("RUN echo a # not a comment\n");

    assertThat(file.comments()).isEmpty();
    assertThat(file.instructions().get(0).arguments()).isEqualTo("echo a # not a comment");
  }

  @Test
  void handlesCrlfLineEndings() {
    Dockerfile file = model("FROM alpine\r\nRUN apk add \\\r\n    curl\r\n# done\r\nUSER app\r\n");

    assertThat(file.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("FROM", "RUN", "USER");
    Instruction run = file.instructions().get(1);
    assertThat(run.arguments()).isEqualTo("apk add     curl");
    assertThat(run.script().commands().get(0).words().get(2).position())
        .isEqualTo(Position.of(3, 5));
    assertThat(file.instructions().get(2).arguments()).isEqualTo("app");
    assertThat(file.comments()).extracting(Comment::text).containsExactly("done");
  }

  @Test
  void readsParserDirectives() {
    Dockerfile file =
        model("# syntax=docker/dockerfile:1.7\n#CHECK = skip=all\n# escape=`\nFROM scratch\n");

    assertThat(file.directives())
        .containsOnly(
            java.util.Map.entry("syntax", "docker/dockerfile:1.7"),
            java.util.Map.entry("check", "skip=all"),
            java.util.Map.entry("escape", "`"));
    assertThat(file.comments()).hasSize(3);
  }

  @Test
  void directivesOnlyCountBeforeAnyOtherLine() {
    Dockerfile afterComment = model("# hello\n# escape=`\nRUN echo \\\n  hi\n");
    Dockerfile afterBlank = model("\n# syntax=x\nFROM a\n");
    Dockerfile afterUnknown = model("# foo=bar\n# syntax=x\nFROM a\n");

    assertThat(afterComment.directives()).isEmpty();
    assertThat(afterComment.instructions().get(0).arguments()).isEqualTo("echo   hi");
    assertThat(afterBlank.directives()).isEmpty();
    assertThat(afterUnknown.directives()).isEmpty();
  }

  @Test
  void backtickEscapeChangesTheContinuationCharacter() {
    Dockerfile file =
        model(
            """
            # escape=`

            FROM mcr.microsoft.com/windows/servercore
            RUN New-Item -Path C:\\app `
                -ItemType Directory
            COPY . C:\\app\\
            """);

    Instruction run = file.instructions().get(1);
    assertThat(run.arguments()).isEqualTo("New-Item -Path C:\\app     -ItemType Directory");
    assertThat(run.endLine()).isEqualTo(5);
    Instruction copy = file.instructions().get(2);
    assertThat(copy.arguments()).isEqualTo(". C:\\app\\");
    assertThat(copy.endLine()).isEqualTo(6);
  }

  @Test
  void repeatedOrInvalidDirectivesAreProblems() {
    Parsed<Dockerfile> parsed = parse("# escape=`\n# escape=\\\n# syntax=a\n# syntax=b\nFROM a\n");
    Parsed<Dockerfile> invalid = parse("# escape=x\nRUN a \\\n b\n");

    assertThat(parsed.problems()).extracting(ParseProblem::line).containsExactly(2, 4);
    assertThat(parsed.model().directives()).containsEntry("escape", "`");
    assertThat(invalid.problems()).singleElement().extracting(ParseProblem::line).isEqualTo(1);
    assertThat(invalid.model().instructions().get(0).arguments()).isEqualTo("a  b");
  }

  @Test
  void readsFlagsWithPositions() {
    Instruction copy =
        only("COPY --from=build --chown=app:app --link  \"--chmod=755\" /src /dst\n");

    assertThat(copy.flags()).extracting(Flag::name).containsExactly("from", "chown", "link");
    assertThat(copy.flags()).extracting(Flag::value).containsExactly("build", "app:app", "");
    assertThat(copy.flags())
        .extracting(Flag::position)
        .containsExactly(Position.of(1, 6), Position.of(1, 19), Position.of(1, 35));
    assertThat(copy.arguments()).isEqualTo("\"--chmod=755\" /src /dst");
    assertThat(copy.flag("from")).map(Flag::value).contains("build");
  }

  @Test
  void unquotesFlagValues() {
    Instruction run = only("RUN --mount=type=secret,id=\"my key\" --network=none make\n");

    assertThat(run.flags("mount"))
        .singleElement()
        .extracting(Flag::value)
        .isEqualTo("type=secret,id=my key");
    assertThat(run.flag("network")).map(Flag::value).contains("none");
    assertThat(commandNames(run)).containsExactly("make");
  }

  @Test
  void flagsOnContinuationLinesKeepTheirPositions() {
    Instruction run =
        only(
            "RUN \\\n  --mount=type=cache,target=/a \\\n  --mount=type=tmpfs,target=/b \\\n  apt-get update\n");

    assertThat(run.flags())
        .extracting(Flag::position)
        .containsExactly(Position.of(2, 3), Position.of(3, 3));
    assertThat(run.script().commands().get(0).position()).isEqualTo(Position.of(4, 3));
  }

  @Test
  void loneBackslashBetweenFlagsIsWhitespace() {
    Instruction run =
        only(
            "RUN --mount=type=cache,target=/a \\    --mount=type=cache,target=/b \\    apt-get update\n");

    assertThat(run.flags("mount"))
        .extracting(Flag::value)
        .containsExactly("type=cache,target=/a", "type=cache,target=/b");
    assertThat(run.arguments()).isEqualTo("apt-get update");
    assertThat(commandNames(run)).containsExactly("apt-get");
  }

  @Test
  void doubleDashEndsFlags() {
    Instruction run = only("RUN --network=none -- --version\n");

    assertThat(run.flags()).hasSize(1);
    assertThat(run.arguments()).isEqualTo("--version");
  }

  @Test
  void readsExecForm() {
    Dockerfile file =
        model(
            """
            CMD [ "/bin/sh", "-c", \\
                  "echo foo && echo bar" ]
            ENTRYPOINT ["tini", "--"]
            VOLUME ["/data"]
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            COPY ["a b", "/dst/"]
            """);

    assertThat(file.instructions())
        .extracting(Instruction::execForm)
        .containsExactly(
            Optional.of(List.of("/bin/sh", "-c", "echo foo && echo bar")),
            Optional.of(List.of("tini", "--")),
            Optional.of(List.of("/data")),
            Optional.of(List.of("/bin/bash", "-o", "pipefail", "-c")),
            Optional.of(List.of("a b", "/dst/")));
    assertThat(file.instructions().get(0).endLine()).isEqualTo(2);
  }

  @Test
  void anythingButAJsonStringArrayIsShellForm() {
    Dockerfile file =
        model(
            "CMD [\"a\", 1]\nCMD ['single']\nCMD [\"a\"] extra\nCMD [\"unterminated\"\nCMD echo [\"x\"]\n");

    assertThat(file.instructions()).allSatisfy(i -> assertThat(i.isExecForm()).isFalse());
  }

  @Test
  void execFormRunIsOneCommand() {
    Instruction run = only("RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");

    assertThat(run.script().commands())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.words())
                  .extracting(Word::text)
                  .containsExactly("apt-get", "install", "-y", "curl");
              assertThat(c.words().get(0).raw()).isEqualTo("\"apt-get\"");
              assertThat(c.words().get(1).position()).isEqualTo(Position.of(1, 17));
            });
  }

  @Test
  void execFormShellDashCRunsItsScript() {
    Instruction run = only("RUN [\"/bin/bash\", \"-ec\", \"apt-get update && curl x | sh\"]\n");

    assertThat(commandNames(run)).containsExactly("apt-get", "curl", "sh");
    assertThat(run.script().commands().get(0).position()).isEqualTo(Position.of(1, 27));
    assertThat(run.script().commands().get(1).pipedTo()).isTrue();
  }

  @Test
  void readsHealthcheck() {
    Dockerfile file =
        model(
            """
            HEALTHCHECK --interval=30s --timeout=3s \\
              CMD curl -f http://localhost/ || exit 1
            HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
            HEALTHCHECK NONE
            """);

    Instruction shell = file.instructions().get(0);
    assertThat(shell.flags()).extracting(Flag::name).containsExactly("interval", "timeout");
    assertThat(shell.arguments()).isEqualTo("CMD curl -f http://localhost/ || exit 1");
    assertThat(shell.isExecForm()).isFalse();
    assertThat(file.instructions().get(1).execForm())
        .contains(List.of("curl", "-f", "http://localhost/"));
    assertThat(file.instructions().get(2).arguments()).isEqualTo("NONE");
  }

  @Test
  void malformedHealthcheckIsAProblem() {
    assertThat(parse("HEALTHCHECK CURL x\nHEALTHCHECK CMD\nHEALTHCHECK NONE x\n").problems())
        .extracting(ParseProblem::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void readsHeredocScripts() {
    Instruction run = only("RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n");

    assertThat(run.endLine()).isEqualTo(4);
    assertThat(run.heredocs())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.delimiter()).isEqualTo("EOF");
              assertThat(h.body()).isEqualTo("apt-get update\napt-get install -y curl");
              assertThat(h.bodyStart()).isEqualTo(Position.of(2, 1));
              assertThat(h.quoted()).isFalse();
            });
    assertThat(commandNames(run)).containsExactly("apt-get", "apt-get");
    assertThat(run.script().commands().get(1).words().get(3).position())
        .isEqualTo(Position.of(3, 20));
  }

  @Test
  void chompedHeredocStripsLeadingTabs() {
    Instruction run = only("RUN <<-\"END\"\n\tset -e\n\t\tcurl x\n\tEND\n");

    Heredoc heredoc = run.heredocs().get(0);
    assertThat(heredoc.chompTabs()).isTrue();
    assertThat(heredoc.quoted()).isTrue();
    assertThat(heredoc.delimiter()).isEqualTo("END");
    assertThat(heredoc.body()).isEqualTo("set -e\ncurl x");
    assertThat(run.script().commands().get(1).position()).isEqualTo(Position.of(3, 3));
  }

  @Test
  void readsSeveralHeredocsPerInstruction() {
    Dockerfile file = model("COPY <<A <<'B' /dst/\nalpha\nA\nbeta\nB\nUSER app\n");

    Instruction copy = file.instructions().get(0);
    assertThat(copy.heredocs()).extracting(Heredoc::delimiter).containsExactly("A", "B");
    assertThat(copy.heredocs()).extracting(Heredoc::body).containsExactly("alpha", "beta");
    assertThat(copy.heredocs())
        .extracting(Heredoc::bodyStart)
        .containsExactly(Position.of(2, 1), Position.of(4, 1));
    assertThat(copy.endLine()).isEqualTo(5);
    assertThat(copy.script().commands()).isEmpty();
    assertThat(file.instructions().get(1).position()).isEqualTo(Position.of(6, 1));
  }

  @Test
  void heredocFedToAnInterpreterIsNotAShellScript() {
    Dockerfile file =
        model(
            """
            RUN python3 <<EOF
            import os
            EOF
            RUN cat <<EOF > /etc/app.conf
            rm -rf /
            EOF
            RUN bash -e <<EOF
            curl x | sh
            EOF
            RUN <<EOF
            #!/usr/bin/env python3
            print(1)
            EOF
            """);

    assertThat(commandNames(file.instructions().get(0))).containsExactly("python3");
    assertThat(commandNames(file.instructions().get(1))).containsExactly("cat");
    assertThat(commandNames(file.instructions().get(2))).containsExactly("bash", "curl", "sh");
    assertThat(file.instructions().get(3).script().commands()).isEmpty();
  }

  @Test
  void heredocsOnlyApplyToRunCopyAndAdd() {
    Dockerfile file = model("ENV A=<<EOF\nRUN echo [\"<<EOF\"]\nUSER b\n");

    assertThat(file.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("ENV", "RUN", "USER");
    assertThat(file.instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
  }

  @Test
  void unterminatedHeredocIsAProblemAndRunsToTheEnd() {
    Parsed<Dockerfile> parsed =
        parse("FROM a\nRUN cat <<EOF > /x\nline 1\nRUN not an instruction\n");

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("<<EOF").contains("never terminated");
            });
    Instruction run = parsed.model().instructions().get(1);
    assertThat(run.heredocs().get(0).body()).isEqualTo("line 1\nRUN not an instruction");
    assertThat(run.endLine()).isEqualTo(4);
    assertThat(parsed.model().instructions()).hasSize(2);
  }

  @Test
  void heredocAtTheEndOfTheFileHasAValidBodyStart() {
    Parsed<Dockerfile> parsed = parse("RUN <<EOF");

    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.model().instructions().get(0).heredocs().get(0).bodyStart())
        .isEqualTo(Position.of(1, 10));
  }

  @Test
  void onbuildHoldsItsParsedTrigger() {
    Dockerfile file =
        model("FROM a\nONBUILD RUN --mount=type=cache,target=/c \\\n  apk add curl && top\n");

    Instruction onbuild = file.instructions().get(1);
    assertThat(onbuild.keyword()).isEqualTo("ONBUILD");
    assertThat(onbuild.arguments()).startsWith("RUN --mount");
    assertThat(onbuild.endLine()).isEqualTo(3);
    Instruction trigger = onbuild.trigger().orElseThrow();
    assertThat(trigger.keyword()).isEqualTo("RUN");
    assertThat(trigger.position()).isEqualTo(Position.of(2, 9));
    assertThat(trigger.flags())
        .singleElement()
        .extracting(Flag::position)
        .isEqualTo(Position.of(2, 13));
    assertThat(trigger.arguments()).isEqualTo("apk add curl && top");
    assertThat(commandNames(trigger)).containsExactly("apk", "top");
    assertThat(trigger.script().commands().get(1).position()).isEqualTo(Position.of(3, 19));
    assertThat(onbuild.effective()).isSameAs(trigger);
    assertThat(onbuild.script().commands()).isEmpty();
  }

  @Test
  void onbuildTriggerReadsHeredocs() {
    Instruction onbuild = only("ONBUILD RUN <<EOF\necho hi\nEOF\n");

    assertThat(onbuild.endLine()).isEqualTo(3);
    assertThat(commandNames(onbuild.trigger().orElseThrow())).containsExactly("echo");
  }

  @Test
  void onbuildOfOnbuildParsesOneLevel() {
    Instruction onbuild = only("ONBUILD ONBUILD RUN x\n");

    Instruction trigger = onbuild.trigger().orElseThrow();
    assertThat(trigger.keyword()).isEqualTo("ONBUILD");
    assertThat(trigger.trigger()).isEmpty();
  }

  @Test
  void buildsStages() {
    Dockerfile file =
        model(
            """
            FROM golang:1.23 AS Build
            RUN go build
            FROM build as test
            RUN go test
            FROM gcr.io/distroless/static
            COPY --from=build /app /app
            """);

    assertThat(file.stages()).hasSize(3);
    Stage build = file.stages().get(0);
    assertThat(build.name()).contains("Build");
    assertThat(build.image().orElseThrow().tag()).contains("1.23");
    assertThat(build.instructions()).extracting(Instruction::keyword).containsExactly("RUN");
    Stage test = file.stages().get(1);
    assertThat(test.baseStage()).contains(0);
    assertThat(test.image()).isEmpty();
    assertThat(file.lineage(test)).containsExactly(test, build);
    Stage last = file.stages().get(2);
    assertThat(last.image().orElseThrow().registry()).contains("gcr.io");
    assertThat(last.image().orElseThrow().repository()).isEqualTo("distroless/static");
    assertThat(file.finalStage()).contains(last);
  }

  @Test
  void targetStagesAreTheFinalOneAndNamedStagesNothingUses() {
    Dockerfile file =
        model(
            """
            FROM alpine AS base
            FROM alpine AS copied
            FROM alpine AS mounted
            FROM alpine
            FROM alpine AS debug
            FROM alpine AS onbuild
            FROM base
            COPY --from=Copied /a /a
            RUN --mount=type=cache,target=/c --mount=type=bind,from=mounted ls
            ONBUILD COPY --from=5 /b /b
            FROM alpine
            """);

    assertThat(file.targetStages())
        .extracting(Stage::index)
        .as("unnamed stages cannot be targeted; used ones are builders")
        .containsExactly(4, 7);
    assertThat(file.isUsedByAnother(file.stages().get(1))).isTrue();
    assertThat(file.isUsedByAnother(file.stages().get(4))).isFalse();
  }

  @Test
  void onlyEarlierStagesAreReferenced() {
    Dockerfile file = model("FROM later\nFROM alpine AS later\n");

    assertThat(file.stages().get(0).baseStage()).isEmpty();
    assertThat(file.stages().get(0).image().orElseThrow().repository()).isEqualTo("later");
  }

  @Test
  void parsesImageReferences() {
    Dockerfile file =
        model(
            """
            FROM scratch
            FROM localhost/app:1
            FROM registry:5000/team/app@sha256:abc
            FROM library/debian:12-slim
            FROM user/app
            """);

    List<ImageRef> images = file.stages().stream().map(s -> s.image().orElseThrow()).toList();
    assertThat(images.get(0).isScratch()).isTrue();
    assertThat(images.get(1).registry()).contains("localhost");
    assertThat(images.get(1).repository()).isEqualTo("app");
    assertThat(images.get(2).registry()).contains("registry:5000");
    assertThat(images.get(2).repository()).isEqualTo("team/app");
    assertThat(images.get(2).tag()).isEmpty();
    assertThat(images.get(2).digest()).contains("sha256:abc");
    assertThat(images.get(3).registry()).isEmpty();
    assertThat(images.get(3).repository()).isEqualTo("library/debian");
    assertThat(images.get(3).tag()).contains("12-slim");
    assertThat(images.get(4).registry()).isEmpty();
    assertThat(images.get(4).repository()).isEqualTo("user/app");
  }

  @Test
  void substitutesGlobalArgs() {
    Dockerfile file =
        model(
            """
            ARG REGISTRY=ghcr.io
            ARG NAME="app" VERSION
            ARG FULL=${REGISTRY}/org
            FROM $FULL/${NAME}:${VERSION:-1.0}
            FROM ${REGISTRY}/x:$VERSION
            FROM ${MISSING-debian}:${VERSION-12}
            ARG LATE=1
            FROM img:$LATE
            """);

    assertThat(file.globalArgs()).hasSize(3);
    List<ImageRef> images = file.stages().stream().map(s -> s.image().orElseThrow()).toList();
    assertThat(images.get(0).raw()).isEqualTo("$FULL/${NAME}:${VERSION:-1.0}");
    assertThat(images.get(0).resolved()).isEqualTo("ghcr.io/org/app:1.0");
    assertThat(images.get(0).unresolved()).isFalse();
    assertThat(images.get(0).registry()).contains("ghcr.io");
    assertThat(images.get(0).tag()).contains("1.0");
    assertThat(images.get(1).resolved()).isEqualTo("ghcr.io/x:$VERSION");
    assertThat(images.get(1).unresolved()).isTrue();
    assertThat(images.get(2).resolved()).isEqualTo("debian:12");
    assertThat(images.get(2).unresolved()).isFalse();
    // An ARG after the first FROM belongs to its stage and does not feed FROM lines.
    assertThat(images.get(3).unresolved()).isTrue();
    assertThat(file.stages().get(2).instructions())
        .extracting(Instruction::keyword)
        .containsExactly("ARG");
  }

  @Test
  void stageReferenceThroughAnArg() {
    Dockerfile file = model("ARG BASE=builder\nFROM alpine AS builder\nFROM ${BASE}\n");

    assertThat(file.stages().get(1).baseStage()).contains(0);
    assertThat(file.stages().get(1).image()).isEmpty();
  }

  @Test
  void instructionsBeforeFromFormAnImplicitStage() {
    Dockerfile file =
        model("ARG V=1\nRUN apt-get install x\nARG W\nUSER root\nFROM alpine\nRUN ls\n");

    assertThat(file.globalArgs()).extracting(Instruction::arguments).containsExactly("V=1", "W");
    assertThat(file.instructions()).hasSize(6);
    assertThat(file.stages()).hasSize(2);
    Stage implicit = file.stages().get(0);
    assertThat(implicit.from()).isEmpty();
    assertThat(implicit.image()).isEmpty();
    assertThat(implicit.instructions())
        .extracting(Instruction::keyword)
        .containsExactly("RUN", "USER");
    assertThat(implicit.position()).isEqualTo(Position.of(2, 1));
    assertThat(file.stages().get(1).index()).isEqualTo(1);
  }

  @Test
  void argsOnlyMakeNoStage() {
    Dockerfile file = model("ARG A=1\n");

    assertThat(file.stages()).isEmpty();
    assertThat(file.globalArgs()).hasSize(1);
  }

  @Test
  void unknownInstructionIsAProblemAndSkipped() {
    Parsed<Dockerfile> parsed =
        parse("FORM ubuntu\nRUN echo \\\n  ok\nFROM \\\n  alpine\nUSER x\n");

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).isEqualTo("unknown instruction FORM");
            });
    assertThat(parse("foo bar \\\n baz\nUSER x\n").problems())
        .singleElement()
        .extracting(ParseProblem::line)
        .isEqualTo(1);
    assertThat(parsed.model().instructions())
        .extracting(Instruction::keyword)
        .containsExactly("RUN", "FROM", "USER");
  }

  @Test
  void missingArgumentsAreProblems() {
    Parsed<Dockerfile> parsed =
        parse(
            "FROM\nRUN\nCOPY onlyone\nFROM a b\nUSER\nONBUILD\nRUN --mount=type=cache,target=/x\nCMD\n");

    assertThat(parsed.problems())
        .extracting(ParseProblem::line)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(parsed.problems().get(0).message()).contains("FROM");
    assertThat(parsed.model().instructions()).hasSize(8);
    assertThat(parsed.model().stages()).hasSize(2);
  }

  @Test
  void binaryJunkGivesProblemsNotExceptions() {
    String junk =
        "\0\u0001\u0002ELF\u007f\uFFFD\n\u0000RUN\0x\n" + "\u00ff\u00fe".repeat(10) + "\n";

    Parsed<Dockerfile> parsed = parse(junk);

    assertThat(parsed.problems()).isNotEmpty();
    assertThat(parsed.problems().get(0).message()).contains("NUL");
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\0"));
  }

  @Test
  void problemsAreCapped() {
    Parsed<Dockerfile> parsed = parse("BAD\n".repeat(10_000));

    assertThat(parsed.problems()).hasSize(101);
    assertThat(parsed.problems().get(100).line()).isZero();
  }

  @Test
  void byteOrderMarkIsIgnored() {
    Dockerfile file = model("\uFEFF# syntax=x\nFROM a\n");

    assertThat(file.directives()).containsKey("syntax");
    assertThat(file.instructions().get(0).position()).isEqualTo(Position.of(2, 1));
  }

  @Test
  void emptyFileIsEmpty() {
    Dockerfile file = model("");

    assertThat(file.instructions()).isEmpty();
    assertThat(file.stages()).isEmpty();
  }

  @Test
  void hugeInputParsesCompletely() {
    String line = "RUN apt-get install -y pkg && echo \"$(date)\" | tee /log \\\n  --flag value\n";
    String text = "FROM a\n" + line.repeat(100_000) + "RUN " + "x".repeat(5_000_000) + "\n";

    // Speed is measured by bench/; this only proves a big input parses completely.
    Parsed<Dockerfile> parsed = parse(text);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.model().instructions()).hasSize(100_002);
  }

  @Test
  void longSingleContinuationKeepsPositions() {
    String text = "RUN a \\\n" + "  && b \\\n".repeat(200_000) + "  && c\n";

    Instruction run = parse(text).model().instructions().get(0);

    assertThat(run.script().commands()).hasSize(200_002);
    assertThat(run.script().commands().get(200_001).position()).isEqualTo(Position.of(200_002, 6));
  }
}
