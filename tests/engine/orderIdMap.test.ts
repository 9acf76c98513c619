import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderIdMap } from '../../engine/orderIdMap.js';

/** Drives the map and a JS Map side by side; ids live in a float64 column with stride 2. */
function model(capacity: number) {
  const stride = 2;
  const ids = new Float64Array((capacity + 1) * stride);
  const map = new OrderIdMap(capacity, ids, stride);
  const ref = new Map<number, number>();
  const free: number[] = [];
  for (let s = capacity; s >= 1; s--) free.push(s);
  return {
    map, ref,
    add(id: number): void {
      if (ref.has(id) || free.length === 0) return;
      const s = free.pop()!;
      ids[s * stride] = id;
      map.insert(id, s);
      ref.set(id, s);
    },
    remove(id: number): void {
      const s = ref.get(id);
      if (s === undefined) return;
      map.remove(id);
      ids[s * stride] = 0;
      ref.delete(id);
      free.push(s);
    },
    check(probe: number[]): void {
      expect(map.size).toBe(ref.size);
      for (const [id, s] of ref) expect(map.get(id)).toBe(s);
      for (const id of probe) if (!ref.has(id)) expect(map.get(id)).toBe(0);
    },
  };
}

describe('OrderIdMap', () => {
  it('agrees with a Map under random inserts and removes, with colliding and huge ids', () => {
    // Ids congruent modulo the table size collide on purpose; ids above 2^32 exercise the low-word placement.
    const idArb = fc.oneof(
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 0, max: 20 }).map((k) => 5 + k * 64),
      fc.integer({ min: 0, max: 20 }).map((k) => 2 ** 40 + 7 + k * 2 ** 32),
    );
    fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), idArb), { maxLength: 400 }), (ops) => {
      const m = model(32);
      for (const [add, id] of ops) (add ? m.add(id) : m.remove(id));
      m.check(ops.map(([, id]) => id));
    }), { numRuns: 300 });
  });

  it('throws when asked to remove an id it does not hold', () => {
    const m = model(4);
    m.add(3);
    expect(() => m.map.remove(4)).toThrow(/absent/);
  });
});
