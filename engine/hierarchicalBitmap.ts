/**
 * A dense bitmap with summary levels (each bit of level k+1 says "word of
 * level k is non-zero"), so the next or previous set bit is found in
 * O(levels) = O(log32 n) word operations, whatever the number of set bits.
 * Used to find the next occupied price page of a book side.
 */
export class HierarchicalBitmap {
  /** levels[0] holds one bit per index; the last level is a single word. */
  private readonly levels: Int32Array[] = [];
  readonly size: number;

  constructor(size: number) {
    if (!(size > 0 && size <= 2 ** 31)) throw new Error(`bitmap size out of range: ${size}`);
    this.size = size;
    let words = Math.ceil(size / 32);
    for (;;) {
      this.levels.push(new Int32Array(words));
      if (words === 1) break;
      words = Math.ceil(words / 32);
    }
  }

  has(i: number): boolean {
    return (this.levels[0]![i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  set(i: number): void {
    const levels = this.levels;
    let idx = i;
    for (let l = 0; l < levels.length; l++) {
      const words = levels[l]!;
      const w = idx >>> 5;
      const old = words[w]!;
      words[w] = old | (1 << (idx & 31));
      if (old !== 0) return;
      idx = w;
    }
  }

  clear(i: number): void {
    const levels = this.levels;
    let idx = i;
    for (let l = 0; l < levels.length; l++) {
      const words = levels[l]!;
      const w = idx >>> 5;
      const now = words[w]! & ~(1 << (idx & 31));
      words[w] = now;
      if (now !== 0) return;
      idx = w;
    }
  }

  /** Smallest set index >= i, or -1. */
  nextSet(i: number): number {
    if (i >= this.size) return -1;
    if (i < 0) i = 0;
    const levels = this.levels;
    const top = levels.length;
    let l = 0;
    let idx = i;
    for (;;) {
      const words = levels[l]!;
      const w = idx >>> 5;
      if (w >= words.length) return -1;
      const m = words[w]! & (-1 << (idx & 31));
      if (m !== 0) {
        idx = (w << 5) | ctz(m);
        break;
      }
      l++;
      if (l === top) return -1;
      idx = w + 1;
    }
    while (l > 0) {
      l--;
      idx = (idx << 5) | ctz(levels[l]![idx]!);
    }
    return idx;
  }

  /** Largest set index <= i, or -1. */
  prevSet(i: number): number {
    if (i < 0) return -1;
    if (i >= this.size) i = this.size - 1;
    const levels = this.levels;
    const top = levels.length;
    let l = 0;
    let idx = i;
    for (;;) {
      const words = levels[l]!;
      const w = idx >>> 5;
      const b = idx & 31;
      const m = words[w]! & (b === 31 ? -1 : (1 << (b + 1)) - 1);
      if (m !== 0) {
        idx = (w << 5) | (31 - Math.clz32(m));
        break;
      }
      l++;
      if (l === top || w === 0) return -1;
      idx = w - 1;
    }
    while (l > 0) {
      l--;
      idx = (idx << 5) | (31 - Math.clz32(levels[l]![idx]!));
    }
    return idx;
  }
}

/** Index of the lowest set bit of a non-zero 32-bit word. */
export function ctz(x: number): number {
  return 31 - Math.clz32(x & -x);
}
