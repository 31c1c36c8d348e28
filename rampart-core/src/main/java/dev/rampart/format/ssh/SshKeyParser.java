package dev.rampart.format.ssh;

import dev.rampart.check.Recognizer;
import dev.rampart.model.Position;
import dev.rampart.parse.ParseProblem;
import dev.rampart.parse.Parsed;
import dev.rampart.parse.Parser;
import dev.rampart.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SSH key files by hand, bounds checked, never keeping or showing key material: PEM private
 * keys (OpenSSH's {@code openssh-key-v1}, PKCS#1 RSA, DSA, SEC1 EC, PKCS#8 and encrypted PKCS#8,
 * legacy {@code Proc-Type: 4,ENCRYPTED}) for their algorithm, size and whether a passphrase
 * protects them, and public keys ({@code *.pub}, {@code authorized_keys} with its options) for
 * their algorithm and size. A block or line that cannot be read (truncated, bad base64, a blob that
 * ends early) is a parse problem that names its line and never its content.
 *
 * <p>Named {@code id_rsa}, {@code id_dsa}, {@code id_ecdsa}, {@code id_ed25519} (and {@code _sk}),
 * {@code ssh_host_*_key} and {@code authorized_keys*}; other files without an extension or named
 * {@code *.pem}, {@code *.key}, {@code *.pub} are read when their first line that is not a comment
 * begins a private key or is a public key.
 */
public final class SshKeyParser implements Recognizer, Parser<SshKeyFile> {
  private static final Set<String> KEY_NAMES =
      Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk");
  private static final Set<String> KEY_EXTENSIONS =
      Set.of("pem", "key", "pub", "priv", "private", "rsa", "dsa", "ecdsa", "ed25519", "openssh");
  private static final Pattern HOST_KEY = Pattern.compile("ssh_host_[a-z0-9]+_key");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp(?:256|384|521)"
              + "|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)"
              + "(?:-cert-v01@openssh\\.com)?");
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----");
  private static final byte[] OPENSSH_MAGIC =
      "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final String RSA_OID = "2a864886f70d010101";
  private static final String DSA_OID = "2a8648ce380401";
  private static final String EC_OID = "2a8648ce3d0201";
  private static final String ED25519_OID = "2b6570";
  private static final int SNIFF_LINES = 32;

  @Override
  public ByName byName(String relativePath) {
    String name = Recognizer.fileName(relativePath).toLowerCase(Locale.ROOT);
    if (KEY_NAMES.contains(name)
        || HOST_KEY.matcher(name).matches()
        || name.startsWith("authorized_keys")) {
      return ByName.YES;
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 || KEY_EXTENSIONS.contains(name.substring(dot + 1)) ? ByName.MAYBE : ByName.NO;
  }

  @Override
  public boolean byContent(CharSequence text) {
    int at = 0;
    for (int lines = 0; lines < SNIFF_LINES && at < text.length(); lines++) {
      int end = indexOf(text, '\n', at);
      String line = text.subSequence(at, end).toString().strip();
      at = end + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("-----BEGIN ")) {
        return line.endsWith("PRIVATE KEY-----");
      }
      int space = line.indexOf(' ');
      return space > 0 && PUBLIC_TYPE.matcher(line.substring(0, space)).matches();
    }
    return false;
  }

  private static int indexOf(CharSequence text, char c, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return text.length();
  }

  @Override
  public Parsed<SshKeyFile> parse(SourceText source) {
    String path = source.path().toLowerCase(Locale.ROOT);
    String name = Recognizer.fileName(path);
    boolean authorized = name.startsWith("authorized_keys");
    boolean ssh =
        name.startsWith("id_")
            || name.startsWith("ssh_host_")
            || authorized
            || Arrays.stream(path.split("/", -1))
                .limit(Math.max(0, path.split("/", -1).length - 1))
                .anyMatch(part -> part.contains("ssh"));
    boolean hostKey = name.startsWith("ssh_host_");
    List<SshKey> keys = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    String text = source.text();
    Matcher begin = BEGIN.matcher(text);
    boolean sawBlock = false;
    int from = 0;
    // A key block that cannot be read is an error only in a file that is an SSH key by its name
    // or place; elsewhere (test fixtures of fake keys, a TLS key) it is not judged here, and
    // RA-SEC-036 still reports the key text as committed.
    List<ParseProblem> unreadable = ssh ? problems : new ArrayList<>();
    while (begin.find(from)) {
      String label = begin.group(1);
      String end = "-----END " + label + "-----";
      int endAt = text.indexOf(end, begin.end());
      Position at = source.positionOf(begin.start());
      sawBlock = true;
      if (endAt < 0) {
        if (label.endsWith("PRIVATE KEY")) {
          unreadable.add(
              new ParseProblem(
                  at.line(), "the " + label + " block has no END line: the key is cut short"));
        }
        break;
      }
      from = endAt + end.length();
      if (label.endsWith("PRIVATE KEY")) {
        privateKey(label, text.substring(begin.end(), endAt), at, unreadable).ifPresent(keys::add);
      }
    }
    // A file named as a private key holds no public key lines: without a block it is no key.
    boolean privateNamed = KEY_NAMES.contains(name) || HOST_KEY.matcher(name).matches();
    if (!sawBlock && !privateNamed && !text.contains("BEGIN SSH2 PUBLIC KEY")) {
      publicKeys(source, problems, keys);
    }
    return new Parsed<>(new SshKeyFile(keys, authorized, ssh, hostKey), problems);
  }

  private static Optional<SshKey> privateKey(
      String label, String body, Position at, List<ParseProblem> problems) {
    boolean legacyEncrypted = false;
    StringBuilder base64 = new StringBuilder();
    for (String line : body.split("\r?\n", -1)) {
      String stripped = line.strip();
      if (stripped.contains(":")) {
        legacyEncrypted |= stripped.startsWith("Proc-Type:") && stripped.contains("ENCRYPTED");
      } else {
        base64.append(stripped);
      }
    }
    if (label.equals("ENCRYPTED PRIVATE KEY")) {
      return Optional.of(key(at, "encrypted PKCS#8 private key", KeyType.UNKNOWN, -1, true));
    }
    String kind = kind(label);
    if (legacyEncrypted) {
      return Optional.of(key(at, kind, typeOfLabel(label), -1, true));
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      problems.add(new ParseProblem(at.line(), "the " + label + " block is not valid base64"));
      return Optional.empty();
    }
    Optional<SshKey> key =
        switch (label) {
          case "OPENSSH PRIVATE KEY" -> openssh(bytes, at);
          case "RSA PRIVATE KEY" ->
              firstIntegers(bytes, 2).map(n -> key(at, kind, KeyType.RSA, n[1], false));
          case "DSA PRIVATE KEY" ->
              firstIntegers(bytes, 2).map(p -> key(at, kind, KeyType.DSA, p[1], false));
          case "EC PRIVATE KEY" ->
              Der.read(bytes)
                  .filter(der -> der.tag() == Der.SEQUENCE)
                  .map(der -> key(at, kind, KeyType.ECDSA, -1, false));
          case "PRIVATE KEY" -> pkcs8(bytes, at);
          default -> Optional.of(key(at, kind, KeyType.UNKNOWN, -1, false));
        };
    if (key.isEmpty()) {
      problems.add(
          new ParseProblem(
              at.line(), "the " + label + " block ends early or is not a key it can read"));
    }
    return key;
  }

  private static String kind(String label) {
    return switch (label) {
      case "OPENSSH PRIVATE KEY" -> "OpenSSH private key";
      case "RSA PRIVATE KEY" -> "PKCS#1 RSA private key";
      case "DSA PRIVATE KEY" -> "PEM DSA private key";
      case "EC PRIVATE KEY" -> "PEM EC private key";
      case "PRIVATE KEY" -> "PKCS#8 private key";
      default -> "PEM private key";
    };
  }

  private static KeyType typeOfLabel(String label) {
    return switch (label) {
      case "RSA PRIVATE KEY" -> KeyType.RSA;
      case "DSA PRIVATE KEY" -> KeyType.DSA;
      case "EC PRIVATE KEY" -> KeyType.ECDSA;
      default -> KeyType.UNKNOWN;
    };
  }

  private static SshKey key(Position at, String kind, KeyType type, int bits, boolean encrypted) {
    return new SshKey(
        at, kind, true, type, bits > 0 ? OptionalInt.of(bits) : OptionalInt.empty(), encrypted);
  }

  // The bit sizes of the first INTEGERs of a SEQUENCE: PKCS#1's version and modulus, DSA's
  // version and prime.
  private static Optional<int[]> firstIntegers(byte[] bytes, int count) {
    List<Der> children = Der.read(bytes).map(Der::children).orElse(List.of());
    if (children.size() < count) {
      return Optional.empty();
    }
    int[] bits = new int[count];
    for (int i = 0; i < count; i++) {
      if (children.get(i).tag() != Der.INTEGER) {
        return Optional.empty();
      }
      bits[i] = children.get(i).bits();
    }
    return Optional.of(bits);
  }

  private static Optional<SshKey> pkcs8(byte[] bytes, Position at) {
    String kind = "PKCS#8 private key";
    List<Der> info = Der.read(bytes).map(Der::children).orElse(List.of());
    if (info.size() < 3 || info.get(2).tag() != Der.OCTET_STRING) {
      return Optional.empty();
    }
    List<Der> algorithm = info.get(1).children();
    if (algorithm.isEmpty() || algorithm.get(0).tag() != Der.OID) {
      return Optional.empty();
    }
    String oid = HexFormat.of().formatHex(algorithm.get(0).contents());
    return switch (oid) {
      case RSA_OID ->
          firstIntegers(info.get(2).contents(), 2)
              .map(n -> key(at, kind, KeyType.RSA, n[1], false));
      case DSA_OID -> {
        List<Der> params = algorithm.size() > 1 ? algorithm.get(1).children() : List.of();
        int bits = params.isEmpty() ? -1 : params.get(0).bits();
        yield Optional.of(key(at, kind, KeyType.DSA, bits, false));
      }
      case EC_OID -> Optional.of(key(at, kind, KeyType.ECDSA, -1, false));
      case ED25519_OID -> Optional.of(key(at, kind, KeyType.ED25519, -1, false));
      default -> Optional.of(key(at, kind, KeyType.UNKNOWN, -1, false));
    };
  }

  // PROTOCOL.key: the magic, the cipher, the KDF and its options, the number of keys and the first
  // public key, which is never encrypted.
  private static Optional<SshKey> openssh(byte[] bytes, Position at) {
    if (bytes.length < OPENSSH_MAGIC.length
        || !Arrays.equals(Arrays.copyOf(bytes, OPENSSH_MAGIC.length), OPENSSH_MAGIC)) {
      return Optional.empty();
    }
    SshWire wire = new SshWire(bytes, OPENSSH_MAGIC.length);
    Optional<String> cipher = wire.name();
    if (cipher.isEmpty()
        || wire.name().isEmpty()
        || wire.string().isEmpty()
        || wire.uint32().isEmpty()) {
      return Optional.empty();
    }
    Optional<Blob> publicKey = wire.string().flatMap(SshKeyParser::publicBlob);
    if (wire.string().isEmpty()) {
      return Optional.empty(); // the private section is cut short
    }
    return publicKey.map(
        pub ->
            new SshKey(
                at,
                "OpenSSH private key",
                true,
                pub.type(),
                pub.bits(),
                !cipher.get().equals("none")));
  }

  private record Blob(KeyType type, OptionalInt bits) {}

  // RFC 4253: the type name, then for RSA e and n, for DSA p q g y; a certificate has a nonce
  // after its type name.
  private static Optional<Blob> publicBlob(byte[] blob) {
    SshWire wire = new SshWire(blob, 0);
    Optional<String> name = wire.name();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    KeyType type = KeyType.ofSshName(name.get());
    if (name.get().endsWith("-cert-v01@openssh.com") && wire.string().isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> bits = Optional.of(-1);
    if (type == KeyType.RSA) {
      bits = wire.mpintBits().flatMap(e -> wire.mpintBits());
    } else if (type == KeyType.DSA) {
      bits = wire.mpintBits();
    }
    return bits.map(b -> new Blob(type, b > 0 ? OptionalInt.of(b) : OptionalInt.empty()));
  }

  private static void publicKeys(
      SourceText source, List<ParseProblem> problems, List<SshKey> keys) {
    String text = source.text();
    int offset = 0;
    while (offset < text.length()) {
      int end = text.indexOf('\n', offset);
      int stop = end < 0 ? text.length() : end;
      String line = text.substring(offset, stop);
      String content = line.strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        Position at = source.positionOf(offset + line.indexOf(content));
        Optional<SshKey> key = publicKey(content, at);
        if (key.isPresent()) {
          keys.add(key.get());
        } else {
          problems.add(new ParseProblem(at.line(), "not a public key line it can read"));
        }
      }
      offset = stop + 1;
    }
  }

  // [options] keytype base64 [comment]; options may quote spaces.
  private static Optional<SshKey> publicKey(String line, Position at) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted && i + 1 < line.length()) {
        word.append(c).append(line.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        word.append(c);
      } else if (!quoted && (c == ' ' || c == '\t')) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    for (int i = 0; i + 1 < words.size() && i < 2; i++) {
      if (PUBLIC_TYPE.matcher(words.get(i)).matches()) {
        byte[] blob;
        try {
          blob = Base64.getDecoder().decode(words.get(i + 1));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        return publicBlob(blob)
            .map(pub -> new SshKey(at, "public key", false, pub.type(), pub.bits(), false));
      }
    }
    return Optional.empty();
  }
}
