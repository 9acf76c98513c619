import {
  consumedIndex,
  H_CLOSED,
  H_CONSUMERS_PARKED,
  H_PRODUCER_ATTACHED,
  H_PRODUCER_PARKED,
  H_PUBLISHED,
  SLOT_HEADER_BYTES,
  type RingLayout,
} from './ringLayout.js';
import { resolveWait, waitAsync, type RingWaitConfig } from './ringWait.js';

/**
 * The single writer of a ring. Claims slots only behind the slowest
 * consumer, so a full ring holds the producer back (tryClaim/tryPublish
 * return -1/false; the waiting variants wait) and never drops or grows.
 *
 * Zero-copy use (a codec writes straight into the slot):
 *
 *   const at = producer.tryClaim(length);     // -1: full, apply back-pressure
 *   encoder.wrap(producer.bytes, at) ...      // fill bytes [at, at + length)
 *   producer.publish();                       // all claims so far, one store
 *
 * Several claims may precede one publish: consumers see them together, and
 * the producer pays one store (and at most one notify) for the batch.
 */
export class RingProducer {
  readonly bytes: Uint8Array;
  private readonly i32: Int32Array;
  private readonly wait: RingWaitConfig;
  /** Positions claimed so far (some maybe unpublished); producer-private. */
  private claimed: number;
  private published: number;
  /** CONSUMED of the slowest consumer when last read; refreshed only when the ring looks full. */
  private gate: number;
  private released = false;

  constructor(
    private readonly layout: RingLayout,
    wait?: Partial<RingWaitConfig>,
  ) {
    this.wait = resolveWait(wait);
    if (!layout.tryLock(H_PRODUCER_ATTACHED)) throw new Error('ring already has a producer (single-producer ring)');
    if (layout.closed) {
      layout.unlock(H_PRODUCER_ATTACHED);
      throw new Error('ring is closed');
    }
    this.bytes = layout.bytes;
    this.i32 = layout.i32;
    this.claimed = this.published = Atomics.load(this.i32, H_PUBLISHED);
    this.gate = this.readGate();
  }

  /** Slots that can be claimed now. */
  freeSlots(): number {
    this.gate = this.readGate();
    return this.layout.slotCount - ((this.claimed - this.gate) | 0);
  }

  /**
   * Claims the next slot for a payload of `length` bytes and returns the
   * payload's byte offset in `bytes`, or -1 when every slot is still being
   * read by some consumer.
   */
  tryClaim(length: number): number {
    if (!(length >= 0 && length <= this.layout.payloadBytesMax)) {
      throw new RangeError(`ring payload of ${length} bytes outside 0..${this.layout.payloadBytesMax}`);
    }
    const slotCount = this.layout.slotCount;
    if (((this.claimed - this.gate) | 0) >= slotCount) {
      this.gate = this.readGate();
      if (((this.claimed - this.gate) | 0) >= slotCount) return -1;
    }
    const slot = this.layout.slotOffset(this.claimed);
    // A plain store: PUBLISHED's Atomics.store in publish() orders it.
    this.i32[slot >> 2] = length;
    this.claimed = (this.claimed + 1) | 0;
    return slot + SLOT_HEADER_BYTES;
  }

  /** Makes every claimed slot visible to the consumers, waking any that are parked. */
  publish(): void {
    if (this.claimed === this.published) return;
    this.published = this.claimed;
    Atomics.store(this.i32, H_PUBLISHED, this.claimed);
    if (Atomics.load(this.i32, H_CONSUMERS_PARKED) !== 0) Atomics.notify(this.i32, H_PUBLISHED);
  }

  /** Copies `length` bytes of `src` from `offset` into the next slot and publishes it; false when full. */
  tryPublish(src: Uint8Array, offset = 0, length = src.length - offset): boolean {
    if (!(offset >= 0 && offset + length <= src.length)) throw new RangeError(`ring payload range [${offset}, ${offset + length}) outside ${src.length} bytes`);
    const at = this.tryClaim(length);
    if (at < 0) return false;
    const bytes = this.bytes;
    // A loop instead of set(subarray(...)), which allocates a view per message.
    for (let i = 0; i < length; i++) bytes[at + i] = src[offset + i]!;
    this.publish();
    return true;
  }

  /**
   * Like tryPublish, but waits (spin, then Atomics.wait) while the ring is
   * full. Blocks the thread: for workers, never the main thread.
   */
  publishBlocking(src: Uint8Array, offset = 0, length = src.length - offset): void {
    while (!this.tryPublish(src, offset, length)) this.waitForSpace();
  }

  /**
   * Waits until a slot is free or `timeoutMs` passes (worker threads only):
   * spins, then parks on the slowest consumer's counter. True if a slot is free.
   */
  waitForSpace(timeoutMs = this.wait.parkTimeoutMs): boolean {
    for (let i = 0; i < this.wait.spinIterations; i++) if (this.freeSlots() > 0) return true;
    Atomics.store(this.i32, H_PRODUCER_PARKED, 1);
    try {
      const c = this.slowestConsumer();
      const seen = Atomics.load(this.i32, consumedIndex(c));
      if (((this.claimed - seen) | 0) >= this.layout.slotCount) Atomics.wait(this.i32, consumedIndex(c), seen, timeoutMs);
    } finally {
      Atomics.store(this.i32, H_PRODUCER_PARKED, 0);
    }
    return this.freeSlots() > 0;
  }

  /**
   * The main thread's way to wait for space: resolves true when a slot is
   * free, false after `timeoutMs`. Never blocks the event loop.
   */
  async waitForSpaceAsync(timeoutMs = this.wait.parkTimeoutMs): Promise<boolean> {
    if (this.freeSlots() > 0) return true;
    Atomics.store(this.i32, H_PRODUCER_PARKED, 1);
    try {
      const c = this.slowestConsumer();
      const seen = Atomics.load(this.i32, consumedIndex(c));
      if (((this.claimed - seen) | 0) >= this.layout.slotCount) {
        const r = waitAsync(this.i32, consumedIndex(c), seen, timeoutMs);
        if (r.async) await r.value;
      }
    } finally {
      Atomics.store(this.i32, H_PRODUCER_PARKED, 0);
    }
    return this.freeSlots() > 0;
  }

  /**
   * Publishes what is claimed, marks the ring closed (consumers drain what is
   * left, then see `closed`) and gives up the producer role.
   */
  close(): void {
    if (this.released) return;
    this.publish();
    Atomics.store(this.i32, H_CLOSED, 1);
    // Unconditional: a consumer may be about to park. One that parks after
    // this notify wakes at its park timeout, which bounds shutdown.
    Atomics.notify(this.i32, H_PUBLISHED);
    this.released = true;
    this.layout.unlock(H_PRODUCER_ATTACHED);
  }

  /** Lowest CONSUMED, as a position: the producer may not pass it by SLOT_COUNT. */
  private readGate(): number {
    return (this.claimed - this.maxLag()) | 0;
  }

  private maxLag(): number {
    let lag = 0;
    for (let c = 0; c < this.layout.consumerCount; c++) {
      const l = (this.claimed - Atomics.load(this.i32, consumedIndex(c))) | 0;
      if (l < 0 || l > this.layout.slotCount) throw new Error(`ring invariant broken: consumer ${c} is ${l} slots behind the producer`);
      if (l > lag) lag = l;
    }
    return lag;
  }

  private slowestConsumer(): number {
    let slowest = 0;
    let lag = -1;
    for (let c = 0; c < this.layout.consumerCount; c++) {
      const l = (this.claimed - Atomics.load(this.i32, consumedIndex(c))) | 0;
      if (l > lag) {
        lag = l;
        slowest = c;
      }
    }
    return slowest;
  }
}
