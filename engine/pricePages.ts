/**
 * The price levels of every book side, stored in pages of 1024 consecutive
 * prices. A level's number is `page << 10 | (price & 1023)`, so finding the
 * level of a price costs one page-table load and no search, and a level needs
 * no allocation: it "exists" while its count is non-zero (its occupancy bit
 * set). Per page: 1024 level records, 32 occupancy words plus one summary
 * word (bit w: word w is non-zero), and the page's book side and base price.
 *
 * Pages are taken when a side first uses a price region and given back when
 * it empties, so memory follows the regions in use (24 KiB a page), not the
 * price range. The pool grows by doubling up to `maxPages` and never
 * shrinks; `maxPages` bounds the memory an adversary spreading orders over
 * far-apart prices can make the engine commit.
 */
export const enum PG { BITS = 10, SIZE = 1024, MASK = 1023, WORDS = 33, SUMMARY = 32 }

/**
 * Level record layout: int32 words (stride LV.I32) over float64 (stride
 * LV.F64). The float64 at `level * LV.F64` is the sum of the orders' leaves
 * (may exceed 2^31); HEAD/TAIL are the FIFO list of order slots; COUNT the
 * number of orders (0 = no level at this price).
 */
export const enum LV { I32 = 6, F64 = 3, HEAD = 2, TAIL = 3, COUNT = 4 }

export class PricePages {
  /** Level records, int32 view. Replaced when the pool grows: re-read after `alloc`. */
  li: Int32Array;
  /** Level records, float64 view of the same buffer. */
  lf: Float64Array;
  /** Occupancy: PG.WORDS int32 words per page. */
  bits: Int32Array;
  /** Book side (book * 2 + side) of each page in use. */
  bookSide: Int32Array;
  /** First price of each page in use. */
  base: Int32Array;
  readonly maxPages: number;
  private capacity: number;
  private freeHead = 0;
  /** Free-list links (page 0 is the null page, so level 0 is the null level). */
  private link: Int32Array;
  used = 0;

  constructor(maxPages: number, initialPages = 16) {
    if (!(Number.isInteger(maxPages) && maxPages >= 1 && maxPages < 2 ** 20)) {
      throw new Error(`maxPages out of range: ${maxPages}`);
    }
    this.maxPages = maxPages;
    this.capacity = Math.min(initialPages, maxPages);
    const buffer = new ArrayBuffer((this.capacity + 1) * PG.SIZE * LV.I32 * 4);
    this.li = new Int32Array(buffer);
    this.lf = new Float64Array(buffer);
    this.bits = new Int32Array((this.capacity + 1) * PG.WORDS);
    this.bookSide = new Int32Array(this.capacity + 1);
    this.base = new Int32Array(this.capacity + 1);
    this.link = new Int32Array(this.capacity + 1);
    this.chain(1, this.capacity);
    // Commit the memory now rather than on a first touch in the middle of a command.
    this.li.fill(0);
    this.bits.fill(0);
  }

  private chain(from: number, to: number): void {
    for (let p = to; p >= from; p--) {
      this.link[p] = this.freeHead;
      this.freeHead = p;
    }
  }

  /** True when one more page can be taken. */
  hasRoom(): boolean {
    return this.used < this.maxPages;
  }

  /** A zeroed page for `bookSide` starting at `base`; the caller checked `hasRoom()`. */
  alloc(bookSide: number, base: number): number {
    if (this.freeHead === 0) this.grow();
    const p = this.freeHead;
    if (p === 0) throw new Error('PricePages exhausted (capacity check skipped)');
    this.freeHead = this.link[p]!;
    this.bookSide[p] = bookSide;
    this.base[p] = base;
    this.used++;
    return p;
  }

  /** The page must be empty: every level's count, links and total back at 0. */
  free(p: number): void {
    this.link[p] = this.freeHead;
    this.freeHead = p;
    this.used--;
  }

  private grow(): void {
    const old = this.capacity;
    const cap = Math.min(old * 2, this.maxPages);
    if (cap === old) return;
    const buffer = new ArrayBuffer((cap + 1) * PG.SIZE * LV.I32 * 4);
    const li = new Int32Array(buffer);
    li.set(this.li);
    li.fill(0, this.li.length);
    const bits = new Int32Array((cap + 1) * PG.WORDS);
    bits.set(this.bits);
    const bookSide = new Int32Array(cap + 1);
    bookSide.set(this.bookSide);
    const base = new Int32Array(cap + 1);
    base.set(this.base);
    const link = new Int32Array(cap + 1);
    link.set(this.link);
    this.li = li;
    this.lf = new Float64Array(buffer);
    this.bits = bits;
    this.bookSide = bookSide;
    this.base = base;
    this.link = link;
    this.capacity = cap;
    this.chain(old + 1, cap);
  }

  /** Price of a level. */
  priceOf(level: number): number {
    return this.base[level >> PG.BITS]! | (level & PG.MASK);
  }

  /** book * 2 + side of a level. */
  bookSideOf(level: number): number {
    return this.bookSide[level >> PG.BITS]!;
  }

  count(level: number): number { return this.li[level * LV.I32 + LV.COUNT]!; }
  head(level: number): number { return this.li[level * LV.I32 + LV.HEAD]!; }
  tail(level: number): number { return this.li[level * LV.I32 + LV.TAIL]!; }
  total(level: number): number { return this.lf[level * LV.F64]!; }

  byteLength(): number {
    return this.li.byteLength + this.bits.byteLength + this.bookSide.byteLength +
      this.base.byteLength + this.link.byteLength;
  }
}
