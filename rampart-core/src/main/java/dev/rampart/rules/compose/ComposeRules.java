package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.format.compose.ComposeFile;
import java.util.List;

/** Every Compose rule. A new rule is one class in this package and one line here. */
public final class ComposeRules {
  private ComposeRules() {}

  public static List<Check<ComposeFile>> all() {
    return List.of(
        // who services run as and what of the host they share (RA-CMP-001..004)
        new ServicesSetUser(),
        new ServicesNotRoot(),
        new ServicesNotPrivileged(),
        new NoHostNamespaces(),
        // capabilities, privilege escalation, seccomp, AppArmor and SELinux (RA-CMP-005..009)
        new CapabilitiesDropped(),
        new NoDangerousCapabilities(),
        new NoNewPrivileges(),
        new SeccompNotUnconfined(),
        new MacProfileNotDisabled(),
        // the root filesystem and the images services run (RA-CMP-010..011)
        new ReadOnlyRootFilesystem(),
        new ImagesPinned());
  }
}
