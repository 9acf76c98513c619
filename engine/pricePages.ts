/**
 * Pages of the price index shared by all book sides. A page covers 1024
 * consecutive prices: for each the level slot resting there (0 = none), and
 * an occupancy bitmap of 32 words plus one summary word (bit w: word w is
 * non-zero). Pages are taken when a side first uses a price region and given
 * back when it empties, so memory follows the regions in use, not the price
 * range. The pool grows (doubling) only past the most pages ever used at once.
 */
/**
 * BITS: log2 of the prices per page; WORDS: int32 words per page in `bits`
 * (32 occupancy words + the SUMMARY word).
 */
export const enum PG { BITS = 10, SIZE = 1024, MASK = 1023, WORDS = 33, SUMMARY = 32 }

export class PricePages {
  /** levels[(page << PG.BITS) | offset] = level slot. */
  levels: Int32Array;
  bits: Int32Array;
  private capacity: number;
  private freeHead = 0;
  /** Free-list links (page 0 is the null page). */
  private link: Int32Array;
  used = 0;

  constructor(initialPages = 64) {
    this.capacity = initialPages;
    this.levels = new Int32Array((initialPages + 1) * PG.SIZE);
    this.bits = new Int32Array((initialPages + 1) * PG.WORDS);
    this.link = new Int32Array(initialPages + 1);
    this.chain(1, initialPages);
  }

  private chain(from: number, to: number): void {
    for (let p = to; p >= from; p--) {
      this.link[p] = this.freeHead;
      this.freeHead = p;
    }
  }

  alloc(): number {
    if (this.freeHead === 0) this.grow();
    const p = this.freeHead;
    this.freeHead = this.link[p]!;
    this.used++;
    return p;
  }

  /** The page must be empty (all its levels and bits already cleared). */
  free(p: number): void {
    this.link[p] = this.freeHead;
    this.freeHead = p;
    this.used--;
  }

  private grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    const levels = new Int32Array((cap + 1) * PG.SIZE);
    levels.set(this.levels);
    const bits = new Int32Array((cap + 1) * PG.WORDS);
    bits.set(this.bits);
    const link = new Int32Array(cap + 1);
    link.set(this.link);
    this.levels = levels;
    this.bits = bits;
    this.link = link;
    this.capacity = cap;
    this.chain(old + 1, cap);
  }

  byteLength(): number {
    return this.levels.byteLength + this.bits.byteLength + this.link.byteLength;
  }
}
