import { join } from 'node:path';
import { resolveJournalConfig, type JournalConfig, type ResolvedJournalConfig } from './journalConfig.js';
import { Damage, JournalCorruptionError, JournalFailedError, JournalIoError } from './journalErrors.js';
import { nodeJournalFs, syncDirectory, type JournalFs } from './journalFs.js';
import { RECORD_HEADER_BYTES, sealRecord } from './recordFormat.js';
import { recoverJournal, type RecoveryResult } from './recovery.js';
import { segmentFileName } from './segmentName.js';

export interface JournalWriterStats {
  flushes: number;
  writeCalls: number;
  fdatasyncs: number;
  bytesWritten: number;
  segmentsCreated: number;
}

/**
 * Appends sequenced records with group commit. Runs on the journal's worker
 * thread, so every call is synchronous:
 *
 *   while (running) {
 *     ring.poll(slot => writer.append(seq, ts, slot...) || (writer.flush(), writer.append(...)));
 *     writer.flush();                      // one write (+ one fdatasync)
 *     publish(writer.durableSeq);          // results up to here may leave
 *   }
 *
 * `append` only copies into a preallocated batch buffer and seals the record
 * (CRC): no I/O, no allocation. `flush` writes the batch with one write call
 * (two when the batch crosses into a new segment) and then, by fsync policy:
 * - 'always':   one fdatasync per flush; durableSeq = last record flushed.
 * - 'interval': one fdatasync when fsyncIntervalMs have passed since the last
 *               one (a flush of an empty batch still syncs when due, so an
 *               idle loop calling flush() makes the tail durable);
 *               durableSeq advances at each fdatasync.
 * - 'none':     never fdatasync; durableSeq = last record written to the OS
 *               (survives a process crash, not a power loss).
 * Whatever the policy, a segment that is finished (rolled away from) is
 * fdatasynced before its successor is created, except under 'none', and a
 * new segment's directory entry is synced likewise.
 *
 * A failed write or sync (EIO, ENOSPC, a short write followed by an error)
 * throws a JournalIoError, leaves durableSeq where it was and fails the
 * writer: every later call throws JournalFailedError. It does not retry:
 * after a failed fdatasync Linux may have dropped the dirty pages and cleared
 * the error, so a retry could report success for lost data. The process
 * restarts and recovery truncates whatever tail the failure left.
 */
export class JournalWriter {
  readonly config: ResolvedJournalConfig;
  readonly recovery: RecoveryResult;
  readonly stats: JournalWriterStats = { flushes: 0, writeCalls: 0, fdatasyncs: 0, bytesWritten: 0, segmentsCreated: 0 };

  private readonly fs: JournalFs;
  private readonly batch: Uint8Array;
  private readonly batchView: DataView;
  /** The payload array `append` last copied from, and a DataView of it. */
  private srcArray: Uint8Array | null = null;
  private srcView: DataView = new DataView(new ArrayBuffer(0));
  private batchBytesValue = 0;
  private batchRecordsValue = 0;
  /** Batch offset where records of the next segment start, -1 if none. */
  private rollOffset = -1;
  private rollSeq = 0;

  private segmentFd = -1;
  private segmentPath = '';
  /** Bytes on disk in the current segment file. */
  private segmentBytes = 0;
  /** Size the segment receiving the next record will have, counting the batch. */
  private projectedSegmentBytes = 0;

  private nextSeqValue: number;
  private writtenSeqValue: number;
  private durableSeqValue: number;
  private lastSyncMs: number;
  private failure: Error | null = null;
  private closed = false;

  /**
   * Recovers the data directory (or takes the result of a recovery just
   * done, with nothing written since) and opens its last segment for append.
   */
  static open(config: JournalConfig, recovery?: RecoveryResult): JournalWriter {
    const c = resolveJournalConfig(config, nodeJournalFs);
    if (c.readOnly) throw new RangeError('a JournalWriter cannot open a journal read-only');
    return new JournalWriter(c, recovery ?? recoverJournal(config));
  }

  private constructor(c: ResolvedJournalConfig, recovery: RecoveryResult) {
    if (recovery.dataDir !== c.dataDir) throw new Error(`recovery of ${recovery.dataDir} given for ${c.dataDir}`);
    this.config = c;
    this.recovery = recovery;
    this.fs = c.fs;
    this.batch = new Uint8Array(c.batchBytesMax);
    this.batchView = new DataView(this.batch.buffer);
    this.lastSyncMs = c.nowMs();
    const last = recovery.segments[recovery.segments.length - 1];
    if (last === undefined) {
      this.nextSeqValue = c.firstSeq;
      this.createSegment(c.firstSeq);
    } else {
      this.nextSeqValue = recovery.nextSeq;
      this.openLastSegment(last.path, last.fileName, last.byteLength);
    }
    this.writtenSeqValue = this.nextSeqValue - 1;
    this.durableSeqValue = this.nextSeqValue - 1;
  }

  /** Seq the next `append` must carry. */
  get nextSeq(): number {
    return this.nextSeqValue;
  }

  /** Last seq handed to the OS. */
  get writtenSeq(): number {
    return this.writtenSeqValue;
  }

  /** Last seq durable under the policy in force: results of commands up to it may be acknowledged. */
  get durableSeq(): number {
    return this.durableSeqValue;
  }

  get batchBytes(): number {
    return this.batchBytesValue;
  }

  get batchRecords(): number {
    return this.batchRecordsValue;
  }

  get failed(): Error | null {
    return this.failure;
  }

  /**
   * Adds one record to the batch. Returns false, changing nothing, when the
   * batch buffer has no room for it: flush, then append again. Throws on a
   * broken contract (seq not the next one, payload out of range), which is
   * a bug upstream, and once the writer has failed.
   */
  append(seq: number, timestampUs: number, payload: Uint8Array, payloadOffset = 0, payloadLength = payload.length - payloadOffset): boolean {
    this.assertUsable();
    if (seq !== this.nextSeqValue) throw new Error(`journal append out of order: expected seq ${this.nextSeqValue}, got ${seq}`);
    if (!(Number.isSafeInteger(timestampUs) && timestampUs >= 0)) throw new RangeError(`journal timestampUs not a safe u64: ${timestampUs}`);
    if (!(payloadLength >= 1 && payloadLength <= this.config.payloadBytesMax)) {
      throw new RangeError(`journal payload of ${payloadLength} bytes outside 1..${this.config.payloadBytesMax}`);
    }
    if (!(payloadOffset >= 0 && payloadOffset + payloadLength <= payload.length)) {
      throw new RangeError(`journal payload range [${payloadOffset}, ${payloadOffset + payloadLength}) outside ${payload.length} bytes`);
    }
    const recordBytes = RECORD_HEADER_BYTES + payloadLength;
    const at = this.batchBytesValue;
    if (at + recordBytes > this.config.batchBytesMax) return false;
    if (this.projectedSegmentBytes > 0 && this.projectedSegmentBytes + recordBytes > this.config.segmentBytesMax) {
      // The batch check above and batchBytesMax <= segmentBytesMax keep the
      // part of a batch after a roll smaller than a segment.
      if (this.rollOffset >= 0) throw new Error('journal batch crossed two segment boundaries');
      this.rollOffset = at;
      this.rollSeq = seq;
      this.projectedSegmentBytes = 0;
    }
    const dst = at + RECORD_HEADER_BYTES;
    if (payloadOffset === 0 && payloadLength === payload.length) {
      this.batch.set(payload, dst);
    } else {
      // Part of a larger buffer (a ring slot): copied 4 bytes at a time through
      // DataViews made once per source array (set(subarray(...)) would
      // allocate a view per record; a byte loop costs 4x more).
      if (payload !== this.srcArray) {
        this.srcArray = payload;
        this.srcView = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
      }
      const src = this.srcView;
      const out = this.batchView;
      let i = 0;
      for (; i + 4 <= payloadLength; i += 4) out.setUint32(dst + i, src.getUint32(payloadOffset + i, true), true);
      for (; i < payloadLength; i++) this.batch[dst + i] = payload[payloadOffset + i]!;
    }
    sealRecord(this.batchView, at, seq, timestampUs, payloadLength);
    this.batchBytesValue = at + recordBytes;
    this.batchRecordsValue++;
    this.projectedSegmentBytes += recordBytes;
    this.nextSeqValue = seq + 1;
    return true;
  }

  /** Writes the batch (one write call, two across a segment roll) and syncs per policy. */
  flush(): void {
    this.assertUsable();
    try {
      if (this.batchBytesValue > 0) this.writeBatch();
      if (this.config.fsyncPolicy === 'always') this.syncWritten();
      else if (this.config.fsyncPolicy === 'interval') {
        if (this.config.nowMs() - this.lastSyncMs >= this.config.fsyncIntervalMs) this.syncWritten();
      } else this.durableSeqValue = this.writtenSeqValue;
    } catch (cause) {
      throw this.fail(cause);
    }
  }

  /** fdatasync now whatever is written and not yet durable, under any policy (shutdown, tests). */
  sync(): void {
    this.assertUsable();
    try {
      this.syncWritten();
    } catch (cause) {
      throw this.fail(cause);
    }
  }

  /**
   * Under 'interval' with written data not yet durable: milliseconds until a
   * flush() would sync it (0 if due now), so an idle loop knows how long it
   * may wait. Infinity otherwise.
   */
  msUntilSyncDue(): number {
    if (this.config.fsyncPolicy !== 'interval' || this.writtenSeqValue === this.durableSeqValue) return Infinity;
    return Math.max(0, this.lastSyncMs + this.config.fsyncIntervalMs - this.config.nowMs());
  }

  /**
   * Flushes and closes. Under 'always' and 'interval' everything appended is
   * durable afterwards; under 'none' it is written, not synced. A failed
   * writer only releases its file.
   */
  close(): void {
    if (this.closed) return;
    try {
      if (this.failure === null) {
        this.flush();
        if (this.config.fsyncPolicy !== 'none') this.sync();
      }
    } finally {
      this.closed = true;
      this.closeSegmentQuietly();
    }
  }

  /** Checks the writer's bookkeeping; for tests, after every step of a randomized run. */
  assertInvariants(): void {
    // A failed writer's batch is whatever the failure left; it accepts nothing more.
    if (this.failure !== null || this.closed) return;
    const c = this.config;
    const check = (ok: boolean, what: string): void => {
      if (!ok) throw new Error(`JournalWriter invariant broken: ${what}`);
    };
    check(this.durableSeqValue <= this.writtenSeqValue && this.writtenSeqValue < this.nextSeqValue, `durable ${this.durableSeqValue} <= written ${this.writtenSeqValue} < next ${this.nextSeqValue}`);
    check(this.batchBytesValue >= 0 && this.batchBytesValue <= c.batchBytesMax, `batch of ${this.batchBytesValue} bytes within ${c.batchBytesMax}`);
    check((this.batchBytesValue === 0) === (this.batchRecordsValue === 0), 'batch bytes and records agree');
    check(this.writtenSeqValue + this.batchRecordsValue === this.nextSeqValue - 1, 'every appended record is written or batched');
    check(this.segmentBytes <= c.segmentBytesMax && this.projectedSegmentBytes <= c.segmentBytesMax, `segment within ${c.segmentBytesMax} bytes`);
    check(this.rollOffset < 0 || (this.rollOffset <= this.batchBytesValue && this.rollSeq > this.writtenSeqValue), 'roll point inside the batch');
    if (this.rollOffset < 0) check(this.projectedSegmentBytes === this.segmentBytes + this.batchBytesValue, 'projected segment size is disk + batch');
    check(this.segmentFd >= 0, 'an open writer has a segment');
  }

  private assertUsable(): void {
    if (this.failure !== null) throw new JournalFailedError(this.failure);
    if (this.closed) throw new Error('journal writer used after close');
  }

  private writeBatch(): void {
    let from = 0;
    if (this.rollOffset >= 0) {
      if (this.rollOffset > 0) this.writeFully(0, this.rollOffset);
      this.writtenSeqValue = this.rollSeq - 1;
      this.finishSegment();
      this.createSegment(this.rollSeq);
      from = this.rollOffset;
    }
    this.writeFully(from, this.batchBytesValue - from);
    this.writtenSeqValue = this.nextSeqValue - 1;
    this.batchBytesValue = 0;
    this.batchRecordsValue = 0;
    this.rollOffset = -1;
    this.stats.flushes++;
  }

  /** Writes batch[from, from + length) at the end of the segment, through short writes. */
  private writeFully(from: number, length: number): void {
    let offset = from;
    let left = length;
    this.stats.writeCalls++;
    while (left > 0) {
      let n: number;
      try {
        n = this.fs.writeSync(this.segmentFd, this.batch, offset, left, this.segmentBytes);
      } catch (cause) {
        throw new JournalIoError('write', this.segmentPath, cause);
      }
      if (!(n > 0 && n <= left)) throw new JournalIoError('write', this.segmentPath, new Error(`write returned ${n} for ${left} bytes`));
      offset += n;
      left -= n;
      this.segmentBytes += n;
      this.stats.bytesWritten += n;
    }
  }

  private syncWritten(): void {
    if (this.writtenSeqValue === this.durableSeqValue) return;
    this.fdatasync();
    this.durableSeqValue = this.writtenSeqValue;
  }

  private fdatasync(): void {
    try {
      this.fs.fdatasyncSync(this.segmentFd);
    } catch (cause) {
      throw new JournalIoError('fdatasync', this.segmentPath, cause);
    }
    this.stats.fdatasyncs++;
    this.lastSyncMs = this.config.nowMs();
  }

  /** Makes the finished segment durable (except under 'none') and closes it. */
  private finishSegment(): void {
    if (this.config.fsyncPolicy !== 'none') this.syncWritten();
    const fd = this.segmentFd;
    this.segmentFd = -1;
    try {
      this.fs.closeSync(fd);
    } catch (cause) {
      throw new JournalIoError('close', this.segmentPath, cause);
    }
  }

  private createSegment(firstSeq: number): void {
    const fileName = segmentFileName(firstSeq);
    this.segmentPath = join(this.config.dataDir, fileName);
    try {
      // 'wx': never reuse an existing file, whose records would be overwritten.
      this.segmentFd = this.fs.openSync(this.segmentPath, 'wx');
    } catch (cause) {
      throw new JournalIoError('create', this.segmentPath, cause);
    }
    if (this.config.fsyncPolicy !== 'none') {
      try {
        syncDirectory(this.fs, this.config.dataDir);
      } catch (cause) {
        throw new JournalIoError('fsync directory', this.config.dataDir, cause);
      }
    }
    this.segmentBytes = 0;
    this.stats.segmentsCreated++;
  }

  private openLastSegment(path: string, fileName: string, byteLength: number): void {
    this.segmentPath = path;
    try {
      this.segmentFd = this.fs.openSync(path, 'r+');
    } catch (cause) {
      throw new JournalIoError('open', path, cause);
    }
    let size: number;
    try {
      size = this.fs.sizeOf(this.segmentFd);
    } catch (cause) {
      this.closeSegmentQuietly();
      throw new JournalIoError('stat', path, cause);
    }
    if (size !== byteLength) {
      this.closeSegmentQuietly();
      throw new JournalCorruptionError(fileName, size, Damage.SIZE_CHANGED, `recovery validated ${byteLength} bytes; recover again`);
    }
    this.segmentBytes = byteLength;
    this.projectedSegmentBytes = byteLength;
    // Recovered records may sit in the page cache only (the previous process
    // died before its sync): make them durable before acknowledging anything
    // appended after them.
    if (this.config.fsyncPolicy !== 'none') {
      try {
        this.fs.fdatasyncSync(this.segmentFd);
      } catch (cause) {
        this.closeSegmentQuietly();
        throw new JournalIoError('fdatasync', path, cause);
      }
      this.stats.fdatasyncs++;
    }
  }

  private fail(cause: unknown): Error {
    const error = cause instanceof Error ? cause : new JournalIoError('flush', this.segmentPath, cause);
    this.failure = error;
    return error;
  }

  private closeSegmentQuietly(): void {
    if (this.segmentFd < 0) return;
    const fd = this.segmentFd;
    this.segmentFd = -1;
    try {
      this.fs.closeSync(fd);
    } catch {
      // Closing is best effort here: the writer has failed or is done, and
      // the error that matters has been thrown or returned already.
    }
  }
}
