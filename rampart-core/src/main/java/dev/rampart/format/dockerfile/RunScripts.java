package dev.rampart.format.dockerfile;

import dev.rampart.format.shell.ShellCommand;
import dev.rampart.format.shell.ShellParser;
import dev.rampart.format.shell.ShellScript;
import dev.rampart.format.shell.Word;
import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Works out the shell commands a {@code RUN} instruction executes. */
final class RunScripts {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");

  private RunScripts() {}

  /** A here-document body with a way to place its characters in the file. */
  record Body(Heredoc heredoc, String text, IntFunction<Position> positionAt) {}

  /**
   * @param arguments the argument text after the flags
   * @param argumentAt maps an offset in {@code arguments} to its position in the file
   */
  static ShellScript script(
      String arguments,
      IntFunction<Position> argumentAt,
      Optional<List<ExecForm.JsonString>> execForm,
      List<Body> heredocs) {
    if (execForm.isPresent()) {
      return execScript(arguments, execForm.get(), argumentAt);
    }
    if (!heredocs.isEmpty() && HeredocMarker.onlyMarkers(arguments)) {
      // `RUN <<EOF`: BuildKit runs a lone heredoc as the script itself.
      Body body = heredocs.get(0);
      return heredocs.size() == 1 && runsInShell(body.text()) ? parse(body) : ShellScript.EMPTY;
    }
    ShellScript script = ShellParser.parse(arguments, argumentAt);
    if (heredocs.isEmpty() || !feedsShell(script)) {
      return script;
    }
    // `RUN bash <<EOF`: the heredoc is the shell's input, so its commands run too.
    List<ShellCommand> commands = new ArrayList<>(script.commands());
    for (Body body : heredocs) {
      commands.addAll(parse(body).commands());
    }
    return new ShellScript(commands);
  }

  private static ShellScript parse(Body body) {
    return ShellParser.parse(body.text(), body.positionAt());
  }

  /** True unless the body starts with a {@code #!} line naming something other than a shell. */
  private static boolean runsInShell(String body) {
    if (!body.startsWith("#!")) {
      return true;
    }
    int end = body.indexOf('\n');
    List<String> words = Chars.words(body.substring(2, end < 0 ? body.length() : end));
    if (words.isEmpty()) {
      return false;
    }
    String interpreter = baseName(words.get(0));
    if (interpreter.equals("env") && words.size() > 1) {
      interpreter = baseName(words.get(1));
    }
    return SHELLS.contains(interpreter);
  }

  private static boolean feedsShell(ShellScript script) {
    return script.commands().stream()
        .anyMatch(c -> SHELLS.contains(c.baseName()) && scriptArgument(c.words()) < 0);
  }

  private static ShellScript execScript(
      String arguments, List<ExecForm.JsonString> strings, IntFunction<Position> argumentAt) {
    if (strings.isEmpty()) {
      return ShellScript.EMPTY;
    }
    List<Word> words = new ArrayList<>();
    for (ExecForm.JsonString s : strings) {
      String raw = arguments.substring(s.start(), Math.min(s.end(), arguments.length()));
      words.add(new Word(s.value(), raw, argumentAt.apply(s.start())));
    }
    int script = scriptArgument(words);
    if (SHELLS.contains(baseName(words.get(0).text())) && script >= 0) {
      // ["sh", "-c", "..."]: the string is a script. Escapes in the JSON make the positions
      // inside it approximate; they stay within the string.
      ExecForm.JsonString string = strings.get(script);
      int last = string.end() - 1;
      return ShellParser.parse(
          string.value(), i -> argumentAt.apply(Math.min(string.start() + 1 + i, last)));
    }
    return new ShellScript(List.of(new ShellCommand(List.of(), words, false, false)));
  }

  /**
   * For {@code sh -c SCRIPT} (also {@code -ec}, {@code -o pipefail -c}): the index of SCRIPT among
   * {@code words}; -1 when the shell reads a file or its input instead.
   */
  private static int scriptArgument(List<Word> words) {
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i).text();
      if (w.equals("-o") || w.equals("+o")) {
        i++;
      } else if (w.startsWith("-") && !w.startsWith("--") && w.indexOf('c') > 0) {
        return i + 1 < words.size() ? i + 1 : -1;
      } else if (!w.startsWith("-") && !w.startsWith("+")) {
        return -1;
      }
    }
    return -1;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
