package dev.rampart.format.yaml;

import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Reads a YAML stream into positioned node trees, one per document, with snakeyaml-engine's event
 * parser. The tree is built here, without recursion, rather than by snakeyaml's composer, so that
 * hostile input is refused with a {@link ParseProblem} instead of overflowing the stack or the
 * heap: nesting deeper than {@value #MAX_DEPTH} levels, more than {@value #MAX_ALIASES} aliases of
 * collections in a document, or aliases that would expand a document beyond {@value
 * #MAX_EXPANDED_NODES} nodes ("billion laughs"). Each document is read on its own, so a document
 * that does not parse is reported at its line and the others are still returned. A duplicate key is
 * reported and its last value kept.
 */
public final class YamlParser implements Parser<YamlStream> {
  static final int MAX_DEPTH = 500;
  static final int MAX_ALIASES = 100;
  static final long MAX_EXPANDED_NODES = 1_000_000;

  private static final LoadSettings SETTINGS =
      // The engine has read the file within --max-file-size already; the event parser applies no
      // alias or duplicate-key settings (the composer does), so those limits are enforced here.
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  // A document marker at the start of a line: where one document of a stream ends and the next
  // begins, whatever the previous one got wrong.
  private static final int SHARED_LENGTH = 24;
  private static final Pattern DOCUMENT_START = Pattern.compile("(?m)^---(?=[ \\t\\r\\n]|$)");
  private static final Pattern ONLY_DIRECTIVES =
      Pattern.compile("\\A(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n|%[^\\n]*\\r?\\n)*\\z");

  @Override
  public Parsed<YamlStream> parse(SourceText source) {
    List<YamlDocument> documents = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    String text = source.text();
    int chunkStart = 0;
    Matcher marker = DOCUMENT_START.matcher(text);
    while (marker.find()) {
      int at = marker.start();
      String before = text.substring(chunkStart, at);
      if (at > chunkStart && !(before.contains("%") && ONLY_DIRECTIVES.matcher(before).matches())) {
        new Builder(source, chunkStart, documents, problems).read(before);
        chunkStart = at;
      }
    }
    new Builder(source, chunkStart, documents, problems).read(text.substring(chunkStart));
    return new Parsed<>(new YamlStream(documents), problems);
  }

  /** Why a document was given up, and where. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Mark> at;

    Refused(Optional<Mark> at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** A node with the number of nodes it stands for once its aliases are expanded. */
  private record Weighed(YamlNode node, long weight) {}

  /** A collection being read. */
  private static final class Open {
    final Position position;
    final Optional<Anchor> anchor;
    final boolean mapping;
    final List<YamlNode> items = new ArrayList<>();
    final List<YamlEntry> entries = new ArrayList<>();
    final Map<String, Integer> keys = new HashMap<>();
    final List<YamlMapping> merged = new ArrayList<>();
    YamlNode pendingKey;
    long weight = 1;

    Open(Position position, Optional<Anchor> anchor, boolean mapping) {
      this.position = position;
      this.anchor = anchor;
      this.mapping = mapping;
    }

    YamlNode close() {
      if (!mapping) {
        return new YamlSequence(position, items);
      }
      // A merge key's entries count only where the mapping has no key of its own, and the first
      // merged mapping to have a key wins (the YAML 1.1 merge-key type, which Kubernetes reads).
      for (YamlMapping source : merged) {
        for (YamlEntry entry : source.entries()) {
          Optional<String> name = entry.name();
          if (name.isPresent() && !keys.containsKey(name.get())) {
            keys.put(name.get(), entries.size());
            entries.add(entry);
          }
        }
      }
      return new YamlMapping(position, entries);
    }
  }

  /** Reads the documents of one chunk of the stream. */
  private static final class Builder {
    private final SourceText source;
    private final int lineOffset;
    private final List<YamlDocument> documents;
    private final List<ParseProblem> problems;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<Anchor, Weighed> anchors = new HashMap<>();
    private Position documentStart = Position.START;
    private YamlNode root;
    private int aliases;

    Builder(
        SourceText source, int offset, List<YamlDocument> documents, List<ParseProblem> problems) {
      this.source = source;
      this.lineOffset = source.positionOf(offset).line() - 1;
      this.documents = documents;
      this.problems = problems;
    }

    void read(String chunk) {
      try {
        for (Event event : new Parse(SETTINGS).parseString(chunk)) {
          accept(event);
        }
      } catch (Refused e) {
        problems.add(new ParseProblem(line(e.at), e.getMessage()));
      } catch (MarkedYamlEngineException e) {
        Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
        problems.add(new ParseProblem(line(at), "not valid YAML: " + firstLine(e.getProblem())));
      } catch (RuntimeException e) {
        // Any other failure of the YAML library: this chunk is lost, the file is not.
        problems.add(
            new ParseProblem(
                lineOffset + 1, "not valid YAML: " + firstLine(String.valueOf(e.getMessage()))));
      }
    }

    private void accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          documentStart = position(event.getStartMark());
          anchors.clear();
          open.clear();
          root = null;
          aliases = 0;
        }
        case DocumentEnd ->
            documents.add(new YamlDocument(documentStart, Optional.ofNullable(root)));
        case MappingStart, SequenceStart -> {
          if (open.size() >= MAX_DEPTH) {
            throw new Refused(
                event.getStartMark(),
                "the YAML nests deeper than " + MAX_DEPTH + " levels; the document is not checked");
          }
          boolean mapping = event.getEventId() == Event.ID.MappingStart;
          open.push(
              new Open(position(event.getStartMark()), ((NodeEvent) event).getAnchor(), mapping));
        }
        case MappingEnd, SequenceEnd -> {
          Open done = open.pop();
          YamlNode node = done.close();
          done.anchor.ifPresent(a -> anchors.put(a, new Weighed(node, done.weight)));
          add(new Weighed(node, done.weight), event);
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) event;
          boolean plain = scalar.isPlain() && scalar.getTag().isEmpty();
          YamlNode node =
              new YamlScalar(position(event.getStartMark()), shared(scalar.getValue()), plain);
          scalar.getAnchor().ifPresent(a -> anchors.put(a, new Weighed(node, 1)));
          add(new Weighed(node, 1), event);
        }
        case Alias -> add(alias((AliasEvent) event), event);
        default -> {
          // stream start and end, comments: nothing to build
        }
      }
    }

    private Weighed alias(AliasEvent event) {
      Weighed target = anchors.get(event.getAlias());
      if (target == null) {
        throw new Refused(
            event.getStartMark(),
            "the alias *" + event.getAlias().getValue() + " names no anchor defined before it");
      }
      if (!(target.node() instanceof YamlScalar) && ++aliases > MAX_ALIASES) {
        throw new Refused(
            event.getStartMark(),
            "the document has more than "
                + MAX_ALIASES
                + " aliases of collections; it is not checked");
      }
      return target;
    }

    private void add(Weighed child, Event event) {
      Open parent = open.peek();
      if (parent == null) {
        root = child.node();
        return;
      }
      parent.weight = Math.min(parent.weight + child.weight(), Long.MAX_VALUE / 2);
      if (parent.weight > MAX_EXPANDED_NODES) {
        throw new Refused(
            event.getStartMark(),
            "aliases expand the document beyond "
                + MAX_EXPANDED_NODES
                + " nodes; it is not checked");
      }
      if (!parent.mapping) {
        parent.items.add(child.node());
      } else if (parent.pendingKey == null) {
        parent.pendingKey = child.node();
      } else {
        addEntry(parent, new YamlEntry(parent.pendingKey, child.node()));
        parent.pendingKey = null;
      }
    }

    private void addEntry(Open mapping, YamlEntry entry) {
      Optional<String> name = entry.key() instanceof YamlScalar ? entry.name() : Optional.empty();
      if (name.isPresent() && isMergeKey(entry.key())) {
        entry.value().asMapping().ifPresent(mapping.merged::add);
        entry.value().items().forEach(item -> item.asMapping().ifPresent(mapping.merged::add));
        return;
      }
      if (name.isPresent()) {
        Integer earlier = mapping.keys.get(name.get());
        if (earlier != null) {
          YamlEntry first = mapping.entries.get(earlier);
          problems.add(
              new ParseProblem(
                  entry.position().line(),
                  "duplicate key '"
                      + name.get()
                      + "' (first on line "
                      + first.position().line()
                      + "); the last value counts"));
          mapping.entries.set(earlier, entry);
          return;
        }
        mapping.keys.put(name.get(), mapping.entries.size());
      }
      mapping.entries.add(entry);
    }

    // Keys and short words (name, image, true, Always) repeat across every manifest of a scan;
    // one copy of each keeps the models the scan-wide rules hold small.
    private static String shared(String value) {
      return value.length() <= SHARED_LENGTH ? value.intern() : value;
    }

    private static boolean isMergeKey(YamlNode key) {
      return key instanceof YamlScalar scalar && scalar.plain() && scalar.value().equals("<<");
    }

    private Position position(Optional<Mark> mark) {
      int lines = source.lineCount();
      return mark.map(
              m -> new Position(Math.min(lineOffset + m.getLine() + 1, lines), m.getColumn() + 1))
          .orElse(new Position(lineOffset + 1, 1));
    }

    private int line(Optional<Mark> mark) {
      return position(mark).line();
    }

    private static String firstLine(String message) {
      String text = message == null ? "" : message.strip();
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline);
    }
  }
}
