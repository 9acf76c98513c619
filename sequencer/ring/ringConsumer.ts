import {
  consumedIndex,
  consumerAttachedIndex,
  H_CLOSED,
  H_CONSUMERS_PARKED,
  H_PRODUCER_PARKED,
  H_PUBLISHED,
  SLOT_HEADER_BYTES,
  type RingLayout,
} from './ringLayout.js';
import { resolveWait, waitAsync, type RingWaitConfig } from './ringWait.js';

/**
 * Called once per slot: the payload is `bytes[offset, offset + length)`,
 * valid only during the call (the producer reuses the slot afterwards).
 * `position` is the slot's ring position (u32, wrapping), not the
 * sequencer's sequence number, which travels in the payload.
 */
export type RingHandler = (bytes: Uint8Array, offset: number, length: number, position: number) => void;

/**
 * One of the ring's consumers. Every consumer sees every slot, in order;
 * each advances its own CONSUMED counter, and the producer reuses a slot only
 * when all of them have passed it (journal writer and core read side by
 * side). A consumer handles slots in batches and stores its counter once per
 * batch, which is what the producer and the other threads see.
 *
 *   for (;;) {
 *     if (consumer.poll(handler) === 0) {
 *       if (consumer.waitForData() === 0 && consumer.closed) break;
 *     }
 *   }
 */
export class RingConsumer {
  readonly bytes: Uint8Array;
  private readonly i32: Int32Array;
  private readonly wait: RingWaitConfig;
  private readonly counter: number;
  /** This consumer's CONSUMED, cached: only this thread writes it. */
  private consumed: number;
  private released = false;

  constructor(
    private readonly layout: RingLayout,
    readonly index: number,
    wait?: Partial<RingWaitConfig>,
    /** Most slots one poll() hands over before it advances the counter. Default: the whole ring. */
    readonly batchMax = layout.slotCount,
  ) {
    if (!(Number.isInteger(index) && index >= 0 && index < layout.consumerCount)) {
      throw new RangeError(`ring consumer index ${index} outside 0..${layout.consumerCount - 1}`);
    }
    if (!(Number.isInteger(batchMax) && batchMax >= 1 && batchMax <= layout.slotCount)) {
      throw new RangeError(`ring batchMax must be in [1, ${layout.slotCount}]: ${batchMax}`);
    }
    this.wait = resolveWait(wait);
    if (!layout.tryLock(consumerAttachedIndex(index))) throw new Error(`ring consumer ${index} is already attached`);
    this.bytes = layout.bytes;
    this.i32 = layout.i32;
    this.counter = consumedIndex(index);
    this.consumed = Atomics.load(this.i32, this.counter);
  }

  /** Published slots this consumer has not handled yet. */
  available(): number {
    const n = (Atomics.load(this.i32, H_PUBLISHED) - this.consumed) | 0;
    if (n < 0 || n > this.layout.slotCount) throw new Error(`ring invariant broken: consumer ${this.index} sees ${n} slots available`);
    return n;
  }

  /** True once the producer has closed the ring and this consumer has handled every slot. */
  get closed(): boolean {
    return Atomics.load(this.i32, H_CLOSED) !== 0 && this.available() === 0;
  }

  /**
   * Hands every available slot, up to `batchMax`, to `handler`, then
   * advances this consumer's counter once. Returns the number handled.
   * If the handler throws, the counter stays: the batch is seen again.
   */
  poll(handler: RingHandler, batchMax = this.batchMax): number {
    let n = this.available();
    if (n === 0) return 0;
    if (n > batchMax) n = batchMax;
    const layout = this.layout;
    const i32 = this.i32;
    const bytes = this.bytes;
    const payloadMax = layout.payloadBytesMax;
    let position = this.consumed;
    for (let k = 0; k < n; k++) {
      const slot = layout.slotOffset(position);
      const length = i32[slot >> 2]!;
      if (length < 0 || length > payloadMax) throw new Error(`ring invariant broken: slot length ${length} at position ${position >>> 0}`);
      handler(bytes, slot + SLOT_HEADER_BYTES, length, position >>> 0);
      position = (position + 1) | 0;
    }
    this.consumed = position;
    Atomics.store(i32, this.counter, position);
    if (Atomics.load(i32, H_PRODUCER_PARKED) !== 0) Atomics.notify(i32, this.counter);
    return n;
  }

  /**
   * Waits (worker threads only) until slots are available or `timeoutMs`
   * passes: spins `spinIterations` polls, then parks in Atomics.wait on
   * PUBLISHED. Returns the slots available; 0 on timeout or when closed.
   */
  waitForData(timeoutMs = this.wait.parkTimeoutMs): number {
    for (let i = 0; i < this.wait.spinIterations; i++) {
      const n = this.available();
      if (n > 0) return n;
    }
    if (Atomics.load(this.i32, H_CLOSED) !== 0) return this.available();
    Atomics.add(this.i32, H_CONSUMERS_PARKED, 1);
    try {
      // Atomics.wait re-reads PUBLISHED after the flag is raised and returns
      // at once if it moved (see ringLayout.ts, Ordering).
      Atomics.wait(this.i32, H_PUBLISHED, this.consumed, timeoutMs);
    } finally {
      Atomics.sub(this.i32, H_CONSUMERS_PARKED, 1);
    }
    return this.available();
  }

  /**
   * The main thread's wait: resolves with the slots available, 0 on timeout
   * or when closed. No spinning, never blocks the event loop.
   */
  async waitForDataAsync(timeoutMs = this.wait.parkTimeoutMs): Promise<number> {
    const n = this.available();
    if (n > 0 || Atomics.load(this.i32, H_CLOSED) !== 0) return n;
    Atomics.add(this.i32, H_CONSUMERS_PARKED, 1);
    try {
      const r = waitAsync(this.i32, H_PUBLISHED, this.consumed, timeoutMs);
      if (r.async) await r.value;
    } finally {
      Atomics.sub(this.i32, H_CONSUMERS_PARKED, 1);
    }
    return this.available();
  }

  /** Gives up this consumer index (its counter keeps gating the producer). */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.layout.unlock(consumerAttachedIndex(this.index));
  }
}
