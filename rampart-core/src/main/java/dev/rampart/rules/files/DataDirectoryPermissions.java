package dev.rampart.rules.files;

import dev.rampart.check.Check;
import dev.rampart.check.Findings;
import dev.rampart.check.Rule;
import dev.rampart.format.files.RepositoryFile;
import dev.rampart.format.files.RepositoryFiles;
import dev.rampart.model.Position;
import dev.rampart.model.Severity;

@Rule(
    id = "RA-FS-005",
    title = "Data directories of data stores are private to their owner (mode 700)",
    severity = Severity.MEDIUM,
    controls = "secrets.file-permissions",
    rationale =
        "The data directory of a database, cache or broker holds everything the service stores:"
            + " user records, sessions, password hashes, queued messages. Bind-mounted next to a"
            + " compose file (`./pgdata:/var/lib/postgresql/data`), it has whatever mode it was"
            + " created with, often 755, so every account on the host can read it. PostgreSQL"
            + " refuses to start on a data directory that is wider than 750 for this reason. The"
            + " directories are recognised by name: pgdata, postgres-data, mysql_data,"
            + " redis-data, mongo-data and the like, and data/db, data/postgres, data/mysql.",
    remediation =
        "Restrict the directory to the account the data store runs as: `chmod 700 pgdata` (and"
            + " `chown` it to that UID), or use a named volume, which the container runtime keeps"
            + " out of the project tree.",
    references = {
      "https://www.postgresql.org/docs/current/creating-cluster.html",
      "https://docs.docker.com/engine/storage/volumes/"
    })
public final class DataDirectoryPermissions implements Check<RepositoryFile> {

  @Override
  public void check(RepositoryFile file, Findings out) {
    if (!file.facts().directory()
        || !file.openToGroupOrOthers()
        || !RepositoryFiles.isDataDirectory(file.path())) {
      return;
    }
    out.report(
        Position.START,
        String.format(
            "The data directory %s is mode %s, open to %s: the data stored in it should be"
                + " private to the data store's account (0700).",
            file.path(),
            file.octalMode().orElseThrow(),
            SecretFilePermissions.who(file.facts().mode().getAsInt())));
  }
}
