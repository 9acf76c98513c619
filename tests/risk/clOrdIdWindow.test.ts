import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClOrdIdWindow, type WindowPins } from '../../risk/clOrdIdWindow.js';
import { NaiveClOrdIdWindow } from './support/naiveClOrdIdWindow.js';

/** A ClOrdID as the core holds it: ASCII, NUL-padded to 32 bytes, seen as 8 words. */
function keyOf(text: string): Uint32Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Uint32Array(bytes.buffer);
}

/** Pins from a set; records every eviction and every pin check. */
class Pins implements WindowPins {
  readonly evictedRefs: number[] = [];
  readonly checkedRefs: number[] = [];
  constructor(readonly pinned: Set<number> = new Set()) {}
  isPinned(ref: number): boolean {
    this.checkedRefs.push(ref);
    return this.pinned.has(ref);
  }
  evicted(ref: number): void {
    this.evictedRefs.push(ref);
  }
}

function refsInOrder(w: ClOrdIdWindow): number[] {
  const refs: number[] = [];
  w.forEach((e) => refs.push(w.ref(e)));
  return refs;
}

/** Two (account, key) pairs with the same hash under the default seed, from `make(0)`, `make(1)`, ... */
function collidingPair(make: (n: number) => [number, Uint32Array]): [[number, Uint32Array], [number, Uint32Array]] {
  const probe = new ClOrdIdWindow(1, 1) as unknown as { hash(account: number, key: Uint32Array): number };
  const seen = new Map<number, number>();
  for (let n = 0; n < 1 << 20; n++) {
    const [account, key] = make(n);
    const h = probe.hash(account, key);
    const earlier = seen.get(h);
    if (earlier !== undefined) return [make(earlier), [account, key]];
    seen.set(h, n);
  }
  throw new Error('no hash collision among 2^20 candidates');
}

const W = 10;
const LONG = 'x'.repeat(31);

describe('ClOrdIdWindow', () => {
  it('finds what it inserted, with its account, time, ref and key', () => {
    const w = new ClOrdIdWindow(4, W);
    const key = keyOf('order-1');
    expect(w.find(7, key)).toBe(-1);
    const e = w.insert(7, key, 100, 42);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(w.find(7, key)).toBe(e);
    expect([w.ref(e), w.account(e), w.insertedUs(e), w.size]).toEqual([42, 7, 100, 1]);
    const out = new Uint32Array(8);
    w.keyInto(e, out);
    expect(Array.from(out)).toEqual(Array.from(key));
    expect(w.find(7, keyOf('order-2'))).toBe(-1);
    w.assertInvariants();
  });

  it('keeps the same ClOrdID under different accounts apart', () => {
    const w = new ClOrdIdWindow(4, W);
    const key = keyOf('same');
    const a = w.insert(1, key, 0, 10);
    const b = w.insert(2, key, 0, 20);
    expect(a).not.toBe(b);
    expect(w.ref(w.find(1, key))).toBe(10);
    expect(w.ref(w.find(2, key))).toBe(20);
    expect(w.find(3, key)).toBe(-1);
    w.assertInvariants();
  });

  it('tells apart keys that differ only in the last byte, or only in the first', () => {
    const w = new ClOrdIdWindow(8, W);
    w.insert(0, keyOf(`${LONG}a`), 0, 1);
    expect(w.find(0, keyOf(`${LONG}b`))).toBe(-1);
    w.insert(0, keyOf(`${LONG}b`), 0, 2);
    w.insert(0, keyOf(`a${LONG}`), 0, 3);
    expect(w.ref(w.find(0, keyOf(`${LONG}a`)))).toBe(1);
    expect(w.ref(w.find(0, keyOf(`${LONG}b`)))).toBe(2);
    expect(w.ref(w.find(0, keyOf(`a${LONG}`)))).toBe(3);
    expect(w.find(0, keyOf(`b${LONG}`))).toBe(-1);
    w.assertInvariants();
  });

  it('keeps apart keys whose 32-bit hashes are equal', () => {
    // Equal hashes pass the stored-hash filter, so only the full compare can
    // tell these apart. The hash is a bijection of any one word with the rest
    // fixed, so a colliding pair differs in two words (6 and 7 here); the
    // birthday search is deterministic for the default seed.
    const hex4 = (x: number): string => x.toString(16).padStart(4, '0');
    const [[a1, k1], [a2, k2]] = collidingPair((n) => [0, keyOf(`${'x'.repeat(24)}${hex4(n >>> 10)}${hex4(n & 1023)}`)]);
    const w = new ClOrdIdWindow(4, W);
    w.insert(a1, k1, 0, 1);
    expect(w.find(a2, k2)).toBe(-1);
    w.insert(a2, k2, 1, 2);
    expect(w.ref(w.find(a1, k1))).toBe(1);
    expect(w.ref(w.find(a2, k2))).toBe(2);
    w.assertInvariants();
    w.expire(W, new Pins());
    expect(w.find(a1, k1)).toBe(-1);
    expect(w.ref(w.find(a2, k2))).toBe(2);
    w.assertInvariants();
  });

  it('returns -1 when full and changes nothing', () => {
    const w = new ClOrdIdWindow(2, W);
    w.insert(0, keyOf('a'), 0, 1);
    w.insert(0, keyOf('b'), 1, 2);
    expect(w.insert(0, keyOf('c'), 2, 3)).toBe(-1);
    expect(w.size).toBe(2);
    expect(w.find(0, keyOf('c'))).toBe(-1);
    expect(refsInOrder(w)).toEqual([1, 2]);
    w.assertInvariants();
  });

  it('expires only due, unpinned entries, oldest first, due exactly at insertedUs + windowUs', () => {
    const w = new ClOrdIdWindow(8, W);
    w.insert(0, keyOf('a'), 0, 1);
    w.insert(1, keyOf('a'), 3, 2);
    w.insert(0, keyOf('b'), 3, 3);
    w.insert(0, keyOf('c'), 5, 4);
    const pins = new Pins();
    expect(w.expire(9, pins)).toBe(0);
    expect(w.expire(13, pins)).toBe(3);
    expect(pins.evictedRefs).toEqual([1, 2, 3]);
    expect(w.find(0, keyOf('a'))).toBe(-1);
    expect(w.find(1, keyOf('a'))).toBe(-1);
    expect(w.ref(w.find(0, keyOf('c')))).toBe(4);
    expect(w.size).toBe(1);
    w.assertInvariants();
  });

  it('keeps pinned due entries resolvable with their original time, without blocking later ones', () => {
    const w = new ClOrdIdWindow(8, W);
    w.insert(0, keyOf('open'), 0, 1);
    w.insert(0, keyOf('done'), 1, 2);
    w.insert(0, keyOf('young'), 8, 3);
    const pins = new Pins(new Set([1]));
    expect(w.expire(11, pins)).toBe(1);
    expect(pins.evictedRefs).toEqual([2]);
    const e = w.find(0, keyOf('open'));
    expect(w.ref(e)).toBe(1);
    expect(w.insertedUs(e)).toBe(0);
    expect(refsInOrder(w)).toEqual([3, 1]);
    w.assertInvariants();
  });

  it('evicts an entry that was pinned, then unpinned, on the next expire', () => {
    const w = new ClOrdIdWindow(4, W);
    w.insert(0, keyOf('gtc'), 0, 1);
    const pins = new Pins(new Set([1]));
    expect(w.expire(W, pins)).toBe(0);
    expect(w.expire(W + 1, pins)).toBe(0);
    pins.pinned.delete(1);
    expect(w.expire(W + 2, pins)).toBe(1);
    expect(pins.evictedRefs).toEqual([1]);
    expect(w.find(0, keyOf('gtc'))).toBe(-1);
    w.assertInvariants();
  });

  it('evicts a re-appended entry that closed behind a younger one once it reaches the head again', () => {
    const w = new ClOrdIdWindow(4, W);
    w.insert(0, keyOf('gtc'), 0, 1);
    w.insert(0, keyOf('young'), 5, 2);
    const pins = new Pins(new Set([1]));
    expect(w.expire(W, pins)).toBe(0);
    pins.pinned.delete(1);
    // 'young' is not due and stands in front: the closed entry waits for it.
    expect(w.expire(W + 4, pins)).toBe(0);
    expect(w.find(0, keyOf('gtc'))).toBeGreaterThanOrEqual(0);
    expect(w.expire(W + 5, pins)).toBe(2);
    expect(pins.evictedRefs).toEqual([2, 1]);
    w.assertInvariants();
  });

  it('examines each entry once per call when every due entry is pinned, rotating a full ring in place', () => {
    const w = new ClOrdIdWindow(3, W);
    const slots = [w.insert(0, keyOf('a'), 0, 1), w.insert(0, keyOf('b'), 1, 2), w.insert(0, keyOf('c'), 2, 3)];
    const pins = new Pins(new Set([1, 2, 3]));
    expect(w.expire(100, pins)).toBe(0);
    expect(pins.checkedRefs).toEqual([1, 2, 3]);
    expect(refsInOrder(w)).toEqual([1, 2, 3]);
    expect([w.find(0, keyOf('a')), w.find(0, keyOf('b')), w.find(0, keyOf('c'))]).toEqual(slots);
    expect(w.insert(0, keyOf('d'), 100, 4)).toBe(-1);
    w.assertInvariants();
    pins.pinned.delete(2);
    expect(w.expire(101, pins)).toBe(1);
    expect(pins.evictedRefs).toEqual([2]);
    expect(refsInOrder(w)).toEqual([1, 3]);
    expect(w.insert(0, keyOf('d'), 101, 4)).toBeGreaterThanOrEqual(0);
    expect(refsInOrder(w)).toEqual([1, 3, 4]);
    w.assertInvariants();
  });

  it('re-appends into a partly filled ring, moving the entry and its index cell', () => {
    const w = new ClOrdIdWindow(4, W);
    const a = w.insert(0, keyOf('a'), 0, 1);
    w.insert(0, keyOf('b'), 5, 2);
    const pins = new Pins(new Set([1]));
    w.expire(W, pins);
    const moved = w.find(0, keyOf('a'));
    expect(moved).not.toBe(a);
    expect([w.ref(moved), w.account(moved), w.insertedUs(moved)]).toEqual([1, 0, 0]);
    const out = new Uint32Array(8);
    w.keyInto(moved, out);
    expect(Array.from(out)).toEqual(Array.from(keyOf('a')));
    w.assertInvariants();
  });

  it('clear removes everything without callbacks, and the next insert takes slot 0', () => {
    const w = new ClOrdIdWindow(4, W);
    w.insert(0, keyOf('a'), 0, 1);
    w.insert(0, keyOf('b'), 0, 2);
    w.expire(W, new Pins());
    w.insert(0, keyOf('c'), W, 3);
    w.clear();
    expect(w.size).toBe(0);
    expect(w.find(0, keyOf('c'))).toBe(-1);
    expect(refsInOrder(w)).toEqual([]);
    w.assertInvariants();
    expect(w.insert(0, keyOf('c'), 0, 4)).toBe(0);
    expect(w.ref(w.find(0, keyOf('c')))).toBe(4);
    w.assertInvariants();
  });

  it('restore rebuilds a window with re-appended entries that evicts exactly as the original', () => {
    const a = new ClOrdIdWindow(4, W);
    a.insert(0, keyOf('gtc'), 0, 1);
    a.insert(0, keyOf('mid'), 4, 2);
    a.insert(0, keyOf('new'), 12, 3);
    const pins = new Pins(new Set([1]));
    a.expire(W, pins);
    expect(refsInOrder(a)).toEqual([2, 3, 1]);
    const b = new ClOrdIdWindow(4, W, 99);
    const key = new Uint32Array(8);
    a.forEach((e) => {
      a.keyInto(e, key);
      b.restore(a.account(e), key, a.insertedUs(e), a.ref(e));
    });
    b.assertInvariants();
    expect(refsInOrder(b)).toEqual([2, 3, 1]);
    pins.pinned.delete(1);
    const pinsB = new Pins(new Set());
    a.expire(2 * W + 2, pins);
    b.expire(2 * W + 2, pinsB);
    expect(pins.evictedRefs).toEqual([2, 3, 1]);
    expect(pinsB.evictedRefs).toEqual([2, 3, 1]);
  });

  it('assertInvariants names a broken index', () => {
    const w = new ClOrdIdWindow(4, W);
    w.insert(0, keyOf('a'), 0, 1);
    (w as unknown as { table: Int32Array }).table.fill(0);
    expect(() => w.assertInvariants()).toThrow(/index/);
  });

  it('assertInvariants names in-order entries out of time order', () => {
    const w = new ClOrdIdWindow(4, W);
    w.insert(0, keyOf('a'), 5, 1);
    w.insert(0, keyOf('b'), 6, 2);
    // Slot 1's insertedUs: record of 8 float64s, time at the 7th.
    (w as unknown as { recF64: Float64Array }).recF64[1 * 8 + 6] = 4;
    expect(() => w.assertInvariants()).toThrow(/time order/);
  });

  it('rejects out-of-range construction and insert arguments', () => {
    expect(() => new ClOrdIdWindow(0, W)).toThrow(RangeError);
    expect(() => new ClOrdIdWindow(4, -1)).toThrow(RangeError);
    expect(() => new ClOrdIdWindow(4, 0.5)).toThrow(RangeError);
    const w = new ClOrdIdWindow(4, W);
    expect(() => w.insert(-1, keyOf('a'), 0, 1)).toThrow(RangeError);
    expect(() => w.insert(0, keyOf('a'), 0, 2 ** 31)).toThrow(RangeError);
    expect(() => w.insert(0, new Uint32Array(4), 0, 1)).toThrow(RangeError);
    expect(() => w.insert(0, keyOf('a'), Number.NaN, 1)).toThrow(RangeError);
    expect(w.size).toBe(0);
  });
});

type Op =
  | { kind: 'insert'; account: number; key: number }
  | { kind: 'find'; account: number; key: number }
  | { kind: 'advance'; dtUs: number }
  | { kind: 'expire' }
  | { kind: 'pin'; pick: number }
  | { kind: 'restore'; fresh: boolean };

const ACCOUNTS = 3;
/** Near-identical keys on purpose (first byte, last byte, empty), plus plain ones for longer probe runs. */
const KEYS = [
  keyOf(''), keyOf(`${LONG}a`), keyOf(`${LONG}b`), keyOf(`a${LONG}`), keyOf(`b${LONG}`),
  ...Array.from({ length: 15 }, (_, n) => keyOf(`k${n}`)),
];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), account: fc.nat(ACCOUNTS - 1), key: fc.nat(KEYS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('find' as const), account: fc.nat(ACCOUNTS - 1), key: fc.nat(KEYS.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), dtUs: fc.nat(W) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('expire' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pin' as const), pick: fc.nat(64) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), fresh: fc.boolean() }) },
);

/** Snapshot by forEach, then clear (or a new window with another seed) and restore in that order. */
function restored(w: ClOrdIdWindow, fresh: boolean, seed: number): ClOrdIdWindow {
  const saved: { account: number; key: Uint32Array; insertedUs: number; ref: number }[] = [];
  w.forEach((e) => {
    const key = new Uint32Array(8);
    w.keyInto(e, key);
    saved.push({ account: w.account(e), key, insertedUs: w.insertedUs(e), ref: w.ref(e) });
  });
  const target = fresh ? new ClOrdIdWindow(w.capacity, w.windowUs, seed) : w;
  if (!fresh) w.clear();
  for (const s of saved) expect(target.restore(s.account, s.key, s.insertedUs, s.ref)).toBeGreaterThanOrEqual(0);
  return target;
}

describe('ClOrdIdWindow against its naive twin', () => {
  it('agrees on size, order, finds and evictions over random insert/find/expire/pin/restore runs', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.array(opArb, { maxLength: 200 }), (capacity, ops) => {
      // A second window with another hash seed runs in lockstep: the seed must not change any answer or entry index.
      let w = new ClOrdIdWindow(capacity, W);
      let twin = new ClOrdIdWindow(capacity, W, 0x1234_5678);
      const model = new NaiveClOrdIdWindow(capacity, W);
      const pinned = new Set<number>();
      const pins = new Pins(pinned);
      const twinPins = new Pins(pinned);
      const modelPins = new Pins(pinned);
      let nowUs = 1_700_000_000_000_000;
      let nextRef = 0;
      const out = new Uint32Array(8);

      const check = (): void => {
        w.assertInvariants();
        twin.assertInvariants();
        expect(w.size).toBe(model.size);
        expect(refsInOrder(w)).toEqual(model.fifo.map((e) => e.ref));
        expect(pins.evictedRefs).toEqual(modelPins.evictedRefs);
        expect(twinPins.evictedRefs).toEqual(modelPins.evictedRefs);
        for (let a = 0; a < ACCOUNTS; a++) {
          for (const key of KEYS) {
            const e = w.find(a, key);
            expect(twin.find(a, key)).toBe(e);
            const m = model.find(a, key);
            if (m === undefined) {
              expect(e).toBe(-1);
              continue;
            }
            expect([w.ref(e), w.account(e), w.insertedUs(e)]).toEqual([m.ref, m.account, m.insertedUs]);
            w.keyInto(e, out);
            expect(Array.from(out)).toEqual(Array.from(m.key));
          }
        }
      };

      for (const op of ops) {
        switch (op.kind) {
          case 'insert': {
            const key = KEYS[op.key]!;
            if (model.find(op.account, key) !== undefined) break; // the caller finds first and never inserts a present key
            const ref = nextRef++;
            const e = w.insert(op.account, key, nowUs, ref);
            expect(twin.insert(op.account, key, nowUs, ref)).toBe(e);
            if (model.insert(op.account, key, nowUs, ref)) {
              expect(e).toBeGreaterThanOrEqual(0);
              expect(w.find(op.account, key)).toBe(e);
            } else {
              expect(e).toBe(-1);
            }
            break;
          }
          case 'find': {
            const e = w.find(op.account, KEYS[op.key]!);
            const m = model.find(op.account, KEYS[op.key]!);
            expect(e === -1 ? undefined : w.ref(e)).toBe(m?.ref);
            break;
          }
          case 'advance':
            nowUs += op.dtUs;
            break;
          case 'expire': {
            const n = w.expire(nowUs, pins);
            expect(twin.expire(nowUs, twinPins)).toBe(n);
            expect(n).toBe(model.expire(nowUs, modelPins));
            break;
          }
          case 'pin': {
            if (model.size === 0) break;
            const ref = model.fifo[op.pick % model.size]!.ref;
            if (pinned.has(ref)) pinned.delete(ref);
            else pinned.add(ref);
            break;
          }
          case 'restore':
            w = restored(w, op.fresh, 0x0bad_5eed);
            twin = restored(twin, false, 0);
            break;
        }
        check();
      }
    }), { numRuns: 400 });
  });
});
