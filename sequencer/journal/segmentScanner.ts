import { Damage, JournalCorruptionError, JournalIoError } from './journalErrors.js';
import type { JournalFs } from './journalFs.js';
import { getU64, R_LENGTH, R_SEQ, R_TIMESTAMP, RECORD_HEADER_BYTES, recordCrcMatches, SAFE_HIGH_WORD_MAX } from './recordFormat.js';

export const Scan = {
  RECORD: 0,
  END: 1,
  DAMAGED: 2,
} as const;
export type Scan = (typeof Scan)[keyof typeof Scan];

/**
 * Walks the records of one segment file through one preallocated read
 * buffer, checking length, CRC and sequence continuity of each. Shared by
 * recovery (which decides whether damage is a torn tail) and the replay
 * cursor (for which any damage is an error).
 *
 * The buffer is refilled in large reads; a record that straddles the end of
 * the buffered bytes is moved to the front first, which is why the buffer
 * must hold at least one largest record (journalConfig guarantees two).
 */
export class SegmentScanner {
  readonly buffer: Uint8Array;
  readonly view: DataView;

  // Outputs of the last next(): on RECORD the record; on DAMAGED where and what.
  /** File offset of the record, or of the damage. */
  recordOffset = 0;
  seq = 0;
  timestampUs = 0;
  /** Offset of the payload in `buffer`, valid until the next call. */
  payloadOffset = 0;
  payloadLength = 0;
  damage: Damage = Damage.BAD_CRC;
  damageDetail = '';

  private fd = -1;
  private file = '';
  private fileBytes = 0;
  /** File offset of buffer[0]. */
  private bufferFileOffset = 0;
  /** Bytes of the file held in buffer[0 .. bufferBytes). */
  private bufferBytes = 0;
  /** Buffer offset of the next record. */
  private cursor = 0;
  private expectedSeq = 0;

  constructor(
    private readonly jfs: JournalFs,
    readBufferBytes: number,
    private readonly payloadBytesMax: number,
  ) {
    if (readBufferBytes < 2 * (RECORD_HEADER_BYTES + payloadBytesMax)) throw new RangeError('read buffer smaller than two records');
    this.buffer = new Uint8Array(readBufferBytes);
    this.view = new DataView(this.buffer.buffer);
  }

  /** Scan `fileBytes` bytes of an open segment whose first record must carry `firstSeq`. */
  start(fd: number, file: string, fileBytes: number, firstSeq: number): void {
    this.fd = fd;
    this.file = file;
    this.fileBytes = fileBytes;
    this.bufferFileOffset = 0;
    this.bufferBytes = 0;
    this.cursor = 0;
    this.expectedSeq = firstSeq;
  }

  /** Sequence number the next record must carry: one past the last good record. */
  get nextSeq(): number {
    return this.expectedSeq;
  }

  /** File offset just past the last good record. */
  get goodBytes(): number {
    return this.bufferFileOffset + this.cursor;
  }

  next(): Scan {
    const at = this.bufferFileOffset + this.cursor;
    this.recordOffset = at;
    const left = this.fileBytes - at;
    if (left === 0) return Scan.END;
    if (left < RECORD_HEADER_BYTES) {
      return this.damaged(Damage.TRUNCATED_HEADER, `${left} bytes left, a record header needs ${RECORD_HEADER_BYTES}`);
    }
    this.ensure(RECORD_HEADER_BYTES);
    const length = this.view.getUint32(this.cursor + R_LENGTH, true);
    if (length < 1 || length > this.payloadBytesMax) {
      return this.damaged(Damage.BAD_LENGTH, `payload length ${length} outside 1..${this.payloadBytesMax}`);
    }
    const recordBytes = RECORD_HEADER_BYTES + length;
    if (left < recordBytes) {
      return this.damaged(Damage.TRUNCATED_RECORD, `record of ${recordBytes} bytes, ${left} left in the file`);
    }
    this.ensure(recordBytes);
    const c = this.cursor;
    if (!recordCrcMatches(this.view, c, length)) return this.damaged(Damage.BAD_CRC, `CRC32C mismatch in record of ${recordBytes} bytes`);
    const seq = getU64(this.view, c + R_SEQ);
    if (seq !== this.expectedSeq) {
      return this.damaged(Damage.SEQ_GAP, `expected seq ${this.expectedSeq}, record carries ${seq < 0 ? 'an unsafe u64' : seq}`);
    }
    const timestampUs = getU64(this.view, c + R_TIMESTAMP);
    if (timestampUs < 0) return this.damaged(Damage.BAD_TIMESTAMP, `seq ${seq} carries a timestamp beyond 2^53`);
    this.seq = seq;
    this.timestampUs = timestampUs;
    this.payloadOffset = c + RECORD_HEADER_BYTES;
    this.payloadLength = length;
    this.cursor = c + recordBytes;
    this.expectedSeq = seq + 1;
    return Scan.RECORD;
  }

  /** An error naming the file and offset of the last damage found. */
  damageError(extra = ''): JournalCorruptionError {
    return new JournalCorruptionError(this.file, this.recordOffset, this.damage, this.damageDetail + extra);
  }

  /**
   * File offset of the first record after `from` whose length is in range
   * and whose CRC matches, or -1. Decides whether damage in the last segment
   * is a torn tail (nothing valid after it: a write cut short, zeros or
   * garbage) or corruption with acknowledged records after it. Tries every
   * byte offset, so it is only for the damage path; reuses the read buffer.
   */
  findValidRecord(from: number): number {
    const recordMax = RECORD_HEADER_BYTES + this.payloadBytesMax;
    let base = from;
    while (base + RECORD_HEADER_BYTES <= this.fileBytes) {
      const n = Math.min(this.buffer.length, this.fileBytes - base);
      this.readExactly(0, n, base);
      const atEnd = base + n === this.fileBytes;
      // Offsets past `limit` are tried in the next chunk, where a whole
      // record fits after them; the buffer holds two records, so limit > 0.
      const limit = atEnd ? n - RECORD_HEADER_BYTES + 1 : n - recordMax + 1;
      for (let o = 0; o < limit; o++) {
        const length = this.view.getUint32(o + R_LENGTH, true);
        if (length < 1 || length > this.payloadBytesMax || o + RECORD_HEADER_BYTES + length > n) continue;
        if (this.view.getUint32(o + R_SEQ + 4, true) > SAFE_HIGH_WORD_MAX) continue;
        if (recordCrcMatches(this.view, o, length)) return base + o;
      }
      if (atEnd) break;
      base += limit;
    }
    // The buffer no longer holds the scanned segment.
    this.bufferBytes = 0;
    this.cursor = 0;
    this.bufferFileOffset = this.fileBytes;
    return -1;
  }

  private damaged(damage: Damage, detail: string): Scan {
    this.damage = damage;
    this.damageDetail = detail;
    return Scan.DAMAGED;
  }

  /** Makes `n` bytes from the cursor available; the caller has checked the file holds them. */
  private ensure(n: number): void {
    if (this.bufferBytes - this.cursor >= n) return;
    const kept = this.bufferBytes - this.cursor;
    this.buffer.copyWithin(0, this.cursor, this.bufferBytes);
    this.bufferFileOffset += this.cursor;
    this.cursor = 0;
    const fileLeft = this.fileBytes - (this.bufferFileOffset + kept);
    const fill = Math.min(this.buffer.length - kept, fileLeft);
    this.readExactly(kept, fill, this.bufferFileOffset + kept);
    this.bufferBytes = kept + fill;
    if (this.bufferBytes < n) throw new Error(`SegmentScanner: ${n} bytes needed, ${this.bufferBytes} buffered (caller skipped a bounds check)`);
  }

  private readExactly(bufferOffset: number, length: number, position: number): void {
    let done = 0;
    while (done < length) {
      let got: number;
      try {
        got = this.jfs.readSync(this.fd, this.buffer, bufferOffset + done, length - done, position + done);
      } catch (cause) {
        throw new JournalIoError('read', this.file, cause);
      }
      if (got === 0) {
        throw new JournalCorruptionError(this.file, position + done, Damage.SIZE_CHANGED, `file ended before the ${this.fileBytes} bytes it had when opened`);
      }
      done += got;
    }
  }
}
