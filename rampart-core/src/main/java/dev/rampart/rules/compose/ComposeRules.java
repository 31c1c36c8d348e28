package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.ParsedFiles;
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
        new ImagesPinned(),
        // host paths, devices and mounts (RA-CMP-012..014)
        new NoSensitiveBindMounts(),
        new ConfigMountsReadOnly(),
        new NoHostDevices(),
        // health, resources, scratch space and logs (RA-CMP-015..021)
        new HealthchecksSet(),
        new MemoryLimited(),
        new CpuLimited(),
        new PidsLimited(),
        new TmpfsHardened(),
        new LogsRotated(),
        new StructuredLogsInEnv(),
        // application settings in environment (RA-CMP-022..026, RA-CMP-036)
        new TlsVerificationOnInEnv(),
        new NoDebugModeInEnv(),
        new NoDebugLoggingInEnv(),
        new NoLiteralSecretsInEnv(),
        new SigningSecretsStrong(),
        new CorsOriginsRestricted(),
        // images, ports and data stores (RA-CMP-028..035)
        new ImagesFromNamedRegistries(),
        new NoSshInService(),
        new AdminPortsOnLoopback(),
        new DataStoresOnLoopback(),
        new RedisAppendOnly(),
        new DataStoresPersisted(),
        new OnlyNetBindServiceAdded(),
        new ImagesPinnedByDigest());
  }

  /** The rules that read every Compose file of the scan at once (RA-CMP-027). */
  public static List<Check<ParsedFiles<ComposeFile>>> scanWide() {
    return List.of(new SecretsDifferPerEnvironment());
  }
}
