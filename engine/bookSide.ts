import { HierarchicalBitmap } from './hierarchicalBitmap.js';
import { PG, PricePages } from './pricePages.js';

/**
 * One side of one book: which prices have a level, and the best price. The
 * level of a price is found by direct index (page table -> page); the next
 * occupied price through the page's occupancy words and a hierarchical bitmap
 * of occupied pages, so every operation costs O(log32 price range) word
 * operations, independent of the number of levels in the book.
 */
export class BookSide {
  /** Best price in ticks, -1 when the side is empty. */
  best = -1;
  levelCount = 0;
  /** pageOf[price >> PG.BITS] = page number in the pool, 0 = none. */
  private readonly pageOf: Int32Array;
  private readonly occupied: HierarchicalBitmap;

  constructor(
    readonly isBid: boolean,
    /** book * 2 + side. */
    readonly key: number,
    /** Highest price this side accepts, in ticks. */
    readonly maxPrice: number,
    private readonly pages: PricePages,
  ) {
    const pageCount = (maxPrice >>> PG.BITS) + 1;
    this.pageOf = new Int32Array(pageCount);
    this.pageOf.fill(0); // commit now, not on a first touch mid-command
    this.occupied = new HierarchicalBitmap(pageCount);
  }

  /** The level at `price` if it has orders, else 0. */
  levelAt(price: number): number {
    const p = this.pageOf[price >>> PG.BITS]!;
    if (p === 0) return 0;
    const off = price & PG.MASK;
    return (this.pages.bits[p * PG.WORDS + (off >>> 5)]! & (1 << (off & 31))) === 0 ? 0 : (p << PG.BITS) | off;
  }

  /** True when a level could be opened at `price` without a new page, or a page is free. */
  canOpen(price: number): boolean {
    return this.pageOf[price >>> PG.BITS] !== 0 || this.pages.hasRoom();
  }

  /**
   * The level at `price`, opened (occupancy set, best moved) when it had no
   * orders. The caller checked `canOpen`. May grow the page pool: callers
   * re-read `pages.li` / `pages.lf` after it.
   */
  open(price: number): number {
    const pageNo = price >>> PG.BITS;
    const pages = this.pages;
    let p = this.pageOf[pageNo]!;
    if (p === 0) {
      p = pages.alloc(this.key, pageNo << PG.BITS);
      this.pageOf[pageNo] = p;
      this.occupied.set(pageNo);
    }
    const off = price & PG.MASK;
    const bits = pages.bits;
    const base = p * PG.WORDS;
    const w = off >>> 5;
    const word = bits[base + w]!;
    const bit = 1 << (off & 31);
    if ((word & bit) === 0) {
      bits[base + w] = word | bit;
      bits[base + PG.SUMMARY]! |= 1 << w;
      this.levelCount++;
      const best = this.best;
      if (best < 0 || (this.isBid ? price > best : price < best)) this.best = price;
    }
    return (p << PG.BITS) | off;
  }

  /** Closes the (now empty) level at `price`: occupancy cleared, page freed if empty, best moved. */
  close(price: number): void {
    const pageNo = price >>> PG.BITS;
    const p = this.pageOf[pageNo]!;
    const pages = this.pages;
    const off = price & PG.MASK;
    const bits = pages.bits;
    const base = p * PG.WORDS;
    const w = off >>> 5;
    const word = bits[base + w]! & ~(1 << (off & 31));
    bits[base + w] = word;
    if (word === 0) {
      const summary = bits[base + PG.SUMMARY]! & ~(1 << w);
      bits[base + PG.SUMMARY] = summary;
      if (summary === 0) {
        this.pageOf[pageNo] = 0;
        this.occupied.clear(pageNo);
        pages.free(p);
      }
    }
    this.levelCount--;
    if (price === this.best) {
      this.best = this.isBid ? this.prevAtOrBelow(price - 1) : this.nextAtOrAbove(price + 1);
    }
  }

  /** The next occupied price after `price` going away from the best, or -1. */
  worseThan(price: number): number {
    return this.isBid ? this.prevAtOrBelow(price - 1) : this.nextAtOrAbove(price + 1);
  }

  /** Smallest occupied price >= `price`, or -1. */
  nextAtOrAbove(price: number): number {
    if (price > this.maxPrice) return -1;
    if (price < 0) price = 0;
    let pageNo = price >>> PG.BITS;
    const p = this.pageOf[pageNo]!;
    const bits = this.pages.bits;
    if (p !== 0) {
      const base = p * PG.WORDS;
      const off = price & PG.MASK;
      const w = off >>> 5;
      const m = bits[base + w]! & (-1 << (off & 31));
      if (m !== 0) return (pageNo << PG.BITS) | (w << 5) | (31 - Math.clz32(m & -m));
      if (w < 31) {
        const s = bits[base + PG.SUMMARY]! & (-1 << (w + 1));
        if (s !== 0) {
          const w2 = 31 - Math.clz32(s & -s);
          const word = bits[base + w2]!;
          return (pageNo << PG.BITS) | (w2 << 5) | (31 - Math.clz32(word & -word));
        }
      }
    }
    pageNo = this.occupied.nextSet(pageNo + 1);
    if (pageNo < 0) return -1;
    const base = this.pageOf[pageNo]! * PG.WORDS;
    const summary = bits[base + PG.SUMMARY]!;
    const w2 = 31 - Math.clz32(summary & -summary);
    const word = bits[base + w2]!;
    return (pageNo << PG.BITS) | (w2 << 5) | (31 - Math.clz32(word & -word));
  }

  /** Largest occupied price <= `price`, or -1. */
  prevAtOrBelow(price: number): number {
    if (price < 0) return -1;
    if (price > this.maxPrice) price = this.maxPrice;
    let pageNo = price >>> PG.BITS;
    const p = this.pageOf[pageNo]!;
    const bits = this.pages.bits;
    if (p !== 0) {
      const base = p * PG.WORDS;
      const off = price & PG.MASK;
      const w = off >>> 5;
      const b = off & 31;
      const m = bits[base + w]! & (b === 31 ? -1 : (1 << (b + 1)) - 1);
      if (m !== 0) return (pageNo << PG.BITS) | (w << 5) | (31 - Math.clz32(m));
      const s = bits[base + PG.SUMMARY]! & ((1 << w) - 1);
      if (s !== 0) {
        const w2 = 31 - Math.clz32(s);
        return (pageNo << PG.BITS) | (w2 << 5) | (31 - Math.clz32(bits[base + w2]!));
      }
    }
    pageNo = this.occupied.prevSet(pageNo - 1);
    if (pageNo < 0) return -1;
    const base = this.pageOf[pageNo]! * PG.WORDS;
    const w2 = 31 - Math.clz32(bits[base + PG.SUMMARY]!);
    return (pageNo << PG.BITS) | (w2 << 5) | (31 - Math.clz32(bits[base + w2]!));
  }

  /** Pages this side holds (for the naive twin's capacity rule and tests). */
  pagesHeld(): number {
    let n = 0;
    for (let i = this.occupied.nextSet(0); i >= 0; i = this.occupied.nextSet(i + 1)) n++;
    return n;
  }

  byteLength(): number {
    return this.pageOf.byteLength;
  }
}
