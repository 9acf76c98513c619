export { crc32c, crc32cOfBytes } from './crc32c.js';
export { JOURNAL_DEFAULTS, JOURNAL_LIMITS, type FsyncPolicy, type JournalConfig } from './journalConfig.js';
export { JournalCursor } from './journalCursor.js';
export {
  Damage,
  JournalCorruptionError,
  JournalErrorCode,
  JournalFailedError,
  JournalIoError,
  JournalWarningCode,
  type JournalLogger,
  type JournalWarning,
} from './journalErrors.js';
export { nodeJournalFs, type JournalFs } from './journalFs.js';
export { JournalWriter, type JournalWriterStats } from './journalWriter.js';
export { RECORD_HEADER_BYTES } from './recordFormat.js';
export { recoverJournal, type RecoveryResult, type SegmentInfo } from './recovery.js';
export { segmentFileName } from './segmentName.js';
export { pruneSegments } from './segmentRetention.js';
