package dev.rampart.format.env;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads dotenv files the way Docker Compose and the common dotenv libraries do: {@code NAME=value}
 * lines with an optional {@code export}, {@code #} comments, unquoted values ending at a {@code #}
 * after white space, single-quoted values taken literally, and double-quoted values with {@code
 * \n}, {@code \t}, {@code \"} and {@code \\} escapes. Quoted values may span lines. A line that is
 * none of these, or a quote left open, is a parse problem on its line, and reading goes on with the
 * next line, so one typo never hides the rest of the file.
 */
public final class EnvParser implements Parser<EnvFile> {
  // Compose accepts dots and dashes in names; a leading digit is never valid.
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

  @Override
  public Parsed<EnvFile> parse(SourceText source) {
    return new Reader(source.text()).read();
  }

  private static final class Reader {
    private final String text;
    private final List<EnvSetting> settings = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int lineStart;
    private int noDoubleAfter = Integer.MAX_VALUE;
    private int noSingleAfter = Integer.MAX_VALUE;

    Reader(String text) {
      this.text = text;
    }

    Parsed<EnvFile> read() {
      while (offset < text.length()) {
        readLine();
      }
      return new Parsed<>(new EnvFile(settings), problems);
    }

    private void readLine() {
      skipBlanks();
      if (atLineEnd() || peek() == '#') {
        nextLine();
        return;
      }
      int nameStart = offset;
      String word = word();
      if (word.equals("export") && offset < text.length() && isBlank(peek())) {
        skipBlanks();
        nameStart = offset;
        word = word();
      }
      Position namePosition = position(nameStart);
      if (!NAME.matcher(word).matches()) {
        // The text is not quoted: a line that is no setting may be a secret pasted on its own.
        problem(
            word.isEmpty()
                ? "expected NAME=value, found no name: line not read"
                : "expected NAME=value, and the line does not start with a variable name: line not"
                    + " read");
        nextLine();
        return;
      }
      skipBlanks();
      if (atLineEnd() || peek() == '#') {
        settings.add(new EnvSetting(word, Optional.empty(), namePosition, namePosition, (char) 0));
        nextLine();
        return;
      }
      if (peek() != '=') {
        problem(
            "expected = after the name at column "
                + namePosition.column()
                + ", found other text: line not read");
        nextLine();
        return;
      }
      offset++;
      skipBlanks();
      char quote = offset < text.length() ? peek() : 0;
      if (quote == '"' || quote == '\'') {
        offset++;
        Position valuePosition = position(offset);
        readQuoted(word, namePosition, valuePosition, quote);
      } else {
        Position valuePosition = position(offset);
        settings.add(
            new EnvSetting(word, Optional.of(unquoted()), namePosition, valuePosition, (char) 0));
        nextLine();
      }
    }

    private void readQuoted(
        String name, Position namePosition, Position valuePosition, char quote) {
      int start = offset;
      int startLine = line;
      int startLineStart = lineStart;
      StringBuilder value = new StringBuilder();
      // Once a search for a closing quote has run to the end of the file, every later one of the
      // same kind would too: remembering that keeps a file of stray quotes linear.
      boolean open = offset < (quote == '"' ? noDoubleAfter : noSingleAfter);
      while (open && offset < text.length()) {
        char c = text.charAt(offset);
        if (c == quote) {
          offset++;
          settings.add(
              new EnvSetting(
                  name, Optional.of(value.toString()), namePosition, valuePosition, quote));
          skipBlanks();
          if (!atLineEnd() && peek() != '#') {
            problem("text after the closing quote of " + name + " is ignored");
          }
          nextLine();
          return;
        }
        if (c == '\\' && quote == '"' && offset + 1 < text.length()) {
          value.append(escaped(text.charAt(offset + 1)));
          offset += 2;
          continue;
        }
        if (c == '\n') {
          line++;
          lineStart = offset + 1;
        }
        value.append(c);
        offset++;
      }
      if (quote == '"') {
        noDoubleAfter = Math.min(noDoubleAfter, start);
      } else {
        noSingleAfter = Math.min(noSingleAfter, start);
      }
      // Never closed: take the rest of the opening line as the value, and read on after it,
      // rather than letting one stray quote swallow the file.
      offset = start;
      line = startLine;
      lineStart = startLineStart;
      problem("the value of " + name + " opens a " + quoteName(quote) + " that is never closed");
      settings.add(
          new EnvSetting(
              name, Optional.of(restOfLine().strip()), namePosition, valuePosition, (char) 0));
      nextLine();
    }

    private static String escaped(char c) {
      return switch (c) {
        case 'n' -> "\n";
        case 't' -> "\t";
        case 'r' -> "\r";
        case '"' -> "\"";
        case '\\' -> "\\";
        case '$' -> "\\$";
        default -> "\\" + c;
      };
    }

    private static String quoteName(char quote) {
      return quote == '"' ? "double quote" : "single quote";
    }

    /** An unquoted value: up to the end of the line or a comment, without surrounding blanks. */
    private String unquoted() {
      int start = offset;
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n') {
        if (text.charAt(end) == '#' && end > start && isBlank(text.charAt(end - 1))) {
          break;
        }
        end++;
      }
      offset = end;
      return text.substring(start, end).strip();
    }

    private String restOfLine() {
      int end = text.indexOf('\n', offset);
      return text.substring(offset, end < 0 ? text.length() : end);
    }

    private String word() {
      int start = offset;
      while (offset < text.length()) {
        char c = text.charAt(offset);
        if (isBlank(c) || c == '=' || c == '\n' || c == '#') {
          break;
        }
        offset++;
      }
      return text.substring(start, offset);
    }

    private void nextLine() {
      int end = text.indexOf('\n', offset);
      if (end < 0) {
        offset = text.length();
        return;
      }
      offset = end + 1;
      line++;
      lineStart = offset;
    }

    private void skipBlanks() {
      while (offset < text.length() && isBlank(text.charAt(offset))) {
        offset++;
      }
    }

    private boolean atLineEnd() {
      return offset >= text.length() || peek() == '\n';
    }

    private char peek() {
      return text.charAt(offset);
    }

    private Position position(int at) {
      return Position.of(line, at - lineStart + 1);
    }

    private void problem(String message) {
      problems.add(new ParseProblem(line, message));
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF';
    }
  }
}
