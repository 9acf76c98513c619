import { resolveJournalConfig, type JournalConfig } from './journalConfig.js';
import { Damage, JournalCorruptionError, JournalIoError } from './journalErrors.js';
import { nodeJournalFs, type JournalFs } from './journalFs.js';
import type { RecoveryResult, SegmentInfo } from './recovery.js';
import { Scan, SegmentScanner } from './segmentScanner.js';

/**
 * Replays the records of a recovered journal from a given sequence number,
 * one at a time, allocating nothing per record:
 *
 *   const cursor = new JournalCursor(config, recovery, fromSeq);
 *   while (cursor.next()) decoder.wrap(cursor.view, cursor.payloadOffset) ...
 *   cursor.close();
 *
 * It reads the byte ranges recovery validated (not past them, so a writer
 * appending meanwhile is not seen half-written) and checks every record
 * again: damage found now is an error naming the file and offset.
 */
export class JournalCursor {
  seq = 0;
  timestampUs = 0;
  /** Offset of the current payload in `buffer` / `view`; valid until the next `next()`. */
  payloadOffset = 0;
  payloadLength = 0;

  private readonly jfs: JournalFs;
  private readonly scanner: SegmentScanner;
  private readonly segments: SegmentInfo[];
  private segmentIndex: number;
  private fd = -1;
  private closed = false;

  constructor(
    config: JournalConfig,
    recovery: RecoveryResult,
    private readonly fromSeq: number,
  ) {
    const c = resolveJournalConfig(config, nodeJournalFs);
    if (!(Number.isSafeInteger(fromSeq) && fromSeq >= recovery.firstSeq && fromSeq <= recovery.nextSeq)) {
      throw new RangeError(`replay from seq ${fromSeq}: the journal holds ${recovery.firstSeq}..${recovery.lastSeq}`);
    }
    this.jfs = c.fs;
    this.scanner = new SegmentScanner(c.fs, c.readBufferBytes, c.payloadBytesMax);
    this.segments = recovery.segments;
    this.segmentIndex = this.segments.findIndex((s) => s.lastSeq >= fromSeq);
    if (this.segmentIndex < 0) this.segmentIndex = this.segments.length;
  }

  /** The read buffer holding the current payload (reused: copy what must outlive `next()`). */
  get buffer(): Uint8Array {
    return this.scanner.buffer;
  }

  get view(): DataView {
    return this.scanner.view;
  }

  /** Advances to the next record; false at the end of the validated journal. */
  next(): boolean {
    if (this.closed) throw new Error('JournalCursor used after close');
    for (;;) {
      if (this.fd < 0) {
        if (this.segmentIndex >= this.segments.length) return false;
        this.openSegment(this.segments[this.segmentIndex]!);
      }
      const status = this.scanner.next();
      if (status === Scan.RECORD) {
        if (this.scanner.seq < this.fromSeq) continue;
        this.seq = this.scanner.seq;
        this.timestampUs = this.scanner.timestampUs;
        this.payloadOffset = this.scanner.payloadOffset;
        this.payloadLength = this.scanner.payloadLength;
        return true;
      }
      if (status === Scan.DAMAGED) throw this.scanner.damageError(' (found during replay)');
      this.closeSegment();
      this.segmentIndex++;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closeSegment();
    this.closed = true;
  }

  private openSegment(segment: SegmentInfo): void {
    try {
      this.fd = this.jfs.openSync(segment.path, 'r');
    } catch (cause) {
      throw new JournalIoError('open', segment.path, cause);
    }
    let size: number;
    try {
      size = this.jfs.sizeOf(this.fd);
    } catch (cause) {
      throw new JournalIoError('stat', segment.path, cause);
    }
    if (size < segment.byteLength) {
      throw new JournalCorruptionError(segment.fileName, size, Damage.SIZE_CHANGED, `recovery validated ${segment.byteLength} bytes`);
    }
    this.scanner.start(this.fd, segment.fileName, segment.byteLength, segment.firstSeq);
  }

  private closeSegment(): void {
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    this.jfs.closeSync(fd);
  }
}
