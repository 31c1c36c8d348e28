import dev.rampart.parse.SourceText;
import dev.rampart.rules.secrets.SecretRules;
import dev.rampart.secrets.SecretDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The secret detector alone: every text file of a tree is read into memory first, then scanned
 * by the shared detector on every core, so the figure excludes the walk, the disk and the JVM's
 * start. Run by {@code bench/run --secrets}:
 * {@code java -cp rampart.jar bench/DetectorThroughput.java DIR [ROUNDS]}.
 */
public final class DetectorThroughput {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<SourceText> files = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        if (file.toString().contains("/.git/")) {
          continue;
        }
        byte[] content = Files.readAllBytes(file);
        if (isBinary(content)) {
          continue;
        }
        files.add(new SourceText(root.relativize(file).toString(), new String(content, StandardCharsets.UTF_8)));
        bytes += content.length;
      }
    }
    SecretDetector detector = SecretRules.detector();
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf("  detector alone: %d text files, %.1f MB in memory, %d threads, %d patterns%n",
        files.size(), bytes / 1048576.0, threads, detector.patternCount());
    for (int round = 1; round <= rounds; round++) {
      AtomicInteger next = new AtomicInteger();
      AtomicLong matches = new AtomicLong();
      long start = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          for (int i; (i = next.getAndIncrement()) < files.size(); ) {
            matches.addAndGet(detector.scan(files.get(i)).matches().size());
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("  detector round %d: %.2f s  %.0f MB/s  (%d secrets)%n",
          round, seconds, bytes / 1048576.0 / seconds, matches.get());
    }
  }

  private static boolean isBinary(byte[] content) {
    for (int i = 0; i < Math.min(content.length, 8000); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
