package dev.rampart.rules.compose;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.compose.ComposeFile;
import dev.rampart.format.compose.Mount;
import dev.rampart.format.compose.Service;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-CMP-019",
    title = "tmpfs mounts have a size limit and keep noexec and nosuid",
    severity = Severity.LOW,
    controls = "container.writable-tmp-hardened",
    aliases = {},
    rationale =
        "A tmpfs is memory: without a size it may grow until the host runs out, outside the"
            + " container's memory limit on older kernels. Docker mounts a tmpfs `noexec`,"
            + " `nosuid` and `nodev` by default, so that what an attacker writes there cannot be"
            + " run; the `exec` and `suid` options undo that. Checked are the items of `tmpfs:`"
            + " (`/tmp:size=64m`) and `volumes:` of `type: tmpfs` (`tmpfs: {size: 67108864}`).",
    remediation =
        "Give each tmpfs a size, `tmpfs: [\"/tmp:size=64m\"]` or `{type: tmpfs, target: /tmp,"
            + " tmpfs: {size: 67108864}}`, and drop `exec` and `suid` from its options.",
    references = {
      "https://docs.docker.com/engine/storage/tmpfs/",
      "https://docs.docker.com/reference/compose-file/services/#tmpfs"
    })
public final class TmpfsHardened implements Check<ComposeFile> {

  @Override
  public void check(ComposeFile file, Findings out) {
    for (Service service : file.services()) {
      for (Mount mount : service.mounts()) {
        if (mount.type() != Mount.Type.TMPFS) {
          continue;
        }
        String tmpfs = "The tmpfs " + mount.target() + " of " + service.label();
        if (!mount.has("size")) {
          out.report(
              mount.at(),
              service.label(),
              tmpfs + " has no size, so it may fill the host's memory.");
        }
        if (mount.options().contains("exec")) {
          out.report(
              mount.at(),
              service.label(),
              tmpfs + " is mounted exec, so what is written there can be run.");
        }
        if (mount.options().contains("suid")) {
          out.report(
              mount.at(),
              service.label(),
              tmpfs + " is mounted suid, so a setuid binary written there runs as its owner.");
        }
      }
    }
  }
}
