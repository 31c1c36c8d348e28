package dev.rampart.rules.dockerfile;

import dev.rampart.check.Check;
import dev.rampart.format.dockerfile.Dockerfile;
import java.util.List;

/** Every Dockerfile rule. A new rule is one class in this package and one line here. */
public final class DockerfileRules {
  private DockerfileRules() {}

  public static List<Check<Dockerfile>> all() {
    return List.of(
        // who the image runs as, health, base images, runtime contents, trust (RA-DF-001..009)
        new BuiltImagesNotRoot(),
        new FinalStageSetsUser(),
        new ShippedImageHasHealthcheck(),
        new BaseImageTagged(),
        new BaseImageNotLatest(),
        new BaseImagePinnedByDigest(),
        new RuntimeWithoutBuildTools(),
        new TlsVerificationOn(),
        new PackageSignaturesChecked(),
        // package hygiene (RA-DF-010..018, 023)
        new AptWithoutRecommends(),
        new AptVersionsPinned(),
        new AptListsRemoved(),
        new ApkWithoutCache(),
        new ApkVersionsPinned(),
        new PipVersionsPinned(),
        new PipWithoutCache(),
        new NpmVersionsPinned(),
        new RpmCacheCleaned(),
        new UpdateWithInstall(),
        // safe build instructions (RA-DF-020..022)
        new CopyInsteadOfAdd(),
        new NoDownloadPipedToShell(),
        new NoSudo(),
        // build hygiene (RA-DF-024..027)
        new WorkdirAbsolute(),
        new CommandsInExecForm(),
        new PipefailBeforePipes(),
        new NoCdInRun(),
        // secrets and SSH (RA-DF-030..033)
        new NoSecretsInEnvOrArg(),
        new NoSecretFilesCopied(),
        new NoSshPortExposed(),
        new NoSshServerInstalled());
  }
}
