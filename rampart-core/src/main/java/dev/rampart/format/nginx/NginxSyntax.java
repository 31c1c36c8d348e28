package dev.rampart.format.nginx;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax of one nginx file, as nginx's own {@code ngx_conf_read_token} reads it: directives of
 * words separated by blanks and ended by {@code ;} or a {@code {...}} block, {@code #} comments to
 * the end of the line, single- and double-quoted strings with backslash escapes, and {@code $var}
 * or {@code ${var}} variables kept as written. Unknown directives are read like any other. It
 * recovers from an unbalanced brace, a missing {@code ;} or an unterminated quote with a problem,
 * and keeps the directives read so far. Iterative, so deep nesting cannot overflow the stack.
 */
final class NginxSyntax {
  /** Deeper blocks are not read: no real configuration nests so, and the rules walk recursively. */
  static final int MAX_NESTING = 64;

  private final SourceText source;
  private final String text;
  private final List<ParseProblem> problems;
  private int pos;

  private NginxSyntax(SourceText source, List<ParseProblem> problems) {
    this.source = source;
    this.text = source.text();
    this.problems = problems;
  }

  /** The top-level directives of {@code source}, adding what is wrong to {@code problems}. */
  static List<Directive> parse(SourceText source, List<ParseProblem> problems) {
    return new NginxSyntax(source, problems).directives();
  }

  private static final Pattern DIRECTIVE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private record Word(String value, int start) {}

  private record Open(Directive directive, List<Directive> children) {}

  private List<Directive> directives() {
    List<Directive> top = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    List<Word> words = new ArrayList<>();
    while (true) {
      skipBlanksAndComments();
      if (pos >= text.length()) {
        break;
      }
      char c = text.charAt(pos);
      List<Directive> into = open.isEmpty() ? top : open.peek().children();
      if (c == ';') {
        pos++;
        if (!words.isEmpty()) {
          into.add(directive(words, false));
          words.clear();
        }
      } else if (c == '{') {
        int brace = pos++;
        if (words.isEmpty()) {
          problems.add(problem(brace, "a block { without a directive name before it"));
        }
        Directive block =
            words.isEmpty()
                ? new Directive("", List.of(), List.of(), source, position(brace), true)
                : directive(words, true);
        words.clear();
        into.add(block);
        open.push(new Open(block, new ArrayList<>()));
        if (open.size() > MAX_NESTING) {
          problems.add(
              problem(
                  brace,
                  "blocks nested deeper than " + MAX_NESTING + " levels: the rest is not read"));
          pos = text.length();
          open.pop();
          break;
        }
      } else if (c == '}') {
        int brace = pos++;
        if (!words.isEmpty()) {
          problems.add(
              problem(words.get(0).start(), shown(words.get(0).value()) + " is not ended by ;"));
          into.add(directive(words, false));
          words.clear();
        }
        if (open.isEmpty()) {
          problems.add(problem(brace, "unexpected }: no block is open here"));
        } else {
          Open closed = open.pop();
          closed.directive().addChildren(closed.children());
        }
      } else if (c == '"' || c == '\'') {
        Word word = quoted(c);
        if (word == null) {
          words.clear();
          break;
        }
        words.add(word);
      } else {
        words.add(bare());
      }
    }
    if (!words.isEmpty()) {
      problems.add(
          problem(
              words.get(0).start(),
              "unexpected end of file: " + shown(words.get(0).value()) + " is not ended by ;"));
      (open.isEmpty() ? top : open.peek().children()).add(directive(words, false));
    }
    if (!open.isEmpty()) {
      Open outermost = open.getLast();
      problems.add(
          new ParseProblem(
              outermost.directive().at().line(),
              "unexpected end of file: the block "
                  + shown(outermost.directive().name())
                  + " opened here is never closed"));
      while (!open.isEmpty()) {
        Open closed = open.pop();
        closed.directive().addChildren(closed.children());
      }
    }
    return top;
  }

  private Directive directive(List<Word> words, boolean block) {
    List<String> args = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (Word word : words.subList(1, words.size())) {
      args.add(word.value());
      positions.add(position(word.start()));
    }
    Word name = words.get(0);
    return new Directive(name.value(), args, positions, source, position(name.start()), block);
  }

  private void skipBlanksAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        return;
      }
    }
  }

  /** A quoted word, or null (with a problem) when the quote never closes. */
  private Word quoted(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        char next = text.charAt(pos++);
        switch (next) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case '"', '\'', '\\' -> value.append(next);
          default -> value.append('\\').append(next);
        }
      } else if (c == quote) {
        return new Word(value.toString(), start);
      } else {
        value.append(c);
      }
    }
    problems.add(
        problem(start, "unterminated quoted string: the " + quote + " opened here never closes"));
    pos = text.length();
    return null;
  }

  /**
   * An unquoted word: up to a blank, a semicolon or a brace (not one inside a {@code $\{name\}}).
   */
  private Word bare() {
    int start = pos;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '$' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
        int close = text.indexOf('}', pos);
        int end = close < 0 ? text.length() : close + 1;
        value.append(text, pos, end);
        pos = end;
        continue;
      }
      if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}') {
        break;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        value.append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
    return new Word(value.toString(), start);
  }

  private Position position(int offset) {
    return source.positionOf(offset);
  }

  /**
   * A directive's name for a message, or "a directive" when the word is no name: a message never
   * shows arguments or free text, which may hold a credential ({@code if ($http_x_api_key !=
   * ...)}).
   */
  private static String shown(String name) {
    return DIRECTIVE_NAME.matcher(name).matches() ? "`" + name + "`" : "a directive";
  }

  private ParseProblem problem(int offset, String message) {
    return new ParseProblem(position(offset).line(), message);
  }
}
