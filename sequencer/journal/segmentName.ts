import { Damage, JournalCorruptionError } from './journalErrors.js';
import type { JournalFs } from './journalFs.js';

/**
 * Segment files are `journal-<first seq, 20 digits>.log`: 20 digits hold
 * any u64, and zero-padding makes name order equal sequence order for
 * people listing the directory (the code sorts numerically anyway).
 */
const PREFIX = 'journal-';
const SUFFIX = '.log';
const NAME = /^journal-(\d{20})\.log$/;

export function segmentFileName(firstSeq: number): string {
  if (!Number.isSafeInteger(firstSeq) || firstSeq < 0) throw new RangeError(`segment first seq not a safe u64: ${firstSeq}`);
  return `${PREFIX}${String(firstSeq).padStart(20, '0')}${SUFFIX}`;
}

export interface SegmentName {
  fileName: string;
  firstSeq: number;
}

/**
 * The journal's segment files in sequence order. Other files are ignored (a
 * data directory may hold snapshots too), but a `journal-*.log` that does not
 * parse is an error: it is most likely a segment someone renamed, and
 * skipping it would skip its records.
 */
export function listSegments(jfs: JournalFs, dataDir: string): SegmentName[] {
  const segments: SegmentName[] = [];
  for (const fileName of jfs.readdirSync(dataDir)) {
    if (!(fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX))) continue;
    const m = NAME.exec(fileName);
    const firstSeq = m === null ? NaN : Number(m[1]);
    if (!Number.isSafeInteger(firstSeq)) {
      throw new JournalCorruptionError(fileName, 0, Damage.BAD_SEGMENT_NAME, 'expected journal-<first seq as 20 digits, a safe integer>.log');
    }
    segments.push({ fileName, firstSeq });
  }
  segments.sort((a, b) => a.firstSeq - b.firstSeq);
  return segments;
}
