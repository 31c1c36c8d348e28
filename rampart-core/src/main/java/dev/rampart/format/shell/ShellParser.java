package dev.rampart.format.shell;

import dev.rampart.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A small, forgiving reader of POSIX-ish shell scripts that finds their simple commands. It is not
 * a shell: nothing is expanded and there are no syntax errors. Quotes are removed from {@link
 * Word#text()}, redirections and control keywords are dropped, and commands inside subshells,
 * groups, {@code $(...)} and backticks are flattened into one list in the order they are written.
 * Any input is accepted; unbalanced quotes and parentheses simply run to the end of the script.
 * Every character is read once, so the time is linear in the script's length.
 */
public final class ShellParser {

  /**
   * Nesting of {@code $(...)} and backticks beyond this is skipped, not parsed, to bound the stack.
   */
  private static final int MAX_DEPTH = 40;

  private final String src;
  private final IntFunction<Position> positionAt;
  private final List<CommandBuilder> commands = new ArrayList<>();
  private final List<PendingHeredoc> pendingHeredocs = new ArrayList<>();
  private int pos;
  private int depth;
  private int backtickDepth;

  private ShellParser(String src, IntFunction<Position> positionAt) {
    this.src = src;
    this.positionAt = positionAt;
  }

  /**
   * Parses {@code script}.
   *
   * @param positionAt maps a character offset in {@code script} to its position in the file
   */
  public static ShellScript parse(String script, IntFunction<Position> positionAt) {
    ShellParser parser = new ShellParser(script, positionAt);
    try {
      parser.parseList(End.EOF);
    } catch (RuntimeException unexpected) {
      // A safety net only: a bug here must not fail the scan of a file. Keep what was read.
    }
    return parser.result();
  }

  private ShellScript result() {
    List<ShellCommand> out = new ArrayList<>();
    commands.sort(Comparator.comparingInt(c -> c.start));
    for (int i = 0; i < commands.size(); i++) {
      CommandBuilder c = commands.get(i);
      commands.set(i, null); // let the builders go as the commands are made: scripts can be huge
      if (!c.discarded) {
        out.add(new ShellCommand(c.assignments, c.words, c.pipedFrom, c.pipedTo));
      }
    }
    return new ShellScript(out);
  }

  private Word toWord(Token t) {
    return new Word(t.value(), t.raw(), positionAt.apply(t.start()));
  }

  // ---------------------------------------------------------------------------------------------
  // Command lists

  /** What ends a list of commands: the end of input, an unmatched {@code )}, or a backtick. */
  private enum End {
    EOF,
    PAREN,
    BACKTICK
  }

  /** Words at the start of a command that are swallowed rather than kept as a command. */
  private enum Header {
    NONE,
    /** {@code for NAME in WORDS} up to the separator. */
    FOR,
    /** {@code case WORD} up to {@code in}. */
    CASE,
    /** {@code function NAME}. */
    FUNCTION
  }

  private void parseList(End end) {
    Level level = new Level();
    while (true) {
      Token t = level.next();
      switch (t.kind()) {
        case EOF -> {
          level.finish();
          return;
        }
        case BACKTICK_END -> {
          level.finish();
          if (end == End.PAREN) {
            return; // leave the backtick for the enclosing backtick list
          }
          pos++;
          if (end == End.BACKTICK) {
            return;
          }
        }
        case NEWLINE -> level.newline();
        case WORD -> level.word(t);
        case OPERATOR -> {
          if (level.operator(t, end)) {
            return;
          }
        }
      }
    }
  }

  /** The state of one command list: the top level, or the inside of {@code $(...)}. */
  private final class Level {
    private CommandBuilder current;
    private CommandBuilder last;
    private boolean nextPipedFrom;
    private int subshells;
    private int cases;
    private boolean expectPattern;
    private Header header = Header.NONE;
    private Token pushedBack;

    Token next() {
      if (pushedBack != null) {
        Token t = pushedBack;
        pushedBack = null;
        return t;
      }
      return nextToken();
    }

    void finish() {
      if (current != null) {
        last = current;
        current = null;
      }
      header = Header.NONE;
    }

    void newline() {
      // A line break right after `|` or `&&` continues the pipeline or list.
      if (current != null) {
        finish();
        nextPipedFrom = false;
      }
      header = Header.NONE;
    }

    /** Returns true when the operator closes this list. */
    boolean operator(Token t, End end) {
      String op = t.value();
      switch (op) {
        case "&&", "||", ";", "&" -> {
          finish();
          nextPipedFrom = false;
        }
        case ";;", ";&", ";;&" -> {
          finish();
          nextPipedFrom = false;
          expectPattern = cases > 0;
        }
        case "|", "|&" -> pipe();
        case "(" -> openParen();
        case ")" -> {
          return closeParen(end);
        }
        default -> redirection(op);
      }
      return false;
    }

    private void pipe() {
      CommandBuilder writer = current != null ? current : last;
      if (writer != null) {
        writer.pipedTo = true;
      }
      finish();
      nextPipedFrom = true;
    }

    private void openParen() {
      if (pos < src.length() && src.charAt(pos) == '(') {
        pos = matchParens(pos - 1); // `(( arithmetic ))`, also in `for ((...))`
        return;
      }
      if (expectPattern) {
        skipPattern();
        return;
      }
      if (current != null
          && current.words.size() == 1
          && current.assignments.isEmpty()
          && nextNonBlankIs(')')) {
        // `name() { ... }` defines a function: the name is not a command.
        current.discarded = true;
        current = null;
        pos = src.indexOf(')', pos) + 1;
        return;
      }
      finish();
      subshells++;
    }

    private boolean closeParen(End end) {
      finish();
      if (subshells > 0) {
        subshells--;
        return false;
      }
      return end == End.PAREN;
    }

    private void redirection(String op) {
      Token target = next();
      if (target.kind() != Kind.WORD) {
        pushedBack = target;
        return;
      }
      if (!op.endsWith("<<<") && (op.endsWith("<<") || op.endsWith("<<-"))) {
        pendingHeredocs.add(new PendingHeredoc(target.value(), op.endsWith("-")));
      }
    }

    void word(Token t) {
      if (header != Header.NONE) {
        headerWord(t);
        return;
      }
      boolean fresh = current == null;
      if (fresh && expectPattern) {
        if (t.raw().equals("esac")) {
          endCase();
        } else {
          skipPattern();
        }
        return;
      }
      if (fresh && keyword(t.raw())) {
        return;
      }
      CommandBuilder command = builder(t);
      if (command.words.isEmpty() && isAssignment(t.raw())) {
        command.assignments.add(toWord(t));
      } else {
        command.words.add(toWord(t));
      }
    }

    private void headerWord(Token t) {
      switch (header) {
        case CASE -> {
          if (t.raw().equals("in")) {
            header = Header.NONE;
            cases++;
            expectPattern = true;
          }
        }
        case FUNCTION -> header = Header.NONE;
        default -> {
          // `for NAME in WORDS`: dropped up to the separator.
        }
      }
    }

    /** Handles a reserved word at the start of a command; returns false for ordinary words. */
    private boolean keyword(String word) {
      switch (word) {
        case "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "{", "}", "!" -> {
          return true;
        }
        case "esac" -> {
          endCase();
          return true;
        }
        case "for", "select" -> {
          header = Header.FOR;
          return true;
        }
        case "case" -> {
          header = Header.CASE;
          return true;
        }
        case "function" -> {
          header = Header.FUNCTION;
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    private void endCase() {
      if (cases > 0) {
        cases--;
      }
      expectPattern = false;
    }

    /** Skips a {@code case} pattern such as {@code a|b)} up to its closing parenthesis. */
    private void skipPattern() {
      expectPattern = false;
      while (true) {
        Token t = next();
        boolean inPattern =
            t.kind() == Kind.WORD
                || (t.kind() == Kind.OPERATOR && (t.value().equals("|") || t.value().equals("(")));
        if (t.kind() == Kind.OPERATOR && t.value().equals(")")) {
          return;
        }
        if (!inPattern) {
          pushedBack = t;
          return;
        }
      }
    }

    private CommandBuilder builder(Token first) {
      if (current == null) {
        current = new CommandBuilder(first.start(), nextPipedFrom);
        nextPipedFrom = false;
        commands.add(current);
      }
      return current;
    }
  }

  private static final class CommandBuilder {
    final int start;
    final boolean pipedFrom;
    final List<Word> assignments = new ArrayList<>();
    final List<Word> words = new ArrayList<>();
    boolean pipedTo;
    boolean discarded;

    CommandBuilder(int start, boolean pipedFrom) {
      this.start = start;
      this.pipedFrom = pipedFrom;
    }
  }

  private record PendingHeredoc(String delimiter, boolean chompTabs) {}

  /** {@code NAME=value}, {@code NAME+=value} or {@code NAME[i]=value}. */
  static boolean isAssignment(String raw) {
    int eq = raw.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    int nameEnd = raw.charAt(eq - 1) == '+' ? eq - 1 : eq;
    if (nameEnd > 0 && raw.charAt(nameEnd - 1) == ']') {
      nameEnd = raw.lastIndexOf('[', nameEnd - 1);
    }
    return nameEnd > 0 && isName(raw, 0, nameEnd);
  }

  private static boolean isName(String s, int from, int to) {
    if (from >= to || Character.isDigit(s.charAt(from))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && c != '_') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private enum Kind {
    WORD,
    OPERATOR,
    NEWLINE,
    BACKTICK_END,
    EOF
  }

  /**
   * @param value the word after quote removal, or the operator
   * @param raw the word as written
   */
  private record Token(Kind kind, String value, String raw, int start) {}

  private Token nextToken() {
    skipBlanksAndComments();
    if (pos >= src.length()) {
      return new Token(Kind.EOF, "", "", pos);
    }
    char c = src.charAt(pos);
    if (c == '\n') {
      int start = pos++;
      skipHeredocBodies();
      return new Token(Kind.NEWLINE, "\n", "\n", start);
    }
    if (c == '`' && backtickDepth > 0) {
      return new Token(Kind.BACKTICK_END, "`", "`", pos); // consumed by the backtick list
    }
    String op = operatorAt(pos);
    if (op != null) {
      int start = pos;
      pos += op.length();
      return new Token(Kind.OPERATOR, op, op, start);
    }
    return readWord();
  }

  private void skipBlanksAndComments() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isBlank(c)) {
        pos++;
      } else if (c == '\\' && lineBreakLength(pos + 1) > 0) {
        pos += 1 + lineBreakLength(pos + 1);
      } else if (c == '#') {
        int nl = src.indexOf('\n', pos);
        pos = nl < 0 ? src.length() : nl;
      } else {
        return;
      }
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isOperatorChar(char c) {
    return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
  }

  /** The length of the line break at {@code i} (1 for LF, 2 for CRLF), or 0. */
  private int lineBreakLength(int i) {
    if (i < src.length() && src.charAt(i) == '\n') {
      return 1;
    }
    if (i + 1 < src.length() && src.charAt(i) == '\r' && src.charAt(i + 1) == '\n') {
      return 2;
    }
    return 0;
  }

  private char charAt(int i) {
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private String operatorAt(int i) {
    char c = src.charAt(i);
    char n = charAt(i + 1);
    return switch (c) {
      case '&' -> n == '&' ? "&&" : n == '>' ? (charAt(i + 2) == '>' ? "&>>" : "&>") : "&";
      case '|' -> n == '|' ? "||" : n == '&' ? "|&" : "|";
      case ';' -> n == ';' ? (charAt(i + 2) == '&' ? ";;&" : ";;") : n == '&' ? ";&" : ";";
      case '(' -> "(";
      case ')' -> ")";
      case '<', '>' -> redirectionAt(i, i);
      default -> c >= '0' && c <= '9' ? numberedRedirectionAt(i) : null;
    };
  }

  /** {@code 2>&1}, {@code 0<file}: digits directly followed by a redirection operator. */
  private String numberedRedirectionAt(int i) {
    int j = i;
    while (j < src.length() && src.charAt(j) >= '0' && src.charAt(j) <= '9') {
      j++;
    }
    return charAt(j) == '<' || charAt(j) == '>' ? redirectionAt(i, j) : null;
  }

  /** A redirection operator at {@code op}, with the file descriptor digits from {@code start}. */
  private String redirectionAt(int start, int op) {
    char c = src.charAt(op);
    char n = charAt(op + 1);
    int length = 1;
    if (c == '<') {
      if (n == '<') {
        char n2 = charAt(op + 2);
        length = n2 == '<' || n2 == '-' ? 3 : 2;
      } else if (n == '&' || n == '>') {
        length = 2;
      }
    } else if (n == '>' || n == '&' || n == '|') {
      length = 2;
    }
    return src.substring(start, op + length);
  }

  private Token readWord() {
    int start = pos;
    StringBuilder text = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isBlank(c) || c == '\n') {
        break;
      }
      if (c == '('
          && pos > start
          && src.charAt(pos - 1) == '='
          && isAssignment(src.substring(start, pos))) {
        readArray(text); // `arr=(a b c)`
        continue;
      }
      if (isOperatorChar(c)) {
        break;
      }
      switch (c) {
        case '`' -> {
          if (backtickDepth > 0) {
            return word(start, text);
          }
          readBackticks(text);
        }
        case '\\' -> readEscape(text);
        case '\'' -> readSingleQuoted(text);
        case '"' -> readDoubleQuoted(text);
        case '$' -> readDollar(text, false);
        default -> {
          text.append(c);
          pos++;
        }
      }
    }
    return word(start, text);
  }

  private Token word(int start, StringBuilder text) {
    String raw = src.substring(start, pos);
    // Most words have no quotes: share one string for both.
    String value = raw.contentEquals(text) ? raw : text.toString();
    return new Token(Kind.WORD, value, raw, start);
  }

  private void readArray(StringBuilder text) {
    int start = pos;
    pos = matchParens(pos);
    text.append(src, start, pos);
  }

  private void readEscape(StringBuilder text) {
    int lineBreak = lineBreakLength(pos + 1);
    if (lineBreak > 0) {
      pos += 1 + lineBreak; // a line continuation disappears
    } else if (pos + 1 < src.length()) {
      text.append(src.charAt(pos + 1));
      pos += 2;
    } else {
      text.append('\\');
      pos++;
    }
  }

  private void readSingleQuoted(StringBuilder text) {
    int close = src.indexOf('\'', pos + 1);
    int end = close < 0 ? src.length() : close;
    text.append(src, pos + 1, end);
    pos = close < 0 ? src.length() : close + 1;
  }

  private void readDoubleQuoted(StringBuilder text) {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\') {
        readEscapeInDoubleQuotes(text);
      } else if (c == '$') {
        readDollar(text, true);
      } else if (c == '`') {
        if (backtickDepth > 0) {
          return; // the closing backtick of an enclosing substitution
        }
        readBackticks(text);
      } else {
        text.append(c);
        pos++;
      }
    }
  }

  private void readEscapeInDoubleQuotes(StringBuilder text) {
    int lineBreak = lineBreakLength(pos + 1);
    char n = charAt(pos + 1);
    if (lineBreak > 0) {
      pos += 1 + lineBreak;
    } else if (pos + 1 < src.length() && (n == '$' || n == '`' || n == '"' || n == '\\')) {
      text.append(n);
      pos += 2;
    } else {
      text.append('\\');
      pos++;
    }
  }

  private void readDollar(StringBuilder text, boolean inDoubleQuotes) {
    int start = pos;
    char n = charAt(pos + 1);
    if (n == '(' && charAt(pos + 2) == '(') {
      pos = matchParens(pos + 1); // $(( arithmetic )): no commands inside
    } else if (n == '(') {
      pos += 2;
      substitute(End.PAREN);
    } else if (n == '{') {
      pos = matchBraces(pos + 1);
    } else if (n == '\'' && !inDoubleQuotes) {
      readAnsiCQuoted(text);
      return;
    } else if (n == '"' && !inDoubleQuotes) {
      pos++; // $"..." is a translated string; the quote follows
      return;
    } else {
      pos++;
    }
    text.append(src, start, pos);
  }

  /** {@code $'...'}: kept as written between the quotes. */
  private void readAnsiCQuoted(StringBuilder text) {
    int i = pos + 2;
    while (i < src.length() && src.charAt(i) != '\'') {
      i += src.charAt(i) == '\\' ? 2 : 1;
    }
    int end = Math.min(i, src.length());
    text.append(src, pos + 2, end);
    pos = Math.min(end + 1, src.length());
  }

  private void readBackticks(StringBuilder text) {
    int start = pos++;
    backtickDepth++;
    try {
      substitute(End.BACKTICK);
    } finally {
      backtickDepth--;
    }
    text.append(src, start, pos);
  }

  /** Parses the commands of a substitution, or skips them when nested too deeply. */
  private void substitute(End end) {
    if (depth >= MAX_DEPTH) {
      if (end == End.PAREN) {
        pos = matchParens(pos - 1);
      } else {
        int close = src.indexOf('`', pos);
        pos = close < 0 ? src.length() : close + 1;
      }
      return;
    }
    depth++;
    try {
      parseList(end);
    } finally {
      depth--;
    }
  }

  /** The index after the parenthesis matching the one at {@code open}, or the end of input. */
  private int matchParens(int open) {
    return matchClosing(open, '(', ')');
  }

  private int matchBraces(int open) {
    return matchClosing(open, '{', '}');
  }

  private int matchClosing(int open, char opening, char closing) {
    int nesting = 0;
    int i = open;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'') {
        int close = src.indexOf('\'', i + 1);
        i = close < 0 ? src.length() : close + 1;
        continue;
      }
      if (c == opening) {
        nesting++;
      } else if (c == closing && --nesting == 0) {
        return i + 1;
      }
      i++;
    }
    return src.length();
  }

  private boolean nextNonBlankIs(char expected) {
    int i = pos;
    while (i < src.length() && isBlank(src.charAt(i))) {
      i++;
    }
    return i < src.length() && src.charAt(i) == expected;
  }

  /** After a line break, skips the bodies of the here-documents opened on that line. */
  private void skipHeredocBodies() {
    for (PendingHeredoc heredoc : pendingHeredocs) {
      skipHeredocBody(heredoc);
    }
    pendingHeredocs.clear();
  }

  private void skipHeredocBody(PendingHeredoc heredoc) {
    String delimiter = heredoc.delimiter();
    while (pos < src.length()) {
      int nl = src.indexOf('\n', pos);
      int lineEnd = nl < 0 ? src.length() : nl;
      int contentEnd = lineEnd > pos && src.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int from = pos;
      while (heredoc.chompTabs() && from < contentEnd && src.charAt(from) == '\t') {
        from++;
      }
      pos = nl < 0 ? src.length() : nl + 1;
      if (contentEnd - from == delimiter.length()
          && src.regionMatches(from, delimiter, 0, delimiter.length())) {
        return;
      }
    }
  }
}
