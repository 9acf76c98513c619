import { Command } from '../engine/command.js';
import { EventBuffer } from '../engine/eventBuffer.js';
import type { OrderBookEngine } from '../engine/matchingEngine.js';
import type { CoreSpec } from '../risk/coreSpec.js';
import { exportCoreState } from '../risk/coreState.js';
import type { ExchangeCore } from '../risk/exchangeCore.js';
import { COMMAND_RECORD_BYTES, CommandCodec } from './commandCodec.js';
import { ensureCoreManifest } from './coreManifest.js';
import { recoverCore, type CoreRecoveryResult, type JournalOptions } from './coreRecovery.js';
import type { JournalLogger } from './journal/journalErrors.js';
import { JournalWriter } from './journal/journalWriter.js';
import { SequencerFailedError, systemClockUs, type ClockUs, type ResultHandler, type Sequencer } from './sequencer.js';
import { oldestSnapshotSeq, writeSnapshot } from './snapshot/snapshotFiles.js';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock.js';
import { pruneSegments } from './journal/segmentRetention.js';

export interface InProcessSequencerOptions {
  dataDir: string;
  spec: CoreSpec;
  onResult: ResultHandler;
  /** fsyncPolicy (default 'always'), segment and batch sizes... */
  journal?: JournalOptions;
  clockUs?: ClockUs;
  /** Commands whose results may wait for durability at once; a batch never holds more. Default 4096. */
  batchCommandsMax?: number;
  /** After a flush, write a snapshot once this many commands were applied since the last; 0 = on demand only. Default 0. */
  snapshotEveryCommands?: number;
  /** Snapshot files kept (older ones are deleted). Default 2. */
  snapshotsKept?: number;
  /**
   * After each snapshot, delete the journal segments the oldest kept snapshot
   * covers (journal/segmentRetention.ts). Default false: the journal is the
   * audit trail (and the ledger is rebuilt from it), so deleting it is a choice.
   */
  pruneCoveredSegments?: boolean;
  logger?: JournalLogger;
}

export const IN_PROCESS_DEFAULTS = { batchCommandsMax: 4096, snapshotEveryCommands: 0, snapshotsKept: 2 } as const;
const BATCH_COMMANDS_LIMIT = 1 << 20;

/**
 * The embedded sequencer in the caller's thread (the same core, without the
 * workers: tests, benchmarks, tools). Per `submit`: stamp seq and time,
 * encode the command once into its SBE record, append the record to the
 * journal's group-commit batch (a copy, no I/O), decode the same bytes into
 * the core's command slot and apply it; the events wait in a reused buffer.
 * `flush` writes the batch (one write, one fdatasync under 'always'), and
 * hands out the results of every command the journal's durable seq has
 * passed. As in the pipelined design the core runs ahead of the disk; only
 * the results wait.
 *
 * Steady state allocates nothing per command: one record buffer, one decode
 * slot, the event buffer and the per-batch index arrays are reused.
 */
export class InProcessSequencer implements Sequencer {
  readonly core: ExchangeCore;
  readonly recovery: CoreRecoveryResult;
  readonly journal: JournalWriter;

  private readonly dataDir: string;
  private readonly onResult: ResultHandler;
  private readonly clockUs: ClockUs;
  private readonly codec = new CommandCodec();
  private readonly record = new Uint8Array(COMMAND_RECORD_BYTES);
  private readonly recordView = new DataView(this.record.buffer);
  private readonly staged = new Command();
  private readonly applied = new Command();
  private readonly events = new EventBuffer();
  /** Per pending command (index seq - pendingBase): end of its events, and its timestamp. */
  private readonly eventEnd: Int32Array;
  private readonly timestamps: Float64Array;
  private readonly batchMax: number;
  private readonly snapshotEvery: number;
  private readonly snapshotsKept: number;
  private readonly pruneCovered: boolean;

  /** Seq of index 0 of the pending arrays; reset when every pending result has been delivered. */
  private pendingBase: number;
  private lastSeqValue: number;
  private lastTimestampUs: number;
  private deliveredSeqValue: number;
  private lastSnapshotSeq: number;
  private delivering = false;
  private failure: Error | null = null;
  private closed = false;

  /** Recovers the data directory (snapshot + journal) and opens it for appending. */
  static open(o: InProcessSequencerOptions): InProcessSequencer {
    // First: recovery may cut a torn tail, which only the directory's one owner may do.
    const lock = acquireDataDirLock(o.dataDir, o.logger);
    let journal: JournalWriter | undefined;
    try {
      ensureCoreManifest(o.dataDir, o.spec);
      const recovery = recoverCore({
        dataDir: o.dataDir, spec: o.spec,
        ...(o.journal !== undefined ? { journal: o.journal } : {}),
        ...(o.logger !== undefined ? { logger: o.logger } : {}),
      });
      journal = JournalWriter.open({
        ...o.journal, dataDir: o.dataDir, firstSeq: recovery.snapshotSeq + 1,
        ...(o.logger !== undefined ? { logger: o.logger } : {}),
      }, recovery.journal);
      return new InProcessSequencer(o, recovery, journal, lock);
    } catch (error) {
      try {
        journal?.close();
      } finally {
        lock.release();
      }
      throw error;
    }
  }

  private constructor(o: InProcessSequencerOptions, recovery: CoreRecoveryResult, journal: JournalWriter, private readonly lock: DataDirLock) {
    this.batchMax = o.batchCommandsMax ?? IN_PROCESS_DEFAULTS.batchCommandsMax;
    if (!(Number.isInteger(this.batchMax) && this.batchMax >= 1 && this.batchMax <= BATCH_COMMANDS_LIMIT)) {
      throw new RangeError(`batchCommandsMax must be an integer in [1, ${BATCH_COMMANDS_LIMIT}]: ${this.batchMax}`);
    }
    this.snapshotEvery = o.snapshotEveryCommands ?? IN_PROCESS_DEFAULTS.snapshotEveryCommands;
    if (!(Number.isSafeInteger(this.snapshotEvery) && this.snapshotEvery >= 0)) throw new RangeError(`snapshotEveryCommands must be an integer >= 0: ${this.snapshotEvery}`);
    this.snapshotsKept = o.snapshotsKept ?? IN_PROCESS_DEFAULTS.snapshotsKept;
    this.pruneCovered = o.pruneCoveredSegments ?? false;
    this.dataDir = o.dataDir;
    this.onResult = o.onResult;
    this.clockUs = o.clockUs ?? systemClockUs;
    this.core = recovery.core;
    this.recovery = recovery;
    this.journal = journal;
    if (recovery.lastSeq !== journal.nextSeq - 1) {
      throw new Error(`recovered state ends at seq ${recovery.lastSeq}, the journal continues at ${journal.nextSeq}`);
    }
    this.eventEnd = new Int32Array(this.batchMax);
    this.timestamps = new Float64Array(this.batchMax);
    this.lastSeqValue = recovery.lastSeq;
    this.deliveredSeqValue = recovery.lastSeq;
    this.pendingBase = recovery.lastSeq + 1;
    this.lastSnapshotSeq = recovery.snapshotSeq;
    this.lastTimestampUs = Math.max(0, recovery.lastTimestampUs, recovery.journal.lastTimestampUs);
  }

  /** The core's matching engine. */
  get engine(): OrderBookEngine {
    return this.core.engine;
  }

  get lastSeq(): number {
    return this.lastSeqValue;
  }

  get durableSeq(): number {
    return this.journal.durableSeq;
  }

  get deliveredSeq(): number {
    return this.deliveredSeqValue;
  }

  get failed(): Error | null {
    return this.failure;
  }

  submit(cmd: Command): number {
    this.assertUsable();
    if (this.delivering) throw new Error('submit from inside a ResultHandler: queue the command and submit it after the handler returns');
    if (this.lastSeqValue + 1 - this.pendingBase >= this.batchMax) this.makeRoom();
    const seq = this.lastSeqValue + 1;
    const now = this.clockUs();
    if (!(Number.isSafeInteger(now) && now >= 0)) throw new RangeError(`clockUs returned ${now}: not a safe integer >= 0`);
    const ts = now > this.lastTimestampUs ? now : this.lastTimestampUs;
    const staged = this.staged.copyFrom(cmd);
    staged.seq = seq;
    staged.timestampUs = ts;
    // Throws CommandEncodingError before anything changed: the seq is not used.
    const length = this.codec.encode(staged, this.recordView, 0);
    try {
      if (!this.journal.append(seq, ts, this.record, 0, length)) {
        this.journal.flush();
        if (!this.journal.append(seq, ts, this.record, 0, length)) throw new Error('journal batch cannot hold one command');
      }
      this.codec.decode(this.recordView, 0, length, this.applied);
      this.core.apply(this.applied, this.events);
    } catch (cause) {
      throw this.fail(cause);
    }
    const i = seq - this.pendingBase;
    this.eventEnd[i] = this.events.count;
    this.timestamps[i] = ts;
    this.lastSeqValue = seq;
    this.lastTimestampUs = ts;
    return seq;
  }

  /** In process there is always room: the same as `submit`. */
  trySubmit(cmd: Command): number {
    return this.submit(cmd);
  }

  waitForSpace(): Promise<void> {
    try {
      this.assertUsable();
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }

  flush(): void {
    this.assertUsable();
    try {
      this.journal.flush();
    } catch (cause) {
      throw this.fail(cause);
    }
    this.deliver();
    if (this.snapshotEvery > 0 && this.lastSeqValue - this.lastSnapshotSeq >= this.snapshotEvery) this.snapshot();
  }

  drain(): Promise<void> {
    this.flush();
    if (this.deliveredSeqValue < this.lastSeqValue) {
      this.syncNow();
      this.deliver();
    }
    return Promise.resolve();
  }

  /**
   * Writes a snapshot of the state after the last command submitted, first
   * making that command durable (a snapshot never covers a seq the journal
   * could lose). Runs in this thread: the core stalls for the export and the
   * write. Returns the file's path.
   */
  snapshot(): string {
    this.assertUsable();
    if (this.journal.durableSeq < this.lastSeqValue) {
      try {
        this.journal.flush();
        if (this.journal.durableSeq < this.lastSeqValue) this.journal.sync();
      } catch (cause) {
        throw this.fail(cause);
      }
    }
    const path = writeSnapshot(this.dataDir, {
      seq: this.lastSeqValue, timestampUs: this.lastTimestampUs, core: exportCoreState(this.core),
    }, this.snapshotsKept);
    this.lastSnapshotSeq = this.lastSeqValue;
    // Retention: segments the oldest kept snapshot covers are no longer needed by any recovery.
    if (this.pruneCovered) pruneSegments(this.dataDir, oldestSnapshotSeq(this.dataDir), this.journal.config.fs);
    return path;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.failure === null) {
        try {
          this.journal.close();
        } catch (cause) {
          this.closed = true;
          throw this.fail(cause);
        }
        this.deliver();
      } else {
        this.journal.close();
      }
      this.closed = true;
    } finally {
      this.lock.release();
    }
  }

  /** Hands out results up to the durable seq, in order. */
  private deliver(): void {
    const durable = Math.min(this.journal.durableSeq, this.lastSeqValue);
    if (durable <= this.deliveredSeqValue) return;
    this.delivering = true;
    try {
      while (this.deliveredSeqValue < durable) {
        const seq = this.deliveredSeqValue + 1;
        const i = seq - this.pendingBase;
        const first = i === 0 ? 0 : this.eventEnd[i - 1]!;
        // Counted as delivered before the call: a handler that throws does not get it twice.
        this.deliveredSeqValue = seq;
        this.onResult(seq, this.timestamps[i]!, this.events, first, this.eventEnd[i]!);
      }
    } finally {
      this.delivering = false;
      if (this.deliveredSeqValue === this.lastSeqValue) {
        this.events.clear();
        this.pendingBase = this.lastSeqValue + 1;
      }
    }
  }

  /** The pending arrays are full: make every pending command durable and deliver it. */
  private makeRoom(): void {
    this.flush();
    if (this.deliveredSeqValue < this.lastSeqValue) {
      this.syncNow();
      this.deliver();
    }
  }

  private syncNow(): void {
    try {
      this.journal.sync();
    } catch (cause) {
      throw this.fail(cause);
    }
  }

  private assertUsable(): void {
    if (this.failure !== null) throw new SequencerFailedError(this.failure);
    if (this.closed) throw new Error('sequencer used after close');
  }

  private fail(cause: unknown): Error {
    const error = cause instanceof Error ? cause : new Error(String(cause));
    if (this.failure === null) this.failure = error;
    return error;
  }
}
