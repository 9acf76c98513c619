/**
 * Price levels as a struct of arrays, preallocated for `capacity` levels
 * across all books. Slot 0 is null. A level is the head and tail of an
 * intrusive FIFO list of orders, with its total leaves and order count kept
 * up to date so market data never walks the list.
 */
export class LevelPool {
  readonly capacity: number;
  readonly price: Int32Array;
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly count: Int32Array;
  /** Sum of the orders' leaves; may exceed 2^31, so a double. */
  readonly total: Float64Array;
  /** book * 2 + side. */
  readonly bookSide: Int32Array;
  private freeHead = 0;
  used = 0;

  constructor(capacity: number) {
    if (!(Number.isInteger(capacity) && capacity > 0 && capacity < 2 ** 30)) {
      throw new Error(`level capacity out of range: ${capacity}`);
    }
    this.capacity = capacity;
    const n = capacity + 1;
    this.price = new Int32Array(n);
    this.head = new Int32Array(n);
    this.tail = new Int32Array(n);
    this.count = new Int32Array(n);
    this.total = new Float64Array(n);
    this.bookSide = new Int32Array(n);
    for (let s = capacity; s >= 1; s--) {
      this.head[s] = this.freeHead;
      this.freeHead = s;
    }
  }

  alloc(price: number, bookSide: number): number {
    const s = this.freeHead;
    if (s === 0) throw new Error('LevelPool exhausted (capacity check skipped)');
    this.freeHead = this.head[s]!;
    this.price[s] = price;
    this.head[s] = 0;
    this.tail[s] = 0;
    this.count[s] = 0;
    this.total[s] = 0;
    this.bookSide[s] = bookSide;
    this.used++;
    return s;
  }

  free(s: number): void {
    this.head[s] = this.freeHead;
    this.freeHead = s;
    this.used--;
  }

  byteLength(): number {
    return this.price.byteLength + this.head.byteLength + this.tail.byteLength +
      this.count.byteLength + this.total.byteLength + this.bookSide.byteLength;
  }
}
