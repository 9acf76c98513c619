import { join } from 'node:path';
import { resolveJournalConfig, type JournalConfig, type ResolvedJournalConfig } from './journalConfig.js';
import { Damage, JournalCorruptionError, JournalIoError, JournalWarningCode, type JournalWarning } from './journalErrors.js';
import { nodeJournalFs } from './journalFs.js';
import { Scan, SegmentScanner } from './segmentScanner.js';
import { listSegments, type SegmentName } from './segmentName.js';

export interface SegmentInfo {
  fileName: string;
  path: string;
  firstSeq: number;
  /** firstSeq - 1 when the segment holds no record. */
  lastSeq: number;
  recordCount: number;
  /** Validated bytes: the file's size after any tail truncation. */
  byteLength: number;
}

export interface RecoveryResult {
  dataDir: string;
  segments: SegmentInfo[];
  /** Seq of the first record the journal holds (or would hold, when empty). */
  firstSeq: number;
  /** firstSeq - 1 when the journal is empty. */
  lastSeq: number;
  /** The seq the next appended record must carry. */
  nextSeq: number;
  recordCount: number;
  /** Timestamp of the last record, -1 when empty: the sequencer's clock must not go below it. */
  lastTimestampUs: number;
  warnings: JournalWarning[];
}

/**
 * Validates every segment of a data directory in order and cuts off a torn
 * tail, so that a writer can append and a cursor can replay.
 *
 * - Damage in the last segment with no valid record after it (a batch write
 *   cut short by a crash, a record failing its CRC, trailing zeros or
 *   garbage) is a torn tail: the file is truncated at the last good record,
 *   synced, and a warning is returned and logged.
 * - Anything else refuses to start with a JournalCorruptionError naming the
 *   file and byte offset: damage followed by a valid record, damage in an
 *   earlier segment, a sequence gap between records or segments, a
 *   zero-length segment that is not the last, a segment that does not end
 *   where the next begins. Nothing is skipped silently.
 *
 * A zero-length last segment is kept; the writer appends to it.
 */
export function recoverJournal(config: JournalConfig): RecoveryResult {
  const c = resolveJournalConfig(config, nodeJournalFs);
  if (!c.readOnly) {
    try {
      c.fs.mkdirSync(c.dataDir);
    } catch (cause) {
      throw new JournalIoError('mkdir', c.dataDir, cause);
    }
  }
  let names: SegmentName[];
  try {
    names = listSegments(c.fs, c.dataDir);
  } catch (cause) {
    if (cause instanceof JournalCorruptionError) throw cause;
    throw new JournalIoError('readdir', c.dataDir, cause);
  }
  const scanner = new SegmentScanner(c.fs, c.readBufferBytes, c.payloadBytesMax);
  const result: RecoveryResult = {
    dataDir: c.dataDir,
    segments: [],
    firstSeq: names.length > 0 ? names[0]!.firstSeq : c.firstSeq,
    lastSeq: 0,
    nextSeq: 0,
    recordCount: 0,
    lastTimestampUs: -1,
    warnings: [],
  };
  let expectedSeq = result.firstSeq;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name.firstSeq !== expectedSeq) {
      const previous = result.segments[i - 1]!;
      throw new JournalCorruptionError(
        name.fileName,
        0,
        name.firstSeq > expectedSeq ? Damage.MISSING_SEGMENT : Damage.OVERLAPPING_SEGMENT,
        `${previous.fileName} ends at seq ${previous.lastSeq}, so the next segment must start at ${expectedSeq}, this one starts at ${name.firstSeq}`,
      );
    }
    const info = recoverSegment(c, scanner, name, i === names.length - 1, result);
    result.segments.push(info);
    result.recordCount += info.recordCount;
    expectedSeq = info.lastSeq + 1;
  }
  result.nextSeq = expectedSeq;
  result.lastSeq = expectedSeq - 1;
  return result;
}

function recoverSegment(
  c: ResolvedJournalConfig,
  scanner: SegmentScanner,
  name: SegmentName,
  isLast: boolean,
  result: RecoveryResult,
): SegmentInfo {
  const path = join(c.dataDir, name.fileName);
  // Only the last segment may be truncated, so only it is opened writable.
  const fd = open(c, path, isLast && !c.readOnly ? 'r+' : 'r');
  try {
    let size: number;
    try {
      size = c.fs.sizeOf(fd);
    } catch (cause) {
      throw new JournalIoError('stat', path, cause);
    }
    if (size === 0 && !isLast) {
      throw new JournalCorruptionError(name.fileName, 0, Damage.EMPTY_SEGMENT, 'zero-length segment before the last one');
    }
    scanner.start(fd, name.fileName, size, name.firstSeq);
    let status: Scan;
    let records = 0;
    while ((status = scanner.next()) === Scan.RECORD) {
      records++;
      result.lastTimestampUs = scanner.timestampUs;
    }
    let byteLength = size;
    if (status === Scan.DAMAGED) {
      // A record with a valid CRC in the wrong place was written that way:
      // no crash produces it, so it is never a torn tail.
      const validButMisplaced = scanner.damage === Damage.SEQ_GAP || scanner.damage === Damage.BAD_TIMESTAMP;
      if (validButMisplaced || !isLast) throw scanner.damageError(isLast ? '' : ' (not the last segment)');
      const damageOffset = scanner.recordOffset;
      const damage = scanner.damage;
      const detail = scanner.damageDetail;
      const later = scanner.findValidRecord(damageOffset + 1);
      if (later >= 0) {
        throw new JournalCorruptionError(name.fileName, damageOffset, damage, `${detail}; a valid record follows at byte offset ${later}`);
      }
      byteLength = damageOffset;
      truncateTail(c, fd, path, name.fileName, size, damageOffset, damage, detail, result);
    }
    return {
      fileName: name.fileName,
      path,
      firstSeq: name.firstSeq,
      lastSeq: name.firstSeq + records - 1,
      recordCount: records,
      byteLength,
    };
  } finally {
    c.fs.closeSync(fd);
  }
}

function truncateTail(
  c: ResolvedJournalConfig,
  fd: number,
  path: string,
  fileName: string,
  size: number,
  at: number,
  damage: Damage,
  detail: string,
  result: RecoveryResult,
): void {
  const truncatedBytes = size - at;
  if (!c.readOnly) {
    try {
      c.fs.ftruncateSync(fd, at);
      // The new size must be durable before records are appended after it.
      c.fs.fdatasyncSync(fd);
    } catch (cause) {
      throw new JournalIoError('truncate', path, cause);
    }
  }
  const warning: JournalWarning = {
    code: c.readOnly ? JournalWarningCode.TAIL_IGNORED_READ_ONLY : JournalWarningCode.TAIL_TRUNCATED,
    file: fileName,
    offset: at,
    truncatedBytes,
    damage,
    message: `${c.readOnly ? 'ignoring (read-only)' : 'truncated'} torn tail of ${fileName}: ${truncatedBytes} bytes from byte offset ${at} (${damage}: ${detail})`,
  };
  result.warnings.push(warning);
  c.logger?.warn(warning, warning.message);
}

function open(c: ResolvedJournalConfig, path: string, flags: string): number {
  try {
    return c.fs.openSync(path, flags);
  } catch (cause) {
    throw new JournalIoError('open', path, cause);
  }
}
