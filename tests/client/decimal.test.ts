import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DecimalFormatError,
  canonicalDecimal,
  decimal64ToDecimal,
  decimalToDecimal64,
  isDecimalString,
} from '../../client/decimal.js';

describe('decimal strings <-> Decimal64 (client/decimal.ts)', () => {
  it('converts the contract examples exactly, keeping the written scale', () => {
    expect(decimalToDecimal64('100.25')).toEqual({ mantissa: 10025, exponent: -2 });
    expect(decimalToDecimal64('1.5')).toEqual({ mantissa: 15, exponent: -1 });
    expect(decimalToDecimal64('1.50')).toEqual({ mantissa: 150, exponent: -2 });
    expect(decimalToDecimal64('0')).toEqual({ mantissa: 0, exponent: 0 });
    expect(decimalToDecimal64('1000000')).toEqual({ mantissa: 1_000_000, exponent: 0 });
    expect(decimalToDecimal64('0.0001')).toEqual({ mantissa: 1, exponent: -4 });
    expect(decimalToDecimal64('007.5')).toEqual({ mantissa: 75, exponent: -1 });
    expect(decimalToDecimal64('0.00')).toEqual({ mantissa: 0, exponent: -2 });
    expect(decimalToDecimal64(`0.${'0'.repeat(30)}`)).toEqual({ mantissa: 0, exponent: -18 });
    expect(decimalToDecimal64('-0.5')).toEqual({ mantissa: -5, exponent: -1 });
  });

  it('never produces -0 (Object.is tells it from 0)', () => {
    expect(Object.is(decimalToDecimal64('5').exponent, 0)).toBe(true);
    expect(Object.is(decimalToDecimal64('-0').mantissa, 0)).toBe(true);
    expect(Object.is(decimalToDecimal64('-0.000').mantissa, 0)).toBe(true);
  });

  it('is exact where floats are not', () => {
    // 0.1 + 0.2 and 9007199254740993 are the classic float traps.
    expect(decimalToDecimal64('0.3')).toEqual({ mantissa: 3, exponent: -1 });
    expect(decimalToDecimal64('900719925474099.1')).toEqual({ mantissa: 9_007_199_254_740_991, exponent: -1 });
    expect(decimal64ToDecimal(9_007_199_254_740_991, -8)).toBe('90071992.54740991');
    expect(decimal64ToDecimal(-9_007_199_254_740_991, 0)).toBe('-9007199254740991');
  });

  it('moves trailing zeros into the exponent only when the written form does not fit', () => {
    expect(decimalToDecimal64(`0.1${'0'.repeat(19)}`)).toEqual({ mantissa: 1e15, exponent: -16 });
    expect(decimalToDecimal64(`1${'0'.repeat(19)}`)).toEqual({ mantissa: 1e15, exponent: 4 });
    expect(decimalToDecimal64(`9007199254740991${'0'.repeat(5)}`)).toEqual({ mantissa: 9_007_199_254_740_991, exponent: 5 });
    expect(decimalToDecimal64('90071992547409910')).toEqual({ mantissa: 9_007_199_254_740_991, exponent: 1 });
  });

  it('prints canonical decimals: no trailing zeros, no exponent notation', () => {
    expect(decimal64ToDecimal(10025, -2)).toBe('100.25');
    expect(decimal64ToDecimal(150, -2)).toBe('1.5');
    expect(decimal64ToDecimal(10000, -2)).toBe('100');
    expect(decimal64ToDecimal(0, -8)).toBe('0');
    expect(decimal64ToDecimal(5, -9)).toBe('0.000000005');
    expect(decimal64ToDecimal(-5, -1)).toBe('-0.5');
    expect(decimal64ToDecimal(12, 18)).toBe(`12${'0'.repeat(18)}`);
    expect(canonicalDecimal('0100.2500')).toBe('100.25');
  });

  it('refuses text that is not a plain decimal', () => {
    const bad = ['1e5', '1E5', '1.5e-3', '+1', '.5', '5.', '', ' 1', '1 ', '1,5', '1_000', '0x10', 'NaN', 'Infinity', '-', '--1', '1..2', '١٢'];
    for (const text of bad) {
      expect(isDecimalString(text), text).toBe(false);
      expect(() => decimalToDecimal64(text), text).toThrow(DecimalFormatError);
    }
    for (const notText of [1.5, 100, null, undefined, 10n]) {
      expect(isDecimalString(notText)).toBe(false);
      expect(() => decimalToDecimal64(notText as unknown as string)).toThrow(/not a string/);
    }
  });

  it('refuses values no Decimal64 holds exactly', () => {
    expect(() => decimalToDecimal64('9007199254740992')).toThrow(/significant digits/);
    expect(() => decimalToDecimal64('12345678901234567')).toThrow(/significant digits/);
    expect(() => decimalToDecimal64(`0.${'0'.repeat(18)}1`)).toThrow(/more than 18 significant decimals/);
    expect(() => decimalToDecimal64(`1${'0'.repeat(34)}`)).toThrow(/exponent above 18/);
    expect(() => decimal64ToDecimal(2 ** 53, 0)).toThrow(RangeError);
    expect(() => decimal64ToDecimal(1.5, 0)).toThrow(RangeError);
    expect(() => decimal64ToDecimal(1, 128)).toThrow(RangeError);
  });

  it('round-trips every (mantissa, exponent) the schema allows, through text, to the same value', () => {
    fc.assert(fc.property(
      fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: -18, max: 18 }),
      (mantissa, exponent) => {
        const text = decimal64ToDecimal(mantissa, exponent);
        expect(isDecimalString(text)).toBe(true);
        const back = decimalToDecimal64(text);
        // Same value: m1 * 10^e1 === m2 * 10^e2, compared exactly with BigInt.
        const scale = (m: number, e: number): bigint => BigInt(m) * 10n ** BigInt(e + 18);
        expect(scale(back.mantissa, back.exponent)).toBe(scale(mantissa, exponent));
        expect(decimal64ToDecimal(back.mantissa, back.exponent)).toBe(text);
      },
    ), { numRuns: 2000 });
  });

  it('round-trips random decimal text to its canonical form', () => {
    fc.assert(fc.property(
      fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
      fc.integer({ min: 0, max: 18 }),
      fc.integer({ min: 0, max: 3 }),
      (digits, decimals, extraZeros) => {
        const s = digits.toString().padStart(decimals + 1, '0');
        const text = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}${'0'.repeat(extraZeros)}`;
        const d = decimalToDecimal64(text);
        expect(BigInt(d.mantissa) * 10n ** BigInt(d.exponent + 21)).toBe(digits * 10n ** BigInt(21 - decimals));
      },
    ), { numRuns: 2000 });
  });
});
