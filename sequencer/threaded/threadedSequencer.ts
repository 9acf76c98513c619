import type { OpenOrderView } from '../../risk/openOrders.js';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Command } from '../../engine/command.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import type { CoreSpec } from '../../risk/coreSpec.js';
import { COMMAND_RECORD_BYTES, CommandCodec } from '../commandCodec.js';
import { ensureCoreManifest } from '../coreManifest.js';
import type { JournalLogger } from '../journal/journalErrors.js';
import { Ring } from '../ring/ring.js';
import type { RingConsumer } from '../ring/ringConsumer.js';
import type { RingProducer } from '../ring/ringProducer.js';
import { resolveWait, type RingWaitConfig } from '../ring/ringWait.js';
import {
  SequencerFailedError, SequencerFullError, systemClockUs, type ClockUs, type ResultHandler, type Sequencer,
} from '../sequencer.js';
import { C_DURABLE, ControlBlock, PIPELINE_VERSION } from './controlBlock.js';
import { acquireDataDirLock, type DataDirLock } from '../dataDirLock.js';
import { SnapshotFollower } from '../snapshot/snapshotFollower.js';
import {
  deserializeError, waitConfigOf, type CoreWorkerData, type JournalWorkerData, type RecoveredInfo,
  type ThreadedJournalOptions, type WorkerMessage,
} from './pipelineMessages.js';
import {
  CONTROL_RECORD_BYTES, ControlOp, eventFieldTables, RESULT_COUNT_MASK, RESULT_HEADER_BYTES, RESULT_MORE,
  resultPayloadBytes, resultSlotWords, writeControlRecord,
} from './pipelineRecords.js';

export interface ThreadedSequencerOptions {
  dataDir: string;
  spec: CoreSpec;
  onResult: ResultHandler;
  /** fsyncPolicy (default 'always'), segment and batch sizes... (the journal writer's worker gets these). */
  journal?: ThreadedJournalOptions;
  clockUs?: ClockUs;
  /** Input ring slots (power of two): the most commands submitted and not yet read by both workers. Default 16384. */
  inputSlots?: number;
  /** Output ring slots (power of two): results the core may hold ahead of the disk and the main thread. Default 16384. */
  outputSlots?: number;
  /** Events (of any type) one output slot holds at least; a command with more spans several slots. Default 4 (536-byte slots). */
  resultEventsPerSlot?: number;
  /** Submitted commands are made visible to the workers at the latest after this many (and at the end of the current tick). Default 64. */
  publishBatch?: number;
  /**
   * When submitted commands are published if `publishBatch` is not reached
   * first: 'microtask' (default) at the end of the current task; 'immediate'
   * after the event loop's current poll phase (setImmediate), so every
   * message a server reads in one turn of the loop goes out in one publish
   * (one wake-up of the workers instead of one per message).
   */
  publishOn?: 'microtask' | 'immediate';
  /** Commands the core applies before it publishes their results and frees their input slots. Default 256. */
  coreBatchMax?: number;
  /**
   * How the workers wait when idle: spin `spinIterations` polls, then
   * Atomics.wait (at most `parkTimeoutMs` at a time). Default 200 polls
   * (~5-10 us here), shorter than the ring's own default: two workers and the
   * main thread share 2 cores, and two spinning workers would take both from
   * the main thread just when it has results to deliver.
   */
  workerWait?: Partial<RingWaitConfig>;
  /**
   * After a submit from idle, the main thread polls for its results on every
   * turn of the event loop (setImmediate) for this long before it waits with
   * Atomics.waitAsync: lower latency for a lightly loaded gateway, paid in
   * main-thread CPU. Default 0 (wait at once).
   */
  mainSpinMicros?: number;
  /** Longest single Atomics.waitAsync of the main thread before it rechecks its state. Default 100 ms. */
  mainParkTimeoutMs?: number;
  /** After a batch, the core writes a snapshot once this many commands were applied since the last; 0 = on demand only. Default 0. */
  snapshotEveryCommands?: number;
  /** Snapshot files kept. Default 2. */
  snapshotsKept?: number;
  /** After each snapshot, delete the journal segments the oldest kept snapshot covers. Default false (InProcessSequencerOptions). */
  pruneCoveredSegments?: boolean;
  /**
   * Write snapshots (every `snapshotEveryCommands`, and `snapshot()`) from a
   * follower worker with its own copy of the state (snapshot/snapshotFollower.ts)
   * instead of the core worker: the core never stalls for a snapshot, at the
   * cost of a second copy of the state in memory. Default false.
   */
  snapshotFollower?: boolean;
  /** Receives the workers' warnings (a torn journal tail cut at start...). */
  logger?: JournalLogger;
  /** Called once when the pipeline fails (journal I/O error, a worker crashed). */
  onFailure?: (error: Error) => void;
  /**
   * Called when the ResultHandler throws (delivery goes on with the next
   * result). Default: rethrown from a microtask, i.e. an uncaught exception,
   * as an EventEmitter listener's would be.
   */
  onHandlerError?: (error: unknown, seq: number) => void;
  /** Directory (path or file URL) of the built worker entries. Default: next to this module, or dist/ when run from source. */
  workerDir?: string | URL;
  /** Journal fault injection (tests): a module exporting `createJournalFs(options): JournalFs`, loaded in the journal worker. */
  journalFsModule?: string | URL;
  journalFsOptions?: unknown;
  /** Longest close() waits for the workers to finish before it terminates them and fails. Default 30 s. */
  closeTimeoutMs?: number;
}

export const THREADED_DEFAULTS = {
  inputSlots: 16384,
  outputSlots: 16384,
  resultEventsPerSlot: 4,
  publishBatch: 64,
  coreBatchMax: 256,
  workerSpinIterations: 200,
  mainSpinMicros: 0,
  mainParkTimeoutMs: 100,
  snapshotEveryCommands: 0,
  snapshotsKept: 2,
  closeTimeoutMs: 30_000,
} as const;

type Role = 'core' | 'journal';

/** A pipeline worker crashed, exited early or did not stop in time. */
export class SequencerWorkerError extends Error {
  readonly code = 'ERR_SEQUENCER_WORKER';
  constructor(readonly role: Role, message: string, override readonly cause?: unknown) {
    super(`${role} worker: ${message}`);
    this.name = 'SequencerWorkerError';
  }
}

export interface ThreadedRecoveryInfo extends RecoveredInfo {
  warnings: { details: object; message: string }[];
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // rejections are handled by whoever awaits; never unhandled
  return { promise, resolve, reject };
}

interface WorkerState {
  worker: Worker;
  exited: Deferred<number>;
  hasExited: boolean;
  closedInfo: Extract<WorkerMessage, { type: 'closed' }> | null;
}

const PUMP_IDLE = 0;
const PUMP_SCHEDULED = 1;
const PUMP_WAITING = 2;

/**
 * The embedded sequencer as principle 7 draws it: the main thread (gateway)
 * is the single producer of an input ring; a journal-writer worker and a core
 * worker consume it side by side; the core's results come back on an output
 * ring; the journal's durable seq is a shared counter; the main thread hands
 * a result to the ResultHandler only once that counter has passed its
 * command, in seq order. Same `Sequencer` contract as InProcessSequencer.
 *
 * `submit(cmd)` (main thread, no allocation): stamp seq = last + 1 and
 * timestamp = max(clock, last), check the command encodes (CommandEncodingError
 * before any seq is used), claim an input slot and encode the CoreCommand
 * record straight into it. The slot is published to the workers at the end of
 * the current tick (a microtask), at `flush()`, or every `publishBatch`
 * commands, whichever is first: one atomic store per batch.
 *
 * Back-pressure: when every input slot is still unread by one of the workers,
 * `submit` throws SequencerFullError and `trySubmit` returns -1; nothing is
 * changed or dropped. Await `waitForSpace()` and submit again. (A gateway
 * pauses its sockets meanwhile; this is the only place where a slow disk or
 * core reaches the clients, and it never blocks the event loop.)
 *
 * Results: the main thread reads the output ring on its event loop, never
 * blocking. A command's events are expanded from their compact ring record
 * into one reused EventBuffer and handed to the ResultHandler, in seq order,
 * once the durable counter has passed the command. When nothing can be
 * delivered the loop waits with Atomics.waitAsync: on the durable counter
 * when the next result waits for the disk (the usual case: the journal's
 * write is slower than the core), else on the output ring; one wake-up per
 * batch either way. A result not yet durable stays in its output slot, so
 * the output ring is the only buffer: when it is full the core waits, then
 * the input ring fills, then submit reports back-pressure.
 *
 * Recovery runs in the core worker (snapshot + journal replay), where the
 * state must end up; moving a rebuilt engine across threads would mean
 * serializing it. The journal worker opens the journal once the core's
 * recovery has cut any torn tail. `open()` resolves when both are ready.
 *
 * Failure (a journal I/O error, a worker that throws or exits): no further
 * result is delivered, pending drain()/waitForSpace()/requests reject with
 * the error, `onFailure` is called, later calls throw SequencerFailedError;
 * close() then only stops the workers. Restart and recover.
 */
export class ThreadedSequencer implements Sequencer {
  readonly recovery: ThreadedRecoveryInfo;
  readonly dataDir: string;
  readonly inputSlots: number;
  readonly outputSlots: number;

  private readonly onResult: ResultHandler;
  private readonly onHandlerError: (error: unknown, seq: number) => void;
  private readonly onFailure: ((error: Error) => void) | undefined;
  private readonly logger: JournalLogger | undefined;
  private readonly clockUs: ClockUs;
  private readonly fsyncPolicy: string;
  private readonly publishBatch: number;
  private readonly parkMs: number;
  private readonly closeTimeoutMs: number;

  private readonly inputRing: Ring;
  private readonly outputRing: Ring;
  private readonly control: ControlBlock;
  private producer!: RingProducer;
  private outConsumer!: RingConsumer;
  private readonly inView: DataView;
  private readonly outI32: Int32Array;
  private readonly outF64: Float64Array;
  private readonly codec = new CommandCodec();
  private readonly staged = new Command();
  /** Where each command's events are expanded for the ResultHandler (reused). */
  private readonly events = new EventBuffer(64);
  private readonly fieldCount: Uint8Array;
  private readonly fields: Uint8Array;
  /** Seq of a command whose events span slots and are being put together, -1 if none. */
  private assemblingSeq = -1;

  private readonly workers: Record<Role, WorkerState>;
  private recovered = deferred<RecoveredInfo>();
  private journalReady = deferred<number>();
  private readonly warnings: { details: object; message: string }[] = [];

  private lastSeqValue = 0;
  private lastTimestampUs = 0;
  private deliveredSeqValue = 0;
  private unpublished = 0;
  private publishQueued = false;
  private pumpState = PUMP_IDLE;
  private readonly spinUs: number;
  /** When the delivery loop last started from idle (for mainSpinMicros). */
  private spinSince = 0;
  private readonly drains: { target: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private readonly requests = new Map<number, Deferred<unknown>>();
  private nextRequestId = 1;
  private failure: Error | null = null;
  private opened = false;
  private closing = false;
  private terminating = false;
  private closePromise: Promise<void> | null = null;
  private journalStatsValue: Record<string, number> | null = null;
  private finalStateHashValue: string | null = null;

  private readonly publishImmediate: boolean;
  private readonly runPumpBound = (): void => this.runPump();
  private readonly publishMicrotask = (): void => {
    this.publishQueued = false;
    this.publishNow();
  };
  private readonly onOutputSlot = (_bytes: Uint8Array, offset: number): void => this.deliverSlot(offset);

  /**
   * Starts both workers, recovers the data directory in the core worker and
   * opens the journal; resolves when the pipeline accepts commands. Rejects
   * (with the worker's error: ERR_JOURNAL_CORRUPT naming file and offset,
   * a missing build...) after stopping whatever it started.
   */
  static async open(o: ThreadedSequencerOptions): Promise<ThreadedSequencer> {
    // First: the core worker's recovery may cut a torn tail, which only the directory's one owner may do.
    const lock = acquireDataDirLock(o.dataDir, o.logger);
    let s: ThreadedSequencer;
    try {
      ensureCoreManifest(o.dataDir, o.spec);
      s = new ThreadedSequencer(o);
    } catch (error) {
      lock.release();
      throw error;
    }
    s.lock = lock;
    try {
      await s.start(o);
    } catch (error) {
      // The journal worker waits for an 'open' that will not come: stop both now.
      await s.stopWorkers(0);
      lock.release();
      throw error;
    }
    if (o.snapshotFollower === true) {
      s.follower = new SnapshotFollower({
        dataDir: o.dataDir, spec: o.spec, control: s.control.buffer,
        everyCommands: o.snapshotEveryCommands ?? THREADED_DEFAULTS.snapshotEveryCommands,
        snapshotsKept: o.snapshotsKept ?? THREADED_DEFAULTS.snapshotsKept,
        pruneCoveredSegments: o.pruneCoveredSegments ?? false, journal: o.journal ?? {},
        workerUrl: new URL('../snapshot/', workerDirUrl(o.workerDir)),
        ...(o.logger !== undefined ? { logger: o.logger } : {}),
      });
    }
    return s;
  }

  /** Held from open until both workers have stopped (sequencer/dataDirLock.ts). */
  private lock: DataDirLock | null = null;
  /** Writes the snapshots when `snapshotFollower` is on. */
  follower: SnapshotFollower | null = null;

  private constructor(o: ThreadedSequencerOptions) {
    this.dataDir = o.dataDir;
    this.onResult = o.onResult;
    this.onFailure = o.onFailure;
    this.onHandlerError = o.onHandlerError ?? ((error) => queueMicrotask(() => {
      throw error;
    }));
    this.logger = o.logger;
    this.clockUs = o.clockUs ?? systemClockUs;
    this.fsyncPolicy = o.journal?.fsyncPolicy ?? 'always';
    this.inputSlots = o.inputSlots ?? THREADED_DEFAULTS.inputSlots;
    this.outputSlots = o.outputSlots ?? THREADED_DEFAULTS.outputSlots;
    this.publishBatch = intIn('publishBatch', o.publishBatch ?? Math.min(THREADED_DEFAULTS.publishBatch, this.inputSlots), 1, this.inputSlots);
    this.publishImmediate = o.publishOn === 'immediate';
    this.spinUs = o.mainSpinMicros ?? THREADED_DEFAULTS.mainSpinMicros;
    if (!(this.spinUs >= 0 && this.spinUs <= 1_000_000)) throw new RangeError(`mainSpinMicros must be in [0, 1000000]: ${this.spinUs}`);
    this.parkMs = o.mainParkTimeoutMs ?? THREADED_DEFAULTS.mainParkTimeoutMs;
    if (!(this.parkMs > 0 && this.parkMs <= 60_000)) throw new RangeError(`mainParkTimeoutMs must be in (0, 60000]: ${this.parkMs}`);
    this.closeTimeoutMs = intIn('closeTimeoutMs', o.closeTimeoutMs ?? THREADED_DEFAULTS.closeTimeoutMs, 1, 3_600_000);
    const coreBatchMax = intIn('coreBatchMax', o.coreBatchMax ?? Math.min(THREADED_DEFAULTS.coreBatchMax, this.inputSlots), 1, this.inputSlots);
    const snapshotEvery = o.snapshotEveryCommands ?? THREADED_DEFAULTS.snapshotEveryCommands;
    if (!(Number.isSafeInteger(snapshotEvery) && snapshotEvery >= 0)) throw new RangeError(`snapshotEveryCommands must be an integer >= 0: ${snapshotEvery}`);
    const snapshotsKept = intIn('snapshotsKept', o.snapshotsKept ?? THREADED_DEFAULTS.snapshotsKept, 1, 1000);
    const wait = waitConfigOf(resolveWait({ spinIterations: THREADED_DEFAULTS.workerSpinIterations, ...o.workerWait }));

    this.inputRing = Ring.create({ slotCount: this.inputSlots, payloadBytesMax: COMMAND_RECORD_BYTES, consumerCount: 2 });
    this.outputRing = Ring.create({
      slotCount: this.outputSlots,
      payloadBytesMax: resultPayloadBytes(o.resultEventsPerSlot ?? THREADED_DEFAULTS.resultEventsPerSlot),
      consumerCount: 1,
    });
    this.control = ControlBlock.create(0);
    this.inView = new DataView(this.inputRing.buffer);
    this.outI32 = new Int32Array(this.outputRing.buffer);
    this.outF64 = new Float64Array(this.outputRing.buffer);
    resultSlotWords(this.outputRing.payloadBytesMax);
    ({ count: this.fieldCount, fields: this.fields } = eventFieldTables());

    const dir = workerDirUrl(o.workerDir);
    const journal: ThreadedJournalOptions = { ...o.journal };
    const coreData: CoreWorkerData = {
      version: PIPELINE_VERSION, input: this.inputRing.buffer, output: this.outputRing.buffer, control: this.control.buffer,
      dataDir: o.dataDir, spec: o.spec, journal, wait, batchMax: coreBatchMax,
      snapshotEveryCommands: o.snapshotFollower === true ? 0 : snapshotEvery, snapshotsKept,
      pruneCoveredSegments: o.pruneCoveredSegments ?? false,
    };
    const fsModule = o.journalFsModule === undefined ? null : o.journalFsModule instanceof URL ? o.journalFsModule.href : pathToFileURL(o.journalFsModule).href;
    const journalData: JournalWorkerData = {
      version: PIPELINE_VERSION, input: this.inputRing.buffer, control: this.control.buffer, dataDir: o.dataDir,
      journal, wait, fsModule, fsOptions: o.journalFsOptions,
    };
    const coreUrl = workerEntry('core', dir, 'coreWorker.js');
    const journalUrl = workerEntry('journal', dir, 'journalWorker.js');
    this.workers = {
      core: this.spawn('core', coreUrl, coreData),
      journal: this.spawn('journal', journalUrl, journalData),
    };
    this.recovery = { lastSeq: 0, lastTimestampUs: -1, snapshotSeq: 0, snapshotPath: null, replayed: 0, journal: null!, warnings: this.warnings };
  }

  private async start(o: ThreadedSequencerOptions): Promise<void> {
    const info = await this.recovered.promise;
    Object.assign(this.recovery, info);
    this.workers.journal.worker.postMessage({ type: 'open', recovery: info.journal, firstSeq: info.snapshotSeq + 1 });
    const durable = await this.journalReady.promise;
    if (durable !== info.lastSeq) {
      throw new Error(`${o.dataDir}: recovered state ends at seq ${info.lastSeq}, the journal at ${durable}`);
    }
    this.lastSeqValue = info.lastSeq;
    this.deliveredSeqValue = info.lastSeq;
    this.lastTimestampUs = Math.max(0, info.lastTimestampUs, info.journal.lastTimestampUs);
    this.producer = this.inputRing.producer();
    this.outConsumer = this.outputRing.consumer(0, { parkTimeoutMs: this.parkMs });
    this.opened = true;
  }

  private spawn(role: Role, url: URL, workerData: unknown): WorkerState {
    const worker = new Worker(url, { workerData });
    const state: WorkerState = { worker, exited: deferred<number>(), hasExited: false, closedInfo: null };
    worker.on('message', (m: WorkerMessage) => this.onWorkerMessage(role, state, m));
    worker.on('error', (error) => this.fail(new SequencerWorkerError(role, `uncaught ${error.name}: ${error.message}`, error)));
    worker.on('exit', (code) => {
      state.hasExited = true;
      state.exited.resolve(code);
      if (state.closedInfo === null && this.failure === null && !this.terminating) {
        this.fail(new SequencerWorkerError(role, `exited with code ${code} while the pipeline was running`));
      }
    });
    return state;
  }

  private onWorkerMessage(role: Role, state: WorkerState, m: WorkerMessage): void {
    switch (m.type) {
      case 'log':
        this.warnings.push({ details: m.details, message: m.message });
        this.logger?.warn(m.details, m.message);
        break;
      case 'recovered':
        this.recovered.resolve(m.info);
        break;
      case 'ready':
        this.journalReady.resolve(m.durableSeq);
        break;
      case 'failed':
        this.fail(deserializeError(m.error, `in the ${role} worker`));
        break;
      case 'stateHash':
        this.settleRequest(m.requestId, { seq: m.seq, hash: m.hash });
        break;
      case 'openOrders':
        this.settleRequest(m.requestId, { seq: m.seq, orders: m.orders });
        break;
      case 'snapshot':
        if (m.requestId !== 0) this.settleRequest(m.requestId, { seq: m.seq, path: m.path });
        break;
      case 'requestFailed':
        this.requests.get(m.requestId)?.reject(deserializeError(m.error, `in the ${role} worker`));
        this.requests.delete(m.requestId);
        break;
      case 'closed':
        state.closedInfo = m;
        if (m.stats !== undefined) this.journalStatsValue = m.stats;
        if (m.stateHash !== undefined) this.finalStateHashValue = m.stateHash;
        break;
    }
  }

  get lastSeq(): number {
    return this.lastSeqValue;
  }

  get durableSeq(): number {
    return this.control.durableSeq(this.lastSeqValue);
  }

  get deliveredSeq(): number {
    return this.deliveredSeqValue;
  }

  /** Last seq the core worker has applied (it runs ahead of the disk; its results wait). */
  get appliedSeq(): number {
    return this.control.appliedSeq(this.lastSeqValue);
  }

  get failed(): Error | null {
    return this.failure;
  }

  /** Input slots free now (commands that can be submitted without back-pressure). */
  get freeSlots(): number {
    return this.opened && !this.closing ? this.producer.freeSlots() : 0;
  }

  /** The journal writer's counters: live (flushes, fdatasyncs, records appended since open), final after close. */
  get journalStats(): Record<string, number> {
    return this.journalStatsValue ?? this.control.journalStats();
  }

  /** The core's state hash when it stopped (after close), null before. */
  get finalStateHash(): string | null {
    return this.finalStateHashValue;
  }

  submit(cmd: Command): number {
    const seq = this.trySubmit(cmd);
    if (seq < 0) throw new SequencerFullError(this.inputSlots);
    return seq;
  }

  trySubmit(cmd: Command): number {
    this.assertUsable();
    const now = this.clockUs();
    if (!(Number.isSafeInteger(now) && now >= 0)) throw new RangeError(`clockUs returned ${now}: not a safe integer >= 0`);
    const ts = now > this.lastTimestampUs ? now : this.lastTimestampUs;
    const seq = this.lastSeqValue + 1;
    const staged = this.staged.copyFrom(cmd);
    staged.seq = seq;
    staged.timestampUs = ts;
    // Throws CommandEncodingError before anything changed: the seq is not used.
    this.codec.check(staged);
    const at = this.producer.tryClaim(COMMAND_RECORD_BYTES);
    if (at < 0) return -1;
    this.codec.encodeChecked(staged, this.inView, at);
    this.lastSeqValue = seq;
    this.lastTimestampUs = ts;
    if (++this.unpublished >= this.publishBatch) this.publishNow();
    else if (!this.publishQueued) {
      this.publishQueued = true;
      if (this.publishImmediate) setImmediate(this.publishMicrotask);
      else queueMicrotask(this.publishMicrotask);
    }
    if (this.pumpState === PUMP_IDLE) this.kick();
    return seq;
  }

  /** Makes every submitted command visible to the workers now. */
  flush(): void {
    this.assertUsable();
    this.publishNow();
  }

  async waitForSpace(): Promise<void> {
    this.assertUsable();
    this.publishNow();
    while (this.producer.freeSlots() === 0) {
      await this.producer.waitForSpaceAsync(this.parkMs);
      this.assertUsable();
    }
  }

  drain(): Promise<void> {
    try {
      this.assertUsable();
    } catch (error) {
      return Promise.reject(error);
    }
    this.publishNow();
    const target = this.lastSeqValue;
    if (this.deliveredSeqValue >= target) return Promise.resolve();
    // Under 'interval' the tail becomes durable at the next due sync; ask for it now.
    if (this.fsyncPolicy === 'interval') this.tryControl(ControlOp.SYNC, 0);
    return new Promise<void>((resolve, reject) => {
      this.drains.push({ target, resolve, reject });
      this.kick();
    });
  }

  /** The core's state hash after every command submitted before this call, and that seq. */
  stateHash(): Promise<{ seq: number; hash: string }> {
    return this.request(ControlOp.STATE_HASH) as Promise<{ seq: number; hash: string }>;
  }

  /** The core's open orders (with their ClOrdIDs) after every command submitted before this call. */
  openOrders(): Promise<{ seq: number; orders: OpenOrderView[] }> {
    return this.request(ControlOp.OPEN_ORDERS) as Promise<{ seq: number; orders: OpenOrderView[] }>;
  }

  /**
   * Writes a snapshot of the core's state after every command submitted
   * before this call, once those commands are durable (the core stalls for
   * the export and the write). Resolves with its seq and path.
   */
  snapshot(): Promise<{ seq: number; path: string }> {
    const follower = this.follower;
    if (follower === null) return this.request(ControlOp.SNAPSHOT) as Promise<{ seq: number; path: string }>;
    // The follower snapshots what is durable: make everything submitted so far durable first.
    return this.drain().then(() => follower.snapshot()).then((info) => ({ seq: info.seq, path: info.path }));
  }

  /**
   * Delivers everything submitted (after making it durable), stops both
   * workers (the journal writer syncs and closes its segment) and joins them.
   * After a failure it only stops the workers. Rejects if a worker fails or
   * does not stop within `closeTimeoutMs`.
   */
  close(): Promise<void> {
    this.closePromise ??= this.doClose();
    return this.closePromise;
  }

  private async doClose(): Promise<void> {
    if (!this.opened) return;
    // It writes snapshot files: it stops before the directory's lock is released.
    await this.follower?.stop();
    const failedBefore = this.failure !== null;
    if (!failedBefore) {
      this.publishNow();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.fail(new SequencerWorkerError('journal', `close: results not durable within ${this.closeTimeoutMs} ms`));
          resolve();
        }, this.closeTimeoutMs);
      });
      await Promise.race([this.drain().catch(() => {}), timeout]);
      clearTimeout(timer);
    }
    this.closing = true;
    this.producer.close(); // the workers drain what is left and stop
    const inTime = await this.stopWorkers(this.failure !== null ? 1000 : this.closeTimeoutMs);
    // Both workers have exited or were terminated: nothing of this process writes the directory any more.
    this.lock?.release();
    this.lock = null;
    if (this.failure === null && !inTime) this.fail(new SequencerWorkerError('core', `close: workers did not stop within ${this.closeTimeoutMs} ms`));
    if (this.failure === null) {
      // Normally nothing is left (drained above); deliver anything the last flush made durable.
      this.deliverDurable();
      this.settleDrains();
    }
    this.outConsumer.release();
    for (const d of this.drains.splice(0)) d.reject(new Error('sequencer closed'));
    if (!failedBefore && this.failure !== null) throw this.failure;
  }

  /** Waits for both workers to exit; terminates those still running after `timeoutMs`. True if all stopped by themselves. */
  private async stopWorkers(timeoutMs: number): Promise<boolean> {
    const states = Object.values(this.workers);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const all = Promise.all(states.map((s) => s.exited.promise)).then(() => true);
    const inTime = await Promise.race([all, timedOut]);
    clearTimeout(timer);
    if (!inTime) {
      this.terminating = true;
      this.control.abort();
      await Promise.all(states.filter((s) => !s.hasExited).map((s) => s.worker.terminate()));
    }
    return inTime;
  }

  // ---- results ----------------------------------------------------------

  private publishNow(): void {
    if (this.unpublished === 0) return;
    this.unpublished = 0;
    this.producer.publish();
  }

  private kick(): void {
    if (this.pumpState !== PUMP_IDLE || this.failure !== null) return;
    this.pumpState = PUMP_SCHEDULED;
    if (this.spinUs > 0) this.spinSince = performance.now();
    setImmediate(this.runPumpBound);
  }

  /**
   * One turn of the delivery loop on the event loop: hand out what is
   * durable, then, if results are still owed, wait without blocking for
   * whatever they wait on: the disk (durable counter) or the core (output
   * ring).
   */
  private runPump(): void {
    this.pumpState = PUMP_IDLE;
    if (this.failure !== null) return;
    try {
      this.publishNow();
      this.deliverDurable();
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.settleDrains();
    if (this.deliveredSeqValue >= this.lastSeqValue || this.failure !== null) return;
    const seen = Atomics.load(this.control.i32, C_DURABLE);
    const durable = this.control.durableSeq(this.lastSeqValue);
    if (durable > this.deliveredSeqValue && this.outConsumer.available() > 0) {
      // More is deliverable than one turn took.
      this.pumpState = PUMP_SCHEDULED;
      setImmediate(this.runPumpBound);
      return;
    }
    if (this.spinUs > 0 && (performance.now() - this.spinSince) * 1000 < this.spinUs) {
      // Poll again on the next turn of the event loop (other callbacks run in between).
      this.pumpState = PUMP_SCHEDULED;
      setImmediate(this.runPumpBound);
      return;
    }
    this.pumpState = PUMP_WAITING;
    if (durable <= this.deliveredSeqValue) {
      // The next result waits for the disk, whether or not the core has
      // produced it (the journal's write is the slower side): one wake-up,
      // when the journal publishes its durable seq.
      this.control.waitDurableAsync(seen, this.parkMs).then(this.runPumpBound, this.runPumpBound);
    } else {
      // Durable, but the core has not produced it yet.
      this.outConsumer.waitForDataAsync(this.parkMs).then(this.runPumpBound, this.runPumpBound);
    }
  }

  /** Hands the ResultHandler every result whose command is durable, in seq order. */
  private deliverDurable(): void {
    const durable = this.control.durableSeq(this.lastSeqValue);
    let budget = durable - this.deliveredSeqValue;
    // Each command takes at least one slot, so `budget` slots never reach past the durable seq.
    while (budget > 0) {
      const n = this.outConsumer.poll(this.onOutputSlot, budget < this.outputSlots ? budget : this.outputSlots);
      if (n === 0) break;
      budget = durable - this.deliveredSeqValue;
    }
  }

  private deliverSlot(offset: number): void {
    const f64 = this.outF64;
    const word = this.outI32[offset >> 2]!;
    const seq = f64[(offset + 4) >> 3]!;
    if (seq !== this.deliveredSeqValue + 1) {
      throw new Error(`pipeline invariant broken: result for seq ${seq} after ${this.deliveredSeqValue}`);
    }
    const into = this.events;
    if (this.assemblingSeq < 0) {
      this.assemblingSeq = seq;
      into.count = 0;
    }
    // Expand type + set fields (pipelineRecords.ts) into EventBuffer records.
    const count = word & RESULT_COUNT_MASK;
    if ((into.count + count) * 16 > into.data.length) this.growEvents(into.count + count);
    const d = into.data;
    const fieldCount = this.fieldCount;
    const fields = this.fields;
    let r = (offset + RESULT_HEADER_BYTES) >> 3;
    let base = into.count * 16;
    for (let k = 0; k < count; k++, base += 16) {
      const type = f64[r++]!;
      const t = type >= 0 && type < 256 ? type | 0 : 0;
      d[base] = type;
      const nf = fieldCount[t]!;
      const row = t * 16;
      for (let j = 0; j < nf; j++) d[base + fields[row + j]!] = f64[r++]!;
    }
    into.count += count;
    if ((word & RESULT_MORE) !== 0) return;
    this.assemblingSeq = -1;
    // Counted as delivered before the call: a handler that throws does not get it twice.
    this.deliveredSeqValue = seq;
    this.callHandler(seq, f64[(offset + 12) >> 3]!, into, 0, into.count);
  }

  private growEvents(events: number): void {
    const into = this.events;
    const bigger = new Float64Array(Math.max(events * 16, into.data.length * 2));
    bigger.set(into.data.subarray(0, into.count * 16));
    into.data = bigger;
  }

  private callHandler(seq: number, ts: number, events: EventBuffer, first: number, end: number): void {
    try {
      this.onResult(seq, ts, events, first, end);
    } catch (error) {
      this.onHandlerError(error, seq);
    }
  }

  private settleDrains(): void {
    if (this.drains.length === 0) return;
    let kept = 0;
    for (const d of this.drains) {
      if (d.target <= this.deliveredSeqValue) d.resolve();
      else this.drains[kept++] = d;
    }
    this.drains.length = kept;
  }

  // ---- control records --------------------------------------------------

  private tryControl(op: ControlOp, requestId: number): boolean {
    const at = this.producer.tryClaim(CONTROL_RECORD_BYTES);
    if (at < 0) return false;
    writeControlRecord(this.inView, at, op, requestId);
    this.unpublished = 0;
    this.producer.publish();
    return true;
  }

  private async request(op: ControlOp): Promise<unknown> {
    this.assertUsable();
    const id = this.nextRequestId;
    this.nextRequestId = id >= 0x7fffff ? 1 : id + 1;
    const d = deferred<unknown>();
    this.requests.set(id, d);
    while (!this.tryControl(op, id)) await this.waitForSpace();
    this.kick();
    return d.promise;
  }

  private settleRequest(id: number, value: unknown): void {
    this.requests.get(id)?.resolve(value);
    this.requests.delete(id);
  }

  // ---- failure ----------------------------------------------------------

  private assertUsable(): void {
    if (this.failure !== null) throw new SequencerFailedError(this.failure);
    if (this.closing || this.closePromise !== null) throw new Error('sequencer used after close');
    if (!this.opened) throw new Error('sequencer is not open');
  }

  private fail(error: Error): Error {
    if (this.failure !== null) return this.failure;
    this.failure = error;
    this.control.abort();
    this.recovered.reject(error);
    this.journalReady.reject(error);
    for (const d of this.drains.splice(0)) d.reject(error);
    for (const r of this.requests.values()) r.reject(error);
    this.requests.clear();
    if (this.opened) {
      try {
        this.onFailure?.(error);
      } catch {
        // The failure is what matters; a throwing observer changes nothing.
      }
    }
    return error;
  }
}

function intIn(name: string, v: number, min: number, max: number): number {
  if (!(Number.isSafeInteger(v) && v >= min && v <= max)) throw new RangeError(`${name} must be an integer in [${min}, ${max}]: ${v}`);
  return v;
}

/**
 * Where the built worker entries are: `workerDir` if given; else next to this
 * module when it runs from dist/; else (this module loaded from source, as
 * vitest does) the same path under dist/, which `npm test` builds first.
 */
function workerEntry(role: Role, dir: URL, file: string): URL {
  const url = new URL(file, dir);
  if (!existsSync(fileURLToPath(url))) {
    throw new Error(`${role} worker entry ${fileURLToPath(url)} is missing: build the project (npm run build) or set workerDir`);
  }
  return url;
}

function workerDirUrl(dir: string | URL | undefined): URL {
  if (dir !== undefined) {
    const url = dir instanceof URL ? dir : pathToFileURL(dir);
    return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
  }
  const self = import.meta.url;
  if (self.endsWith('.js')) return new URL('./', self);
  return new URL('../../dist/sequencer/threaded/', self);
}
