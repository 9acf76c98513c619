/**
 * Price levels, preallocated for `capacity` levels across all books, one
 * 32-byte record each (int32 and float64 views of one buffer, for the same
 * cache reason as the order store). Slot 0 is null. A level is the head and
 * tail of an intrusive FIFO list of orders, with its total leaves and order
 * count kept up to date so market data never walks the list.
 */
/**
 * Record layout (int32 word offsets). The float64 at index `s * L.F64` holds
 * the sum of the orders' leaves (may exceed 2^31); BOOK_SIDE is book * 2 + side.
 */
export const enum L { I32 = 8, F64 = 4, PRICE = 2, HEAD = 3, TAIL = 4, COUNT = 5, BOOK_SIDE = 6 }

export class LevelPool {
  readonly capacity: number;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  private freeHead = 0;
  used = 0;

  constructor(capacity: number) {
    if (!(Number.isInteger(capacity) && capacity > 0 && capacity < 2 ** 26)) {
      throw new Error(`level capacity out of range: ${capacity}`);
    }
    this.capacity = capacity;
    const buffer = new ArrayBuffer((capacity + 1) * L.I32 * 4);
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
    for (let s = capacity; s >= 1; s--) {
      this.i32[s * L.I32 + L.HEAD] = this.freeHead;
      this.freeHead = s;
    }
  }

  alloc(price: number, bookSide: number): number {
    const s = this.freeHead;
    if (s === 0) throw new Error('LevelPool exhausted (capacity check skipped)');
    const b = s * L.I32;
    const i32 = this.i32;
    this.freeHead = i32[b + L.HEAD]!;
    i32[b + L.PRICE] = price;
    i32[b + L.HEAD] = 0;
    i32[b + L.TAIL] = 0;
    i32[b + L.COUNT] = 0;
    i32[b + L.BOOK_SIDE] = bookSide;
    this.f64[s * L.F64] = 0;
    this.used++;
    return s;
  }

  free(s: number): void {
    this.i32[s * L.I32 + L.HEAD] = this.freeHead;
    this.freeHead = s;
    this.used--;
  }

  total(s: number): number { return this.f64[s * L.F64]!; }
  get(s: number, field: number): number { return this.i32[s * L.I32 + field]!; }

  byteLength(): number {
    return this.i32.byteLength;
  }
}
