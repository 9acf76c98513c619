import { Rng } from '../engine/rng.js';

/**
 * The fuzzer's seeded randomness: the engine benchmark's sfc32 generator
 * with the helpers a frame generator needs. Every lane of a run draws from
 * its own generator, seeded from the run's seed and the lane's name, so a
 * lane's N-th frame depends only on (seed, lane, N): a frame reported by a
 * run can be rebuilt with `npm run fuzz -- --seed S --show LANE:N`.
 */
export class FuzzRng extends Rng {
  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** Small sizes are likelier: log-uniform in [lo, hi]. */
  size(lo: number, hi: number): number {
    const a = Math.log(lo + 1);
    const b = Math.log(hi + 1);
    return Math.min(hi, Math.max(lo, Math.floor(Math.exp(a + this.float() * (b - a))) - 1));
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const v = this.u32();
      out[i] = v & 0xff;
      if (i + 1 < n) out[i + 1] = (v >>> 8) & 0xff;
      if (i + 2 < n) out[i + 2] = (v >>> 16) & 0xff;
      if (i + 3 < n) out[i + 3] = v >>> 24;
    }
    return out;
  }

  /** One of `table`'s entries, chosen with probability proportional to its weight. */
  weighted<T>(table: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of table) total += w;
    let x = this.float() * total;
    for (const [w, v] of table) {
      if ((x -= w) < 0) return v;
    }
    return table[table.length - 1]![1];
  }
}

/** The seed of one lane's generator: FNV-1a of the lane name, mixed with the run's seed. */
export function laneSeed(seed: number, lane: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < lane.length; i++) {
    h ^= lane.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}
