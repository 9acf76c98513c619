import { waitAsync } from '../ring/ringWait.js';

/**
 * The pipeline's shared counters, outside the rings: one small
 * SharedArrayBuffer of Int32 words, each counter on its own 64-byte line
 * (written by one thread each, so no two writers share a cache line).
 *
 *   line 0  MAGIC, VERSION
 *   line 1  DURABLE         journal worker: low 32 bits of its durable seq
 *   line 2  DURABLE_WAITERS threads inside Atomics.wait(Async) on DURABLE
 *   line 3  APPLIED         core worker: low 32 bits of the last seq applied
 *   line 4  ABORT           main thread: 1 = stop now (failure or teardown)
 *   line 5  FLUSHES, SYNCS, RECORDS  journal worker: its writer's counters
 *                           (low 32 bits), for tests and the benchmark
 *
 * Seqs are safe integers (< 2^53) but Atomics want Int32 (no BigInt
 * allocation per load, and Atomics.wait works on them), so a counter holds
 * `seq | 0`, the seq mod 2^32 (ToInt32 is exact modulo 2^32 for any safe
 * integer). A reader rebuilds the full seq from a reference it knows to be
 * within 2^31 of it (`seqFromLow`): the main thread's last submitted seq,
 * the core's last applied seq. Durable, applied and submitted never drift
 * further apart than the rings' capacity (a consumer can never be more than
 * a ring behind the producer), which the ring geometry keeps far below 2^31.
 *
 * Wake-ups follow the ring's protocol (ringLayout.ts, "Ordering"): a waiter
 * adds itself to DURABLE_WAITERS, re-reads DURABLE and waits only if it has
 * not moved; the journal stores DURABLE, then notifies if anyone waits. Under
 * sequentially consistent Atomics no wake-up is lost, and while nobody waits
 * publishing is one store and one load.
 */
const LINE = 16;
export const C_MAGIC = 0;
export const C_VERSION = 1;
export const C_DURABLE = 1 * LINE;
export const C_DURABLE_WAITERS = 2 * LINE;
export const C_APPLIED = 3 * LINE;
export const C_ABORT = 4 * LINE;
export const C_FLUSHES = 5 * LINE;
export const C_SYNCS = 5 * LINE + 1;
export const C_RECORDS = 5 * LINE + 2;
const WORDS = 6 * LINE;

const CONTROL_MAGIC = 0x4c525443; // 'CTRL'
/** Layout version of everything the main thread and the workers share; a worker built from other sources refuses to start. */
export const PIPELINE_VERSION = 1;

/** The full seq whose low 32 bits are `low`, nearest to `reference` (within 2^31 of it). */
export function seqFromLow(reference: number, low: number): number {
  return reference - (((reference | 0) - low) | 0);
}

export class ControlBlock {
  readonly i32: Int32Array;

  static create(initialSeq: number): ControlBlock {
    const block = new ControlBlock(new SharedArrayBuffer(WORDS * 4), false);
    block.i32[C_MAGIC] = CONTROL_MAGIC;
    block.i32[C_VERSION] = PIPELINE_VERSION;
    block.i32[C_DURABLE] = initialSeq | 0;
    block.i32[C_APPLIED] = initialSeq | 0;
    return block;
  }

  static attach(sab: SharedArrayBuffer): ControlBlock {
    return new ControlBlock(sab, true);
  }

  private constructor(readonly buffer: SharedArrayBuffer, check: boolean) {
    this.i32 = new Int32Array(buffer);
    if (check && (buffer.byteLength !== WORDS * 4 || this.i32[C_MAGIC] !== CONTROL_MAGIC)) throw new TypeError('not a pipeline control block');
    if (check && this.i32[C_VERSION] !== PIPELINE_VERSION) {
      throw new Error(`pipeline layout version ${this.i32[C_VERSION]} given to a worker built for version ${PIPELINE_VERSION}: rebuild (npm run build)`);
    }
  }

  /** Journal worker: results up to `seq` may leave the process. */
  publishDurable(seq: number): void {
    Atomics.store(this.i32, C_DURABLE, seq | 0);
    if (Atomics.load(this.i32, C_DURABLE_WAITERS) !== 0) Atomics.notify(this.i32, C_DURABLE);
  }

  durableSeq(reference: number): number {
    return seqFromLow(reference, Atomics.load(this.i32, C_DURABLE));
  }

  /** Worker threads: blocks until DURABLE is no longer `seenLow` or `timeoutMs` passes. */
  waitDurable(seenLow: number, timeoutMs: number): void {
    Atomics.add(this.i32, C_DURABLE_WAITERS, 1);
    try {
      Atomics.wait(this.i32, C_DURABLE, seenLow, timeoutMs);
    } finally {
      Atomics.sub(this.i32, C_DURABLE_WAITERS, 1);
    }
  }

  /** Main thread: resolves when DURABLE is no longer `seenLow` or after `timeoutMs`; never blocks. */
  async waitDurableAsync(seenLow: number, timeoutMs: number): Promise<void> {
    Atomics.add(this.i32, C_DURABLE_WAITERS, 1);
    try {
      const r = waitAsync(this.i32, C_DURABLE, seenLow, timeoutMs);
      if (r.async) await r.value;
    } finally {
      Atomics.sub(this.i32, C_DURABLE_WAITERS, 1);
    }
  }

  publishApplied(seq: number): void {
    Atomics.store(this.i32, C_APPLIED, seq | 0);
  }

  appliedSeq(reference: number): number {
    return seqFromLow(reference, Atomics.load(this.i32, C_APPLIED));
  }

  abort(): void {
    Atomics.store(this.i32, C_ABORT, 1);
    Atomics.notify(this.i32, C_DURABLE);
  }

  get aborted(): boolean {
    return Atomics.load(this.i32, C_ABORT) !== 0;
  }

  publishJournalStats(flushes: number, syncs: number, records: number): void {
    Atomics.store(this.i32, C_FLUSHES, flushes | 0);
    Atomics.store(this.i32, C_SYNCS, syncs | 0);
    Atomics.store(this.i32, C_RECORDS, records | 0);
  }

  journalStats(): { flushes: number; fdatasyncs: number; records: number } {
    return {
      flushes: Atomics.load(this.i32, C_FLUSHES) >>> 0,
      fdatasyncs: Atomics.load(this.i32, C_SYNCS) >>> 0,
      records: Atomics.load(this.i32, C_RECORDS) >>> 0,
    };
  }
}
