import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic synthetic repository for benchmarks: services with Dockerfiles,
 * Kubernetes and compose YAML, .env and config files, source code, docs and lockfiles, in the
 * proportions of a mid-size monorepo. With {@code --kubernetes}, a GitOps repository instead:
 * per cluster and app, multi-document manifests of every workload kind with their Services,
 * NetworkPolicies, RBAC, ConfigMaps and Secrets, hardened, partly hardened or insecure, and now and
 * then a Helm chart. The same seed, size and mode always give the same bytes.
 *
 * <p>Run with {@code java bench/GenerateCorpus.java OUT_DIR SIZE_MB [SEED] [--kubernetes]} (no
 * build needed).
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
    boolean kubernetes = args.length > 0 && args[args.length - 1].equals("--kubernetes");
    int positional = kubernetes ? args.length - 1 : args.length;
    if (positional < 2) {
      System.err.println(
          "usage: java bench/GenerateCorpus.java OUT_DIR SIZE_MB [SEED] [--kubernetes]");
      System.exit(2);
    }
    long target = Long.parseLong(args[1]) * 1024 * 1024;
    long seed = positional > 2 ? Long.parseLong(args[2]) : 42;
    GenerateCorpus corpus = new GenerateCorpus(Path.of(args[0]), seed);
    if (kubernetes) {
      corpus.generateKubernetes(target);
    } else {
      corpus.generate(target);
    }
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

  // ---- The Kubernetes corpus ----

  private static final String[] CLUSTERS = {"prod-eu", "prod-us", "staging", "dev"};
  private static final String[] KINDS = {
    "Deployment", "Deployment", "Deployment", "Deployment", "StatefulSet", "StatefulSet",
    "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"
  };
  private static final String[] IMAGES = {
    "nginx", "redis", "postgres", "registry.example.com/api", "registry.example.com/worker",
    "ghcr.io/example/gateway", "quay.io/example/exporter", "busybox"
  };

  /** How much of the hardening a manifest carries. */
  private enum Posture {
    HARDENED,
    PARTIAL,
    INSECURE
  }

  private void generateKubernetes(long target) throws IOException {
    write("README.md", prose(30));
    write(".gitignore", "*.log\n.secrets/\n");
    int app = 0;
    while (written < target) {
      String cluster = CLUSTERS[app % CLUSTERS.length];
      String name = pick(WORDS) + "-" + app;
      String dir = "clusters/" + cluster + "/apps/" + name + "/";
      int roll = random.nextInt(10);
      Posture posture = roll < 4 ? Posture.HARDENED : roll < 8 ? Posture.PARTIAL : Posture.INSECURE;
      if (app % 40 == 39) {
        helmChart("charts/" + name + "/", name);
        app++;
        continue;
      }
      String kind = pick(KINDS);
      write(dir + "namespace.yaml", namespace(name, posture));
      write(dir + "workload.yaml", workloadFile(name, kind, posture));
      if (posture != Posture.INSECURE || random.nextBoolean()) {
        write(dir + "network-policy.yaml", networkPolicies(name, posture));
      }
      write(dir + "rbac.yaml", rbac(name, posture));
      write(dir + "configmap.yaml", configMap(name));
      if (posture == Posture.INSECURE && random.nextBoolean()) {
        write(dir + "secret.yaml", secret(name));
      }
      write(
          dir + "kustomization.yaml",
          "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: "
              + name
              + "\nresources:\n  - namespace.yaml\n  - workload.yaml\n  - rbac.yaml\n"
              + "  - configmap.yaml\n");
      if (app % 3 == 0) {
        write("services/" + name + "/Dockerfile", dockerfile());
      }
      if (app % 5 == 0) {
        write(dir + "README.md", prose(10 + random.nextInt(30)));
      }
      app++;
    }
  }

  private String namespace(String name, Posture posture) {
    StringBuilder out =
        new StringBuilder("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ")
            .append(name)
            .append("\n  labels:\n    team: ")
            .append(pick(WORDS))
            .append('\n');
    if (posture == Posture.HARDENED) {
      out.append("    pod-security.kubernetes.io/enforce: restricted\n")
          .append("    pod-security.kubernetes.io/enforce-version: latest\n");
    } else if (posture == Posture.PARTIAL) {
      out.append("    pod-security.kubernetes.io/warn: baseline\n");
    }
    return out.toString();
  }

  /** The workload with its Service, its ServiceAccount and, for some, a PodDisruptionBudget. */
  private String workloadFile(String name, String kind, Posture posture) {
    StringBuilder out = new StringBuilder();
    out.append("---\n").append(workload(name, kind, posture));
    if (!kind.equals("Job") && !kind.equals("CronJob") && !kind.equals("Pod")) {
      out.append("---\n").append(kubeService(name).replace("  name: " + name + "\n",
          "  name: " + name + "\n  namespace: " + name + "\n"));
      if (random.nextBoolean()) {
        out.append("---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ")
            .append(name)
            .append("\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: ")
            .append(name)
            .append("}\n");
      }
    }
    return out.toString();
  }

  private String workload(String name, String kind, Posture posture) {
    String apiVersion =
        switch (kind) {
          case "Pod" -> "v1";
          case "Job", "CronJob" -> "batch/v1";
          default -> "apps/v1";
        };
    StringBuilder out =
        new StringBuilder("apiVersion: ")
            .append(apiVersion)
            .append("\nkind: ")
            .append(kind)
            .append("\nmetadata:\n  name: ")
            .append(name)
            .append("\n  namespace: ")
            .append(name)
            .append("\n  labels:\n    app: ")
            .append(name)
            .append("\n    app.kubernetes.io/part-of: ")
            .append(pick(WORDS))
            .append("\n  annotations:\n    owner: ")
            .append(pick(WORDS))
            .append("@example.com\n");
    String pod = podSpec(name, kind, posture);
    switch (kind) {
      case "Pod" -> out.append("spec:\n").append(indent(pod, 2));
      case "CronJob" -> out.append("spec:\n  schedule: \"*/15 * * * *\"\n")
          .append("  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      template:\n")
          .append("        spec:\n").append(indent(pod, 10));
      case "Job" -> out.append("spec:\n  backoffLimit: 2\n  template:\n    spec:\n")
          .append(indent(pod, 6));
      default -> {
        out.append("spec:\n");
        if (!kind.equals("DaemonSet")) {
          out.append("  replicas: ").append(1 + random.nextInt(4)).append('\n');
        }
        if (kind.equals("StatefulSet")) {
          out.append("  serviceName: ").append(name).append('\n');
        }
        out.append("  selector:\n    matchLabels:\n      app: ").append(name)
            .append("\n  template:\n    metadata:\n      labels:\n        app: ").append(name)
            .append("\n    spec:\n").append(indent(pod, 6));
        if (kind.equals("StatefulSet")) {
          out.append("  volumeClaimTemplates:\n    - metadata:\n        name: data\n")
              .append("      spec:\n        accessModes: [ReadWriteOnce]\n")
              .append("        resources:\n          requests:\n            storage: 10Gi\n");
        }
      }
    }
    return out.toString();
  }

  private String podSpec(String name, String kind, Posture posture) {
    boolean insecure = posture == Posture.INSECURE;
    boolean hardened = posture == Posture.HARDENED;
    StringBuilder out = new StringBuilder();
    out.append("serviceAccountName: ").append(name).append('\n');
    if (hardened) {
      out.append("automountServiceAccountToken: false\n")
          .append("securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n")
          .append("  runAsGroup: 10001\n  fsGroup: 10001\n")
          .append("  seccompProfile:\n    type: RuntimeDefault\n");
    } else if (posture == Posture.PARTIAL && random.nextBoolean()) {
      out.append("securityContext:\n  runAsNonRoot: true\n");
    }
    if (insecure && kind.equals("DaemonSet")) {
      out.append("hostNetwork: true\nhostPID: true\n");
    } else if (insecure && random.nextInt(4) == 0) {
      out.append("hostIPC: true\n");
    }
    if (kind.equals("Job") || kind.equals("CronJob") || kind.equals("Pod")) {
      out.append("restartPolicy: ").append(kind.equals("Pod") ? "Always" : "OnFailure")
          .append('\n');
    }
    if (random.nextInt(3) == 0) {
      out.append("initContainers:\n").append(container("migrate", name, posture, false));
    }
    out.append("containers:\n");
    int containers = 1 + (random.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < containers; i++) {
      boolean serves = i == 0 && !kind.equals("Job") && !kind.equals("CronJob");
      out.append(container(i == 0 ? "app" : "sidecar", name, posture, serves));
    }
    out.append("volumes:\n  - name: tmp\n    emptyDir:\n      sizeLimit: 64Mi\n")
        .append("  - name: config\n    configMap:\n      name: ").append(name).append('\n');
    if (insecure) {
      out.append("  - name: host\n    hostPath:\n      path: ")
          .append(random.nextBoolean() ? "/var/run/docker.sock" : "/var/log").append('\n');
    }
    return out.toString();
  }

  private String container(String role, String app, Posture posture, boolean serves) {
    boolean hardened = posture == Posture.HARDENED;
    boolean insecure = posture == Posture.INSECURE;
    StringBuilder out = new StringBuilder("  - name: ").append(role).append("\n    image: ");
    String image = pick(IMAGES);
    if (hardened) {
      out.append(image).append(":1.").append(random.nextInt(30)).append(".0@sha256:")
          .append(hex(64)).append("\n    imagePullPolicy: Always\n");
    } else if (insecure && random.nextBoolean()) {
      out.append(image).append(random.nextBoolean() ? ":latest" : "").append('\n');
    } else {
      out.append(image).append(":1.").append(random.nextInt(30)).append('\n');
    }
    if (serves) {
      out.append("    ports:\n      - name: http\n        containerPort: 8080\n");
    }
    out.append("    env:\n");
    int vars = 3 + random.nextInt(10);
    for (int i = 0; i < vars; i++) {
      out.append("      - name: ").append(pick(WORDS).toUpperCase()).append('_').append(i)
          .append("\n        value: \"").append(pick(WORDS)).append("\"\n");
    }
    if (insecure && random.nextBoolean()) {
      out.append("      - name: DB_PASSWORD\n        value: \"").append(base64(20))
          .append("\"\n");
    } else {
      out.append("      - name: DB_PASSWORD\n        valueFrom:\n          secretKeyRef:\n")
          .append("            name: ").append(app).append("-db\n            key: password\n");
    }
    if (hardened) {
      out.append("    securityContext:\n      allowPrivilegeEscalation: false\n")
          .append("      readOnlyRootFilesystem: true\n")
          .append("      capabilities:\n        drop: [ALL]\n");
    } else if (insecure) {
      out.append("    securityContext:\n      privileged: ").append(random.nextBoolean())
          .append("\n      runAsUser: 0\n");
    } else if (random.nextBoolean()) {
      out.append("    securityContext:\n      allowPrivilegeEscalation: false\n");
    }
    if (!insecure) {
      out.append("    resources:\n      requests: {cpu: 50m, memory: 64Mi}\n")
          .append("      limits: {cpu: 500m, memory: 256Mi}\n");
    }
    if (serves && (hardened || random.nextBoolean())) {
      out.append("    livenessProbe:\n      httpGet: {path: /healthz, port: http}\n")
          .append("    readinessProbe:\n      httpGet: {path: /ready, port: http}\n");
    }
    out.append("    volumeMounts:\n      - name: tmp\n        mountPath: /tmp\n")
        .append("      - name: config\n        mountPath: /etc/").append(app)
        .append("\n        readOnly: true\n");
    return out.toString();
  }

  private String networkPolicies(String name, Posture posture) {
    StringBuilder out = new StringBuilder();
    if (posture == Posture.HARDENED) {
      out.append("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n")
          .append("  name: default-deny\n  namespace: ").append(name)
          .append("\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n");
    }
    out.append("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n")
        .append("  name: allow-").append(name).append("\n  namespace: ").append(name)
        .append("\nspec:\n  podSelector:\n    matchLabels:\n      app: ").append(name)
        .append("\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n")
        .append("        - namespaceSelector:\n            matchLabels:\n")
        .append("              kubernetes.io/metadata.name: ingress\n")
        .append("      ports:\n        - port: 8080\n          protocol: TCP\n");
    return out.toString();
  }

  private String rbac(String name, Posture posture) {
    boolean wildcard = posture == Posture.INSECURE;
    StringBuilder out =
        new StringBuilder("---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ")
            .append(name).append("\n  namespace: ").append(name).append('\n');
    if (posture == Posture.HARDENED) {
      out.append("automountServiceAccountToken: false\n");
    }
    String role = wildcard ? "ClusterRole" : "Role";
    out.append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ").append(role)
        .append("\nmetadata:\n  name: ").append(name).append('\n');
    if (!wildcard) {
      out.append("  namespace: ").append(name).append('\n');
    }
    out.append("rules:\n");
    if (wildcard) {
      out.append("  - apiGroups: [\"*\"]\n    resources: [\"*\"]\n    verbs: [\"*\"]\n");
    } else {
      out.append("  - apiGroups: [\"\"]\n    resources: [configmaps]\n    resourceNames: [")
          .append(name).append("]\n    verbs: [get, watch]\n");
    }
    out.append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ").append(role)
        .append("Binding\nmetadata:\n  name: ").append(name).append('\n');
    if (!wildcard) {
      out.append("  namespace: ").append(name).append('\n');
    }
    out.append("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ").append(role)
        .append("\n  name: ").append(name).append("\nsubjects:\n  - kind: ServiceAccount\n")
        .append("    name: ").append(name).append("\n    namespace: ").append(name).append('\n');
    return out.toString();
  }

  /** A ConfigMap with a settings file and, for some, alerting templates (text, not templating). */
  private String configMap(String name) {
    StringBuilder out =
        new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
            .append("\n  namespace: ").append(name).append("\ndata:\n  LOG_LEVEL: info\n")
            .append("  settings.yaml: |\n");
    int lines = 20 + random.nextInt(150);
    for (int i = 0; i < lines; i++) {
      out.append("    ").append(pick(WORDS)).append('_').append(i).append(": ")
          .append(pick(WORDS)).append('\n');
    }
    if (random.nextInt(4) == 0) {
      out.append("  alerts.yaml: |\n    - alert: ").append(name).append("Down\n")
          .append("      annotations:\n        summary: \"{{ $labels.pod }} is down\"\n");
    }
    return out.toString();
  }

  private String secret(String name) {
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + name + "-db\n  namespace: "
        + name + "\ntype: Opaque\ndata:\n  password: " + base64(24) + "\n";
  }

  private void helmChart(String dir, String name) throws IOException {
    write(dir + "Chart.yaml",
        "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\nappVersion: \"1.0\"\n");
    write(dir + "values.yaml", "image:\n  repository: nginx\n  tag: \"1.27\"\nreplicas: 2\n");
    write(dir + "templates/_helpers.tpl",
        "{{- define \"app.fullname\" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end }}\n");
    write(dir + "templates/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"app.fullname\" . }}\n"
            + "spec:\n  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n"
            + "      containers:\n        - name: app\n"
            + "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n");
    write(dir + "templates/service.yaml",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include \"app.fullname\" . }}\n"
            + "spec:\n  ports:\n    - port: 80\n");
  }

  private static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    return pad + text.strip().replace("\n", "\n" + pad) + "\n";
  }

  private String hex(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
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
