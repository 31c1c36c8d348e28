import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic synthetic repository for benchmarks: services with Dockerfiles,
 * Kubernetes and compose YAML, .env and config files, source code, docs and lockfiles, in the
 * proportions of a mid-size monorepo. The same seed and size always give the same bytes.
 *
 * <p>Run with {@code java bench/GenerateCorpus.java OUT_DIR SIZE_MB [SEED]} (no build needed).
 */
public final class GenerateCorpus {
  private static final String[] BASES = {
    "debian:12.7-slim", "python:3.12-slim", "node:22-bookworm", "golang:1.23", "alpine:3.20",
    "eclipse-temurin:21-jre", "ubuntu", "nginx:latest", "gcr.io/distroless/static:nonroot"
  };
  private static final String[] PACKAGES = {
    "curl", "ca-certificates", "git", "gcc", "make", "libpq-dev", "openssl", "tini", "jq", "unzip"
  };
  private static final String[] WORDS = {
    "request", "handler", "config", "value", "user", "session", "token", "cache", "result",
    "error", "client", "server", "item", "index", "buffer", "stream", "payload", "record"
  };

  private final Random random;
  private final Path root;
  private long written;
  private int files;

  private GenerateCorpus(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java bench/GenerateCorpus.java OUT_DIR SIZE_MB [SEED]");
      System.exit(2);
    }
    long target = Long.parseLong(args[1]) * 1024 * 1024;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    GenerateCorpus corpus = new GenerateCorpus(Path.of(args[0]), seed);
    corpus.generate(target);
    System.out.printf(
        "wrote %d files, %.1f MB to %s%n", corpus.files, corpus.written / 1048576.0, args[0]);
  }

  private void generate(long target) throws IOException {
    write(".gitignore", "build/\n*.log\nnode_modules/\n");
    int service = 0;
    while (written < target) {
      String dir = "services/svc-" + service + "/";
      write(dir + "Dockerfile", dockerfile());
      if (service % 3 == 0) {
        write(dir + "Dockerfile.dev", dockerfile());
      }
      write(dir + "deploy/deployment.yaml", kubernetes("svc-" + service));
      write(dir + "deploy/service.yaml", kubeService("svc-" + service));
      if (service % 2 == 0) {
        write(dir + "docker-compose.yml", compose("svc-" + service));
      }
      write(dir + ".env.example", env());
      write(dir + "config/settings.yaml", settings());
      write(dir + "README.md", prose(40 + random.nextInt(80)));
      int sources = 10 + random.nextInt(30);
      for (int i = 0; i < sources; i++) {
        String ext = switch (i % 4) {
          case 0 -> "java";
          case 1 -> "py";
          case 2 -> "js";
          default -> "go";
        };
        write(dir + "src/module" + (i / 8) + "/file" + i + "." + ext, source(30 + random.nextInt(250)));
      }
      if (service % 5 == 0) {
        write(dir + "package-lock.json", lockfile(300 + random.nextInt(2000)));
      }
      if (service % 7 == 0) {
        write(dir + "build/output.log", prose(200)); // ignored by .gitignore
        write(dir + "assets/logo.png", binary(4096 + random.nextInt(40000)));
      }
      service++;
    }
  }

  private String dockerfile() {
    StringBuilder out = new StringBuilder();
    boolean multiStage = random.nextBoolean();
    if (multiStage) {
      out.append("FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n")
          .append("RUN go build -o /out/app ./cmd/app\n\n");
    }
    out.append("FROM ").append(pick(BASES)).append('\n');
    out.append("RUN apt-get update && apt-get install -y");
    if (random.nextBoolean()) {
      out.append(" --no-install-recommends");
    }
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      out.append(" \\\n    ").append(pick(PACKAGES));
    }
    out.append(" \\\n && rm -rf /var/lib/apt/lists/*\n");
    if (random.nextInt(4) == 0) {
      out.append("RUN curl -fsSL https://example.com/install.sh | sh\n");
    }
    out.append(random.nextBoolean() ? "COPY" : "ADD").append(" . /app\n");
    if (multiStage) {
      out.append("COPY --from=build /out/app /app/app\n");
    }
    out.append("ENV PORT=8080 LOG_LEVEL=info\nEXPOSE 8080\n");
    if (random.nextBoolean()) {
      out.append("USER 10001\n");
    }
    if (random.nextBoolean()) {
      out.append("HEALTHCHECK CMD [\"/app/app\", \"health\"]\n");
    }
    out.append("ENTRYPOINT [\"/app/app\"]\n");
    return out.toString();
  }

  private String kubernetes(String name) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %1$s
          labels: {app: %1$s}
        spec:
          replicas: %2$d
          selector:
            matchLabels: {app: %1$s}
          template:
            metadata:
              labels: {app: %1$s}
            spec:
              containers:
                - name: app
                  image: registry.example.com/%1$s:1.%2$d.0
                  ports: [{containerPort: 8080}]
                  securityContext:
                    runAsNonRoot: true
                    readOnlyRootFilesystem: %3$s
                    allowPrivilegeEscalation: false
                  resources:
                    limits: {cpu: 500m, memory: 256Mi}
                  env:
                    - name: LOG_LEVEL
                      value: info
        """
        .formatted(name, 1 + random.nextInt(5), random.nextBoolean());
  }

  private String kubeService(String name) {
    return """
        apiVersion: v1
        kind: Service
        metadata:
          name: %1$s
        spec:
          selector: {app: %1$s}
          ports:
            - port: 80
              targetPort: 8080
        """
        .formatted(name);
  }

  private String compose(String name) {
    return """
        services:
          %1$s:
            build: .
            ports: ["8080:8080"]
            environment:
              LOG_LEVEL: info
              DATABASE_URL: ${DATABASE_URL}
            read_only: true
          db:
            image: postgres:16
            volumes: ["db:/var/lib/postgresql/data"]
        volumes:
          db: {}
        """
        .formatted(name);
  }

  private String env() {
    return "PORT=8080\nLOG_LEVEL=info\nDATABASE_URL=postgres://user:changeme@localhost/db\n";
  }

  private String settings() {
    StringBuilder out = new StringBuilder("server:\n  port: 8080\n  cors:\n    origins:\n");
    for (int i = 0; i < 3; i++) {
      out.append("      - https://").append(pick(WORDS)).append(".example.com\n");
    }
    return out.append("logging:\n  level: info\n").toString();
  }

  private String source(int lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      int indent = random.nextInt(4) * 2;
      out.append(" ".repeat(indent));
      switch (random.nextInt(5)) {
        case 0 -> out.append("// ").append(sentence()).append('\n');
        case 1 -> out.append(pick(WORDS)).append(" = ").append(pick(WORDS)).append("(")
            .append(pick(WORDS)).append(", ").append(random.nextInt(1000)).append(")\n");
        case 2 -> out.append("if ").append(pick(WORDS)).append(" != nil {\n");
        case 3 -> out.append("return ").append(pick(WORDS)).append('.').append(pick(WORDS))
            .append("()\n");
        default -> out.append("log(\"").append(sentence()).append("\")\n");
      }
    }
    return out.toString();
  }

  private String prose(int lines) {
    StringBuilder out = new StringBuilder("# ").append(sentence()).append("\n\n");
    for (int i = 0; i < lines; i++) {
      out.append(sentence()).append(' ').append(sentence()).append('\n');
    }
    return out.toString();
  }

  private String lockfile(int entries) {
    StringBuilder out = new StringBuilder("{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n");
    for (int i = 0; i < entries; i++) {
      out.append("    \"node_modules/").append(pick(WORDS)).append('-').append(i)
          .append("\": {\"version\": \"1.").append(random.nextInt(20)).append(".0\", ")
          .append("\"integrity\": \"sha512-").append(base64(64)).append("\"},\n");
    }
    return out.append("    \"\": {}\n  }\n}\n").toString();
  }

  private String sentence() {
    StringBuilder out = new StringBuilder();
    int words = 4 + random.nextInt(8);
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(pick(WORDS));
    }
    return out.toString();
  }

  private String base64(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private byte[] binary(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    bytes[8] = 0; // a NUL early on, as in real images
    return bytes;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private void write(String relative, String content) throws IOException {
    write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String relative, byte[] content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    written += content.length;
    files++;
  }
}
