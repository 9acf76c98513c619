import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilScaled, feeOf, quoteScale } from '../../risk/amounts.js';

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1 = 9,007,199,254,740,991
const MAX_N = BigInt(MAX);

const ceilBig = (x: bigint, num: bigint, den: bigint): bigint => (x * num + den - 1n) / den;
const feeBig = (amount: bigint, bps: bigint): bigint => {
  const f = (amount * (bps < 0n ? -bps : bps)) / 10_000n;
  return bps < 0n ? -f : f;
};

describe('ceilScaled: ceil(x x num / den), exactly', () => {
  it.each<[number, number, number, number]>([
    [0, 1, 10_000, 0],
    [1, 1, 10_000, 1],
    [10_000, 1, 10_000, 1],
    [10_001, 1, 10_000, 2],
    [7, 3, 7, 3],
    [8, 3, 7, 4], // 24 / 7 = 3.43
    [12_345, 7, 1, 86_415],
    // BTC-USD (1 tick x 1 lot = 1/10,000 cent): 0.5 BTC at 30,000.01 = 1,500,000.5 cents.
    [15_000_005_000, 1, 10_000, 1_500_001],
    [9_999_003_333, 1, 10_000, 999_901],
  ])('ceilScaled(%i, %i, %i) = %i', (x, num, den, want) => {
    expect(ceilScaled(x, num, den)).toBe(want);
  });

  it('is exact near 2^53, where the float expression is not', () => {
    // 9,007,199,254,740,991 = 900,719,925,474 x 10,000 + 991.
    expect(ceilScaled(MAX, 1, 10_000)).toBe(900_719_925_475);
    expect(ceilScaled(9_007_199_254_740_000, 1, 10_000)).toBe(900_719_925_474);
    // x x 3 = 27,021,597,764,222,973 is beyond 2^53: Math.ceil(x * 3 / 7) gives ...853; exactly 3,860,228,252,031,853.28 -> ...854.
    expect(ceilScaled(MAX, 3, 7)).toBe(3_860_228_252_031_854);
    // Math.ceil(x * 9999 / 10000) gives ...516; exactly 9,006,298,534,815,516.0991 -> ...517.
    expect(ceilScaled(MAX, 9999, 10_000)).toBe(9_006_298_534_815_517);
    expect(ceilScaled(MAX, 1, 1)).toBe(MAX);
    expect(ceilScaled(MAX - 1, 1, 2)).toBe(2 ** 52 - 1);
    expect(ceilScaled(MAX, 1, 2)).toBe(2 ** 52);
  });

  it('equals BigInt ceil for every safe x, num, den with num x den and the result safe', () => {
    const scale = fc.oneof(
      fc.integer({ min: 1, max: 2 ** 26 }),
      fc.constantFrom(1, 3, 7, 10, 100, 9999, 10_000, 1_000_000, 100_000_000),
    );
    const cases = fc.tuple(scale, scale).chain(([num, den]) => {
      const top = BigInt(Math.min(MAX, Math.floor(Number((MAX_N * BigInt(den)) / BigInt(num)))));
      const hi = top < MAX_N ? top : MAX_N;
      return fc.tuple(
        fc.constant(num), fc.constant(den),
        fc.oneof(fc.bigInt(0n, hi), fc.bigInt(hi > 100_000n ? hi - 100_000n : 0n, hi), fc.bigInt(0n, 1_000_000n)),
      );
    });
    fc.assert(fc.property(cases, ([num, den, x]) => {
      expect(ceilScaled(Number(x), num, den)).toBe(Number(ceilBig(x, BigInt(num), BigInt(den))));
    }), { numRuns: 20_000 });
  });

  it('on a running total, pays ceil(total) once: the increments telescope and none is negative', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1, maxLength: 30 }), fc.constantFrom(3, 7, 10_000, 1_000_000),
      (fills, den) => {
        let cum = 0;
        let paid = 0;
        for (const x of fills) {
          const amount = ceilScaled(cum + x, 1, den) - ceilScaled(cum, 1, den);
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(ceilScaled(x, 1, den));
          paid += amount;
          cum += x;
        }
        expect(paid).toBe(ceilScaled(cum, 1, den));
      },
    ));
  });
});

describe('feeOf: floor(amount x |bps| / 10,000) with the sign of bps', () => {
  it.each<[number, number, number]>([
    [0, 5, 0],
    [10_000, 5, 5],
    [9_999, 5, 4], // 4.9995
    [1_500_001, 5, 750], // 750.0005
    [333_301, 5, 166], // 166.6505
    [333_301, 1, 33],
    [25_000, -4, -10],
    [9_999, -5, -4], // toward zero: the maker keeps the rounding
    [123_456, 0, 0],
    [7, 10_000, 7],
    [MAX, 10_000, MAX],
    [MAX, 5, 4_503_599_627_370], // 4,503,599,627,370.4955
    [MAX, -9999, -9_006_298_534_815_516],
  ])('feeOf(%i, %i) = %i', (amount, bps, want) => {
    expect(feeOf(amount, bps)).toBe(want);
  });

  it('a rebate that rounds to nothing is +0, not -0', () => {
    expect(Object.is(feeOf(1, -1), 0)).toBe(true);
    expect(Object.is(feeOf(9_999, -1), 0)).toBe(true);
  });

  it('equals BigInt floor for every safe amount and bps in -10,000..10,000', () => {
    const amount = fc.oneof(
      fc.bigInt(0n, MAX_N), fc.bigInt(MAX_N - 100_000n, MAX_N), fc.bigInt(0n, 100_000n),
    );
    fc.assert(fc.property(amount, fc.integer({ min: -10_000, max: 10_000 }), (a, bps) => {
      expect(feeOf(Number(a), bps)).toBe(Number(feeBig(a, BigInt(bps))));
    }), { numRuns: 20_000 });
  });

  it('fees per fill never add up to more than the fee on the sum (what a buy holds covers its fills)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 30 }), fc.integer({ min: 0, max: 10_000 }),
      (amounts, bps) => {
        const perFill = amounts.reduce((s, a) => s + feeOf(a, bps), 0);
        expect(perFill).toBeLessThanOrEqual(feeOf(amounts.reduce((s, a) => s + a, 0), bps));
      },
    ));
  });
});

describe('quoteScale: tick x lot x 10^quoteDecimals in lowest terms', () => {
  it.each<[string, [bigint, number, bigint, number, number], [bigint, bigint]]>([
    ['BTC-USD: 0.01 x 0.0001, USD 2 decimals = 1/10,000 cent', [1n, 2, 1n, 4, 2], [1n, 10_000n]],
    ['0.5 x 0.2, 0 decimals = 1/10', [5n, 1, 2n, 1, 0], [1n, 10n]],
    ['1 x 1, 2 decimals = 100', [1n, 0, 1n, 0, 2], [100n, 1n]],
    ['ETH-BTC: 0.00001 x 0.001, BTC 8 decimals = 1', [1n, 5, 1n, 3, 8], [1n, 1n]],
    ['0.025 x 0.4, 8 decimals = 1,000,000', [25n, 3, 4n, 1, 8], [1_000_000n, 1n]],
    ['0.03 x 0.07, 2 decimals = 0.21 cent = 21/100', [3n, 2, 7n, 2, 2], [21n, 100n]],
    ['0.05 x 0.04, 2 decimals = 0.2 cent = 1/5', [5n, 2, 4n, 2, 2], [1n, 5n]],
  ])('%s', (_name, [tm, ts, lm, ls, d], [num, den]) => {
    expect(quoteScale(tm, ts, lm, ls, d)).toEqual({ num, den });
  });
});
