/**
 * Order-sensitive 64-bit hash of a stream of integers (two 32-bit FNV-1a style
 * lanes with different primes). The optimized and the naive engine feed it the
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
    const lo = m % TWO_32 | 0;
    const hi = Math.floor(m / TWO_32) | 0;
    this.mix(lo);
    this.mix(hi ^ (neg << 31));
    return this;
  }

  addString(s: string): this {
    this.add(s.length);
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
    return this;
  }

  private mix(w: number): void {
    for (let k = 0; k < 4; k++) {
      const byte = (w >>> (k * 8)) & 0xff;
      this.a = Math.imul(this.a ^ byte, 0x01000193);
      this.b = Math.imul(this.b ^ byte, 0x5bd1e995);
      this.b ^= this.b >>> 15;
    }
  }

  /** 16 hex digits. */
  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
