package dev.rampart.history;

import dev.rampart.model.Commit;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file content (blob) as history first shows it.
 *
 * @param id the blob's object id
 * @param path where the earliest commit that introduced it put it, relative to the scanned root
 * @param commit that commit
 * @param commitTime its committer time, in seconds since the epoch, to order commits
 */
record IntroducedBlob(ObjectId id, String path, Commit commit, long commitTime) {}
