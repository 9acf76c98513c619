import { join } from 'node:path';
import { JournalCorruptionError, JournalIoError } from './journalErrors.js';
import { nodeJournalFs, syncDirectory, type JournalFs } from './journalFs.js';
import { listSegments, type SegmentName } from './segmentName.js';

/**
 * Journal retention: deletes the segments whose every record has a seq at
 * or below `coveredSeq`, and returns their file names, oldest first.
 *
 * `coveredSeq` must be the seq of the OLDEST snapshot recovery could fall
 * back to (`oldestSnapshotSeq` in snapshot/snapshotFiles.ts), not the newest:
 * recovery uses an older snapshot when the newest fails its CRC, and needs
 * the journal from just after it. The caller must also have written that
 * snapshot durably first (writeSnapshot syncs the file and the directory
 * before it returns).
 *
 * A segment ends where the next one begins (recovery refused any gap or
 * overlap, and the writer only appends), so a segment is covered when the
 * next one's first seq is at most `coveredSeq + 1`; no file is read. The
 * last segment is never deleted, covered or not: it is the one the writer
 * appends to, and a journal must keep a segment whose name says where it
 * continues. Only names before the last are touched, so this may run in
 * another thread while the writer appends or rolls to a new segment.
 *
 * Deleted oldest first, with the directory fsynced after each unlink: after
 * a crash or power loss at any point the journal is a contiguous suffix of
 * what it was, never one with a hole, which recovery would refuse as
 * MISSING_SEGMENT. (A deletion is rare, one per segmentBytesMax written, so
 * a directory fsync each costs little.) A failed unlink or fsync throws a
 * JournalIoError naming the file; what was deleted before it stays deleted
 * and the journal is still whole from the next segment on.
 */
export function pruneSegments(dataDir: string, coveredSeq: number, jfs: JournalFs = nodeJournalFs): string[] {
  if (!(Number.isSafeInteger(coveredSeq) && coveredSeq >= 0)) {
    throw new RangeError(`${dataDir}: journal retention: covered seq must be an integer >= 0: ${coveredSeq}`);
  }
  const names = segmentsOf(jfs, dataDir);
  const deleted: string[] = [];
  for (let i = 0; i + 1 < names.length; i++) {
    if (names[i + 1]!.firstSeq - 1 > coveredSeq) break;
    const path = join(dataDir, names[i]!.fileName);
    try {
      jfs.unlinkSync(path);
    } catch (cause) {
      throw new JournalIoError('unlink', path, cause);
    }
    try {
      syncDirectory(jfs, dataDir);
    } catch (cause) {
      throw new JournalIoError('fsync directory', dataDir, cause);
    }
    deleted.push(names[i]!.fileName);
  }
  return deleted;
}

function segmentsOf(jfs: JournalFs, dataDir: string): SegmentName[] {
  try {
    return listSegments(jfs, dataDir);
  } catch (cause) {
    if (cause instanceof JournalCorruptionError) throw cause;
    throw new JournalIoError('readdir', dataDir, cause);
  }
}
