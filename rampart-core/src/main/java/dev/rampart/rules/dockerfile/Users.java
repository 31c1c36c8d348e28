package dev.rampart.rules.dockerfile;

import dev.rampart.format.dockerfile.Dockerfile;
import dev.rampart.format.dockerfile.Instruction;
import dev.rampart.format.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** Who a stage runs as, following {@code FROM <stage>} back through the file. */
final class Users {
  private Users() {}

  /** The last USER instruction in effect at the end of {@code stage}. */
  static Optional<Instruction> lastUser(Dockerfile file, Stage stage) {
    for (Stage s : file.lineage(stage)) {
      List<Instruction> users = s.instructions("USER");
      if (!users.isEmpty()) {
        return Optional.of(users.get(users.size() - 1));
      }
    }
    return Optional.empty();
  }

  /** True for {@code root}, {@code 0}, {@code root:root}, {@code 0:0} and the like. */
  static boolean isRoot(String user) {
    String name = user.strip();
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.equals("root") || name.equals("0");
  }
}
