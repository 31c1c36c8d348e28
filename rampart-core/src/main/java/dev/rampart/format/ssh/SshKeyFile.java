package dev.rampart.format.ssh;

import java.util.List;

/**
 * A file that holds SSH keys: a private key ({@code id_ed25519}, {@code ssh_host_rsa_key}, a {@code
 * .pem}), a public key ({@code id_ed25519.pub}) or an {@code authorized_keys} file.
 *
 * @param keys its keys, in order
 * @param authorizedKeys whether it is an {@code authorized_keys} file, whose keys may log in
 * @param ssh whether it is an SSH key, by its format (OpenSSH) or its name ({@code id_*}, {@code
 *     ssh_host_*}, a {@code .ssh/} directory); a PEM key by another name may be a TLS key
 * @param hostKey whether it is a server's host key ({@code ssh_host_*_key}), which sshd must read
 *     without a passphrase
 */
public record SshKeyFile(List<SshKey> keys, boolean authorizedKeys, boolean ssh, boolean hostKey) {

  public SshKeyFile {
    keys = List.copyOf(keys);
  }

  /**
   * Whether {@code key} is an SSH key: a public key line, an OpenSSH private key, or a PEM key in a
   * file whose name or directory says SSH.
   */
  public boolean isSsh(SshKey key) {
    return ssh || !key.privateKey() || key.kind().startsWith("OpenSSH");
  }
}
