/**
 * Resting orders as a struct of arrays, preallocated for `capacity` orders.
 * Slot 0 is the null slot (list ends, empty map entries), so slots are
 * 1..capacity. Free slots are chained through `next`.
 *
 * 41 bytes per slot: id f64, orderQty/leaves/account/level/next/prev/accNext/
 * accPrev i32, entry u32 (FIFO sequence, for invariants), flags u8.
 */
export const FLAG_SELL = 1;
export const FLAG_POST_ONLY = 2;
/** STP mode in bits 2-3. */
export const FLAG_STP_SHIFT = 2;

export class OrderStore {
  readonly capacity: number;
  readonly orderId: Float64Array;
  /** FIX OrderQty in lots (total, filled included). */
  readonly orderQty: Int32Array;
  readonly leaves: Int32Array;
  readonly account: Int32Array;
  /** Level slot the order rests on. */
  readonly level: Int32Array;
  /** FIFO links within the level; doubles as the free-list link. */
  readonly next: Int32Array;
  readonly prev: Int32Array;
  /** Links of the account's list of resting orders (ascending id). */
  readonly accNext: Int32Array;
  readonly accPrev: Int32Array;
  /** Wrapping sequence of entry into the level, to check FIFO order. */
  readonly entry: Uint32Array;
  readonly flags: Uint8Array;
  private freeHead = 0;
  used = 0;

  constructor(capacity: number) {
    if (!(Number.isInteger(capacity) && capacity > 0 && capacity < 2 ** 30)) {
      throw new Error(`order capacity out of range: ${capacity}`);
    }
    this.capacity = capacity;
    const n = capacity + 1;
    this.orderId = new Float64Array(n);
    this.orderQty = new Int32Array(n);
    this.leaves = new Int32Array(n);
    this.account = new Int32Array(n);
    this.level = new Int32Array(n);
    this.next = new Int32Array(n);
    this.prev = new Int32Array(n);
    this.accNext = new Int32Array(n);
    this.accPrev = new Int32Array(n);
    this.entry = new Uint32Array(n);
    this.flags = new Uint8Array(n);
    // Chain 1..capacity so the lowest slots are used first.
    for (let s = capacity; s >= 1; s--) {
      this.next[s] = this.freeHead;
      this.freeHead = s;
    }
  }

  /** A free slot; the caller has checked `used < capacity`. */
  alloc(): number {
    const s = this.freeHead;
    if (s === 0) throw new Error('OrderStore exhausted (capacity check skipped)');
    this.freeHead = this.next[s]!;
    this.next[s] = 0;
    this.used++;
    return s;
  }

  free(s: number): void {
    this.orderId[s] = 0;
    this.leaves[s] = 0;
    this.level[s] = 0;
    this.prev[s] = 0;
    this.next[s] = this.freeHead;
    this.freeHead = s;
    this.used--;
  }

  freeCount(): number {
    let n = 0;
    for (let s = this.freeHead; s !== 0; s = this.next[s]!) n++;
    return n;
  }

  byteLength(): number {
    return this.orderId.byteLength + this.orderQty.byteLength + this.leaves.byteLength +
      this.account.byteLength + this.level.byteLength + this.next.byteLength +
      this.prev.byteLength + this.accNext.byteLength + this.accPrev.byteLength +
      this.entry.byteLength + this.flags.byteLength;
  }
}
