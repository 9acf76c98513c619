/**
 * The shared memory of a ring: one SharedArrayBuffer that a producer and its
 * consumers, on any threads, view alike. `RingLayout.create` allocates and
 * stamps it; `RingLayout.attach` validates one received through postMessage.
 *
 * Layout (Int32 words `i32[k]`, byte offsets in brackets; a line = 64 bytes,
 * one x86 cache line, so counters written by different threads never share
 * one):
 *
 *   line 0   [0]    MAGIC 'RING', VERSION, SLOT_COUNT, SLOT_STRIDE,
 *                   PAYLOAD_BYTES_MAX, CONSUMER_COUNT, SLOTS_OFFSET:
 *                   geometry, written once before the buffer is shared;
 *                   CLOSED (producer, once), PRODUCER_ATTACHED (role lock).
 *   line 1   [64]   PUBLISHED: slots published so far, mod 2^32. Written by
 *                   the producer only (Atomics.store) after the slot bytes.
 *   line 2   [128]  CONSUMERS_PARKED: consumers inside Atomics.wait(Async) on
 *                   PUBLISHED. Written by consumers (Atomics.add/sub).
 *   line 3   [192]  PRODUCER_PARKED: 1 while the producer waits for space.
 *   line 4+i [256+64i] CONSUMED[i]: slots consumer i has finished, mod 2^32,
 *                   written by consumer i only (Atomics.store) after its
 *                   handler returned; then CONSUMER_ATTACHED[i] (role lock).
 *   SLOTS_OFFSET    SLOT_COUNT slots of SLOT_STRIDE bytes each:
 *                   [i32 payload length][payload, up to PAYLOAD_BYTES_MAX].
 *
 * Counters are Int32 and wrap: position p lives in slot `p & mask`, and
 * distances are `(a - b) | 0`, exact while they stay below 2^31, which
 * SLOT_COUNT <= 2^24 guarantees (no counter is ever more than SLOT_COUNT
 * ahead of another). Int32 rather than BigInt64: Atomics on Int32Array
 * neither allocate nor box, and Atomics.wait works on them.
 *
 * Ordering: JS Atomics are sequentially consistent, and a plain write before
 * an Atomics.store is visible to a thread whose Atomics.load returns that
 * stored value. So
 * - a consumer that loads PUBLISHED = p sees the bytes of every slot < p;
 * - the producer that loads CONSUMED[i] = c may overwrite slots < c, which
 *   consumer i no longer reads;
 * - a waiter raises its PARKED flag, then re-reads the counter it waits on;
 *   the other side stores the counter, then reads the flag. Under sequential
 *   consistency at least one sees the other's write, so either the waiter
 *   does not sleep or the other side notifies: no lost wake-up. The fast
 *   path (nobody parked) makes no syscall.
 */
export const RING_MAGIC = 0x474e4952;
export const RING_VERSION = 1;
const LINE_I32 = 16;

export const H_MAGIC = 0;
export const H_VERSION = 1;
export const H_SLOT_COUNT = 2;
export const H_SLOT_STRIDE = 3;
export const H_PAYLOAD_BYTES_MAX = 4;
export const H_CONSUMER_COUNT = 5;
export const H_SLOTS_OFFSET = 6;
export const H_CLOSED = 7;
export const H_PRODUCER_ATTACHED = 8;
export const H_PUBLISHED = 1 * LINE_I32;
export const H_CONSUMERS_PARKED = 2 * LINE_I32;
export const H_PRODUCER_PARKED = 3 * LINE_I32;
const FIRST_CONSUMER_LINE = 4;

export const consumedIndex = (consumer: number): number => (FIRST_CONSUMER_LINE + consumer) * LINE_I32;
export const consumerAttachedIndex = (consumer: number): number => consumedIndex(consumer) + 1;

/** Bytes before a slot's payload: its i32 length. */
export const SLOT_HEADER_BYTES = 4;

export interface RingConfig {
  /** Power of two, 2 .. 2^24. */
  slotCount: number;
  /** Largest payload a slot holds, 1 .. 1 MiB (an SBE command is well under 512). */
  payloadBytesMax: number;
  /** Consumers reading every slot side by side (journal writer, core, ...), 1 .. 8. */
  consumerCount: number;
}

export const RING_LIMITS = {
  slotCountMax: 1 << 24,
  payloadBytesMax: 1 << 20,
  consumerCountMax: 8,
  /** Whole buffer; V8 allows more, but a ring this big is a configuration error. */
  bufferBytesMax: 1 << 30,
} as const;

export class RingLayout {
  readonly i32: Int32Array;
  readonly bytes: Uint8Array;
  readonly slotCount: number;
  readonly mask: number;
  readonly slotStride: number;
  readonly payloadBytesMax: number;
  readonly consumerCount: number;
  readonly slotsOffset: number;

  static create(config: RingConfig): RingLayout {
    const { slotCount, payloadBytesMax, consumerCount } = config;
    if (!(Number.isInteger(slotCount) && slotCount >= 2 && slotCount <= RING_LIMITS.slotCountMax && (slotCount & (slotCount - 1)) === 0)) {
      throw new RangeError(`ring slotCount must be a power of two in [2, ${RING_LIMITS.slotCountMax}]: ${slotCount}`);
    }
    if (!(Number.isInteger(payloadBytesMax) && payloadBytesMax >= 1 && payloadBytesMax <= RING_LIMITS.payloadBytesMax)) {
      throw new RangeError(`ring payloadBytesMax must be in [1, ${RING_LIMITS.payloadBytesMax}]: ${payloadBytesMax}`);
    }
    if (!(Number.isInteger(consumerCount) && consumerCount >= 1 && consumerCount <= RING_LIMITS.consumerCountMax)) {
      throw new RangeError(`ring consumerCount must be in [1, ${RING_LIMITS.consumerCountMax}]: ${consumerCount}`);
    }
    // 8-byte slot alignment keeps the length word aligned and lets a codec
    // view a payload with aligned typed arrays if it wants to.
    const slotStride = align(SLOT_HEADER_BYTES + payloadBytesMax, 8);
    const slotsOffset = (FIRST_CONSUMER_LINE + consumerCount) * LINE_I32 * 4;
    const total = slotsOffset + slotCount * slotStride;
    if (total > RING_LIMITS.bufferBytesMax) throw new RangeError(`ring of ${total} bytes exceeds ${RING_LIMITS.bufferBytesMax}`);
    const sab = new SharedArrayBuffer(total);
    const i32 = new Int32Array(sab);
    i32[H_MAGIC] = RING_MAGIC;
    i32[H_VERSION] = RING_VERSION;
    i32[H_SLOT_COUNT] = slotCount;
    i32[H_SLOT_STRIDE] = slotStride;
    i32[H_PAYLOAD_BYTES_MAX] = payloadBytesMax;
    i32[H_CONSUMER_COUNT] = consumerCount;
    i32[H_SLOTS_OFFSET] = slotsOffset;
    return new RingLayout(sab);
  }

  /** Views a buffer made by `create` (on this or another thread), checking its header. */
  static attach(sab: SharedArrayBuffer): RingLayout {
    if (!(sab instanceof SharedArrayBuffer) || sab.byteLength < 64) throw new TypeError('ring attach needs the SharedArrayBuffer of a ring');
    return new RingLayout(sab);
  }

  private constructor(readonly buffer: SharedArrayBuffer) {
    this.i32 = new Int32Array(buffer);
    this.bytes = new Uint8Array(buffer);
    const h = this.i32;
    if (h[H_MAGIC] !== RING_MAGIC || h[H_VERSION] !== RING_VERSION) throw new TypeError('not a ring buffer (bad magic or version)');
    this.slotCount = h[H_SLOT_COUNT]!;
    this.mask = this.slotCount - 1;
    this.slotStride = h[H_SLOT_STRIDE]!;
    this.payloadBytesMax = h[H_PAYLOAD_BYTES_MAX]!;
    this.consumerCount = h[H_CONSUMER_COUNT]!;
    this.slotsOffset = h[H_SLOTS_OFFSET]!;
    if (this.slotsOffset + this.slotCount * this.slotStride !== buffer.byteLength) throw new TypeError('ring header does not match the buffer size');
  }

  /** Byte offset of the slot holding position `position` (its length word). */
  slotOffset(position: number): number {
    return this.slotsOffset + (position & this.mask) * this.slotStride;
  }

  /** Takes a role lock word (0 -> 1); false if another thread holds it. */
  tryLock(index: number): boolean {
    return Atomics.compareExchange(this.i32, index, 0, 1) === 0;
  }

  unlock(index: number): void {
    Atomics.store(this.i32, index, 0);
  }

  get closed(): boolean {
    return Atomics.load(this.i32, H_CLOSED) !== 0;
  }
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
