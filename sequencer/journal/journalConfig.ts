import type { JournalFs } from './journalFs.js';
import type { JournalLogger } from './journalErrors.js';
import { RECORD_HEADER_BYTES } from './recordFormat.js';

/**
 * Every bound of the journal, with its default and range. Ranges are checked
 * once when a reader or writer opens (`resolveJournalConfig`), so the hot
 * paths only assert.
 */
export type FsyncPolicy = 'always' | 'interval' | 'none';

export interface JournalConfig {
  dataDir: string;
  /** Largest command payload accepted; a record is 24 bytes more. Default 512. */
  payloadBytesMax?: number;
  /** A segment never grows past this; the next record goes to a new file. Default 64 MiB. */
  segmentBytesMax?: number;
  /** Preallocated group-commit buffer: the most one flush writes. Default 1 MiB. */
  batchBytesMax?: number;
  /** Preallocated read buffer of recovery and cursors. Default 1 MiB. */
  readBufferBytes?: number;
  /** Default 'always' (fdatasync per flushed batch). */
  fsyncPolicy?: FsyncPolicy;
  /** Under 'interval': fdatasync at most this often. Default 5 ms. */
  fsyncIntervalMs?: number;
  /** Sequence number of the first record of an empty journal. Default 1. */
  firstSeq?: number;
  /** Recovery only: validate and report, change no file. Default false. */
  readOnly?: boolean;
  fs?: JournalFs;
  logger?: JournalLogger;
  /** Monotonic milliseconds, for the 'interval' policy. Default performance.now. */
  nowMs?: () => number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

export const JOURNAL_DEFAULTS = {
  payloadBytesMax: 512,
  segmentBytesMax: 64 * MiB,
  batchBytesMax: 1 * MiB,
  readBufferBytes: 1 * MiB,
  fsyncPolicy: 'always' as FsyncPolicy,
  fsyncIntervalMs: 5,
  firstSeq: 1,
} as const;

/** Upper bounds; lower bounds follow from the record size (see resolve). */
export const JOURNAL_LIMITS = {
  payloadBytesMax: 1 * MiB,
  segmentBytesMax: 4096 * MiB,
  batchBytesMax: 256 * MiB,
  readBufferBytes: 256 * MiB,
  fsyncIntervalMs: 60_000,
} as const;

export interface ResolvedJournalConfig {
  dataDir: string;
  payloadBytesMax: number;
  recordBytesMax: number;
  segmentBytesMax: number;
  batchBytesMax: number;
  readBufferBytes: number;
  fsyncPolicy: FsyncPolicy;
  fsyncIntervalMs: number;
  firstSeq: number;
  readOnly: boolean;
  fs: JournalFs;
  logger: JournalLogger | undefined;
  nowMs: () => number;
}

export function resolveJournalConfig(c: JournalConfig, defaultFs: JournalFs): ResolvedJournalConfig {
  if (typeof c.dataDir !== 'string' || c.dataDir.length === 0) throw new RangeError('journal dataDir must be a non-empty path');
  const payloadBytesMax = intIn('payloadBytesMax', c.payloadBytesMax ?? JOURNAL_DEFAULTS.payloadBytesMax, 1, JOURNAL_LIMITS.payloadBytesMax);
  const recordBytesMax = RECORD_HEADER_BYTES + payloadBytesMax;
  const segmentBytesMax = intIn('segmentBytesMax', c.segmentBytesMax ?? JOURNAL_DEFAULTS.segmentBytesMax, recordBytesMax, JOURNAL_LIMITS.segmentBytesMax);
  // A batch no larger than a segment crosses at most one segment boundary,
  // which keeps a flush to at most two writes.
  const batchBytesMax = intIn('batchBytesMax', c.batchBytesMax ?? JOURNAL_DEFAULTS.batchBytesMax, recordBytesMax, Math.min(segmentBytesMax, JOURNAL_LIMITS.batchBytesMax));
  // Twice a record, so the tail scan always makes progress (recovery.ts).
  const readBufferBytes = intIn('readBufferBytes', c.readBufferBytes ?? JOURNAL_DEFAULTS.readBufferBytes, 2 * recordBytesMax, JOURNAL_LIMITS.readBufferBytes);
  const fsyncPolicy = c.fsyncPolicy ?? JOURNAL_DEFAULTS.fsyncPolicy;
  if (fsyncPolicy !== 'always' && fsyncPolicy !== 'interval' && fsyncPolicy !== 'none') {
    throw new RangeError(`journal fsyncPolicy must be always, interval or none: ${String(fsyncPolicy)}`);
  }
  const fsyncIntervalMs = intIn('fsyncIntervalMs', c.fsyncIntervalMs ?? JOURNAL_DEFAULTS.fsyncIntervalMs, 1, JOURNAL_LIMITS.fsyncIntervalMs);
  const firstSeq = intIn('firstSeq', c.firstSeq ?? JOURNAL_DEFAULTS.firstSeq, 0, Number.MAX_SAFE_INTEGER - 1);
  return {
    dataDir: c.dataDir,
    payloadBytesMax,
    recordBytesMax,
    segmentBytesMax,
    batchBytesMax,
    readBufferBytes,
    fsyncPolicy,
    fsyncIntervalMs,
    firstSeq,
    readOnly: c.readOnly ?? false,
    fs: c.fs ?? defaultFs,
    logger: c.logger,
    nowMs: c.nowMs ?? (() => performance.now()),
  };
}

function intIn(name: string, value: number, min: number, max: number): number {
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    throw new RangeError(`journal ${name} must be an integer in [${min}, ${max}]: ${value}`);
  }
  return value;
}
