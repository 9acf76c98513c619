import type { OpenOrderView } from '../../risk/openOrders.js';
import type { CoreSpec } from '../../risk/coreSpec.js';
import type { JournalOptions } from '../coreRecovery.js';
import type { RecoveryResult } from '../journal/recovery.js';
import type { RingWaitConfig } from '../ring/ringWait.js';

/**
 * What the main thread and the pipeline's workers tell each other through
 * postMessage: start-up data, recovery, replies to control records, failures
 * and shutdown. Nothing per command travels this way (commands and results
 * use the rings, durability the control block).
 */

/** Journal settings that can cross to a worker (no functions: the fs is given as a module, logs come back as messages). */
export type ThreadedJournalOptions = Omit<JournalOptions, 'fs' | 'logger' | 'nowMs'>;

export interface CoreWorkerData {
  version: number;
  input: SharedArrayBuffer;
  output: SharedArrayBuffer;
  control: SharedArrayBuffer;
  dataDir: string;
  spec: CoreSpec;
  journal: ThreadedJournalOptions;
  wait: RingWaitConfig;
  batchMax: number;
  snapshotEveryCommands: number;
  snapshotsKept: number;
  pruneCoveredSegments: boolean;
}

export interface JournalWorkerData {
  version: number;
  input: SharedArrayBuffer;
  control: SharedArrayBuffer;
  dataDir: string;
  journal: ThreadedJournalOptions;
  wait: RingWaitConfig;
  /** A module (file URL) exporting `createJournalFs(options): JournalFs`: fault injection and slow disks in tests. */
  fsModule: string | null;
  fsOptions: unknown;
}

/** Main -> journal worker, once the core has recovered (and cut any torn tail). */
export interface JournalOpenMessage {
  type: 'open';
  recovery: RecoveryResult;
  firstSeq: number;
}

export interface SerializedError {
  name: string;
  message: string;
  stack: string | undefined;
  /** Own enumerable fields (code, file, offset, damage, errno...) that are plain data. */
  fields: Record<string, unknown>;
}

export interface RecoveredInfo {
  lastSeq: number;
  lastTimestampUs: number;
  snapshotSeq: number;
  snapshotPath: string | null;
  replayed: number;
  journal: RecoveryResult;
}

export type WorkerMessage =
  | { type: 'log'; details: object; message: string }
  | { type: 'recovered'; info: RecoveredInfo }
  | { type: 'ready'; durableSeq: number }
  | { type: 'failed'; error: SerializedError }
  | { type: 'stateHash'; requestId: number; seq: number; hash: string }
  | { type: 'snapshot'; requestId: number; seq: number; path: string }
  | { type: 'openOrders'; requestId: number; seq: number; orders: OpenOrderView[] }
  | { type: 'requestFailed'; requestId: number; error: SerializedError }
  | { type: 'closed'; lastSeq: number; stateHash?: string; stats?: Record<string, number> };

export function serializeError(e: unknown): SerializedError {
  const error = e instanceof Error ? e : new Error(String(e));
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) fields[k] = v;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The worker's error, rebuilt on this thread: same name, message and plain fields (`code`...), the worker's stack. */
export function deserializeError(s: SerializedError, context: string): Error {
  const error = new Error(s.message);
  error.name = s.name;
  Object.assign(error, s.fields);
  error.stack = `${s.name}: ${s.message}\n    (${context})${s.stack !== undefined ? `\n${s.stack.split('\n').slice(1).join('\n')}` : ''}`;
  return error;
}

export function waitConfigOf(w: RingWaitConfig): RingWaitConfig {
  return { spinIterations: w.spinIterations, parkTimeoutMs: w.parkTimeoutMs };
}
