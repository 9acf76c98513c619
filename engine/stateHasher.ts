/**
 * Order-sensitive 64-bit hash of a stream of integers (two 32-bit lanes
 * mixed per word with different constants). The optimized and the naive engine feed it the
 * same canonical walk of their state (see `docs/engine.md`, "State hash"), so
 * equal hashes mean equal books. Not cryptographic: it detects divergence.
 */
const TWO_32 = 4294967296;

export class StateHasher {
  private a = 0x811c9dc5 | 0;
  private b = 0x01000193 ^ 0x5bd1e995;

  reset(): this {
    this.a = 0x811c9dc5 | 0;
    this.b = 0x01000193 ^ 0x5bd1e995;
    return this;
  }

  /** Adds one safe integer (negative values allowed). */
  add(x: number): this {
    const neg = x < 0 ? 1 : 0;
    const m = neg ? -x : x;
    if (m <= 0x7fffffff) {
      // Most values: no float remainder (`%` beyond int32 goes to fmod).
      this.mix(m);
      this.mix(neg << 31);
      return this;
    }
    const hi = Math.floor(m / TWO_32);
    this.mix((m - hi * TWO_32) | 0);
    this.mix((hi | 0) ^ (neg << 31));
    return this;
  }

  addString(s: string): this {
    this.add(s.length);
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
    return this;
  }

  /**
   * Folds one 32-bit word into both lanes (murmur3-style multiply-rotate
   * per word: a snapshot hashes millions of values, and a byte-at-a-time
   * loop made hashing 10^6 orders take seconds).
   */
  private mix(w: number): void {
    let k = Math.imul(w, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    let a = this.a ^ k;
    a = (a << 13) | (a >>> 19);
    this.a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    let b = Math.imul(this.b ^ w, 0x5bd1e995);
    b ^= b >>> 15;
    this.b = b;
  }

  /** 16 hex digits. */
  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
