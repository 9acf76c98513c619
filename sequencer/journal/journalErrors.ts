/**
 * Every error and warning the journal raises, by stable code, registered
 * here only; sequencer/journal/README.md lists them and a test keeps the
 * two in agreement.
 */
export const JournalErrorCode = {
  /** The data directory is damaged before its tail: refuse to start. */
  CORRUPT: 'ERR_JOURNAL_CORRUPT',
  /** A file-system call failed (EIO, ENOSPC, ...). */
  IO: 'ERR_JOURNAL_IO',
  /** The writer failed earlier and refuses further work; restart and recover. */
  FAILED: 'ERR_JOURNAL_FAILED',
} as const;
export type JournalErrorCode = (typeof JournalErrorCode)[keyof typeof JournalErrorCode];

/** What is wrong at the offset an error or warning names. */
export const Damage = {
  /** Fewer than 24 bytes left for a record header. */
  TRUNCATED_HEADER: 'TRUNCATED_HEADER',
  /** The header promises more payload than the file holds. */
  TRUNCATED_RECORD: 'TRUNCATED_RECORD',
  /** Length field outside 1 .. payloadBytesMax. */
  BAD_LENGTH: 'BAD_LENGTH',
  /** Stored CRC32C differs from the record's bytes. */
  BAD_CRC: 'BAD_CRC',
  /** A record with a valid CRC whose sequence number is not the next one. */
  SEQ_GAP: 'SEQ_GAP',
  /** A record with a valid CRC whose timestamp does not fit a safe integer. */
  BAD_TIMESTAMP: 'BAD_TIMESTAMP',
  /** A zero-length segment file that is not the last one. */
  EMPTY_SEGMENT: 'EMPTY_SEGMENT',
  /** The next segment starts after the previous one ends: a file is missing. */
  MISSING_SEGMENT: 'MISSING_SEGMENT',
  /** The next segment starts before the previous one ends. */
  OVERLAPPING_SEGMENT: 'OVERLAPPING_SEGMENT',
  /** A `journal-*.log` file whose name is not `journal-<20 digits>.log`. */
  BAD_SEGMENT_NAME: 'BAD_SEGMENT_NAME',
  /** A file is not the size recovery validated (changed underneath). */
  SIZE_CHANGED: 'SIZE_CHANGED',
} as const;
export type Damage = (typeof Damage)[keyof typeof Damage];

/** Warning codes, returned in the recovery result and passed to the logger. */
export const JournalWarningCode = {
  /** A torn or corrupt tail of the last segment was cut off at the last good record. */
  TAIL_TRUNCATED: 'WARN_JOURNAL_TAIL_TRUNCATED',
  /** Read-only recovery found a torn tail and left it in place. */
  TAIL_IGNORED_READ_ONLY: 'WARN_JOURNAL_TAIL_IGNORED_READ_ONLY',
} as const;
export type JournalWarningCode = (typeof JournalWarningCode)[keyof typeof JournalWarningCode];

export interface JournalWarning {
  code: JournalWarningCode;
  file: string;
  /** Byte offset of the first bad byte: the new end of the file. */
  offset: number;
  /** Bytes removed (or, read-only, that would be removed). */
  truncatedBytes: number;
  damage: Damage;
  message: string;
}

/** pino-compatible: `logger.warn(details, message)`. */
export interface JournalLogger {
  warn(details: object, message: string): void;
}

export class JournalCorruptionError extends Error {
  readonly code = JournalErrorCode.CORRUPT;
  constructor(
    readonly file: string,
    readonly offset: number,
    readonly damage: Damage,
    detail: string,
  ) {
    super(`journal corrupt: ${file} at byte offset ${offset}: ${damage}: ${detail}`);
    this.name = 'JournalCorruptionError';
  }
}

export class JournalIoError extends Error {
  readonly code = JournalErrorCode.IO;
  /** The errno code of the cause (EIO, ENOSPC, ...), or 'UNKNOWN'. */
  readonly errno: string;
  constructor(
    readonly operation: string,
    readonly file: string,
    cause: unknown,
  ) {
    const errno = errnoOf(cause);
    super(`journal ${operation} failed on ${file}: ${errno}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'JournalIoError';
    this.errno = errno;
  }
}

export class JournalFailedError extends Error {
  readonly code = JournalErrorCode.FAILED;
  constructor(cause: Error) {
    super(`journal writer failed earlier and accepts nothing more (restart and recover): ${cause.message}`, { cause });
    this.name = 'JournalFailedError';
  }
}

function errnoOf(cause: unknown): string {
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return 'UNKNOWN';
}
