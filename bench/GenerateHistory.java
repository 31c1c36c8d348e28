import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a deterministic git history as a {@code git fast-import} stream: a monorepo of source
 * files, configs and docs where each commit edits a few files, now and then adds or deletes one,
 * and every 250th commit or so writes a GitHub-shaped token into a config file (half of which a
 * later commit removes again). The same commit count and seed always give the same repository,
 * commit ids included: every date is fixed.
 *
 * <p>Run with {@code java bench/GenerateHistory.java COMMITS [SEED] | git fast-import} in a fresh
 * {@code git init -b main} (no build needed); {@code bench/run --history} does both.
 */
public final class GenerateHistory {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String[] WORDS = {
    "request", "handler", "config", "value", "user", "session", "token", "cache", "result",
    "error", "client", "server", "item", "index", "buffer", "stream", "payload", "record"
  };
  private static final long START = 1_600_000_000L; // 2020-09-13, then one commit an hour

  private final Random random;
  private final OutputStream out;
  private final TreeMap<String, List<String>> files = new TreeMap<>();
  private int nextFile;
  private int secrets;

  private GenerateHistory(long seed, OutputStream out) {
    this.random = new Random(seed);
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java bench/GenerateHistory.java COMMITS [SEED] | git fast-import");
      System.exit(2);
    }
    int commits = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
      GenerateHistory history = new GenerateHistory(seed, out);
      history.generate(commits);
      System.err.printf("generated %d commits, %d planted secrets%n", commits, history.secrets);
    }
  }

  private void generate(int commits) throws IOException {
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      changes.add(add());
    }
    commit(0, "initial import", changes);
    for (int c = 1; c < commits; c++) {
      changes = new ArrayList<>();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        changes.add(edit(randomFile()));
      }
      if (random.nextInt(10) == 0) {
        changes.add(add());
      }
      if (random.nextInt(25) == 0 && files.size() > 100) {
        String gone = randomFile();
        files.remove(gone);
        changes.add("D " + gone + "\n");
      }
      if (c % 250 == 125) {
        changes.add(plantSecret(c));
      } else if (c % 500 == 375) {
        changes.add(removeSecrets());
      }
      commit(c, "change " + c, changes);
    }
  }

  private String add() {
    int service = nextFile / 40;
    int n = nextFile++;
    String ext = switch (n % 5) {
      case 0 -> "java";
      case 1 -> "py";
      case 2 -> "js";
      case 3 -> "go";
      default -> "yaml";
    };
    String path = "services/svc-" + service + "/src/file" + n + "." + ext;
    List<String> lines = new ArrayList<>();
    int count = 40 + random.nextInt(200);
    for (int i = 0; i < count; i++) {
      lines.add(line());
    }
    files.put(path, lines);
    return modify(path);
  }

  private String edit(String path) {
    List<String> lines = files.get(path);
    int changes = 1 + random.nextInt(5);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(lines.size() + 1);
      if (random.nextBoolean() && at < lines.size()) {
        lines.set(at, line());
      } else {
        lines.add(at, line());
      }
    }
    return modify(path);
  }

  private String plantSecret(int commit) {
    String path = "services/svc-" + (commit % 10) + "/config/app.env";
    StringBuilder token = new StringBuilder("ghp_");
    for (int i = 0; i < 36; i++) {
      token.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    List<String> lines = files.computeIfAbsent(path, p -> new ArrayList<>(List.of("DEBUG=false")));
    lines.add("GITHUB_TOKEN=" + token);
    secrets++;
    return modify(path);
  }

  private String removeSecrets() {
    String path =
        files.keySet().stream().filter(p -> p.endsWith("app.env")).findFirst().orElse(null);
    if (path == null) {
      return "";
    }
    files.get(path).removeIf(l -> l.startsWith("GITHUB_TOKEN="));
    return modify(path);
  }

  private String modify(String path) {
    String content = String.join("\n", files.get(path)) + "\n";
    return "M 100644 inline " + path + "\n" + data(content);
  }

  private String randomFile() {
    List<String> paths = new ArrayList<>(files.keySet());
    return paths.get(random.nextInt(paths.size()));
  }

  private String line() {
    int words = 3 + random.nextInt(8);
    StringBuilder line = new StringBuilder("    ");
    for (int i = 0; i < words; i++) {
      line.append(WORDS[random.nextInt(WORDS.length)]).append(i % 3 == 2 ? "(" : " ");
    }
    return line.append(random.nextInt(100_000)).append(");").toString();
  }

  private void commit(int n, String message, List<String> changes) throws IOException {
    long when = START + 3600L * n;
    StringBuilder commit = new StringBuilder();
    commit.append("commit refs/heads/main\n");
    commit.append("author Dev <dev@example.com> ").append(when).append(" +0000\n");
    commit.append("committer Dev <dev@example.com> ").append(when).append(" +0000\n");
    commit.append(data(message));
    changes.forEach(commit::append);
    commit.append('\n');
    out.write(commit.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String data(String content) {
    return "data " + content.getBytes(StandardCharsets.UTF_8).length + "\n" + content + "\n";
  }
}
