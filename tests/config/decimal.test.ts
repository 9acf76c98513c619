import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSteps, parseDecimal, toSteps } from '../../config/decimal.js';

const step = (s: string) => parseDecimal(s)!;

describe('decimal strings <-> steps', () => {
  it('converts exact multiples', () => {
    expect(toSteps('100.25', step('0.01'))).toEqual({ ok: true, value: 10025 });
    expect(toSteps('1.5', step('0.0001'))).toEqual({ ok: true, value: 15000 });
    expect(toSteps('0', step('0.5'))).toEqual({ ok: true, value: 0 });
    expect(toSteps('7.50', step('2.5'))).toEqual({ ok: true, value: 3 });
  });

  it('refuses non-multiples, bad syntax, exponents, signs and overflow', () => {
    expect(toSteps('100.255', step('0.01'))).toEqual({ ok: false, why: 'not-multiple' });
    expect(toSteps('7', step('2.5'))).toEqual({ ok: false, why: 'not-multiple' });
    for (const bad of ['1e5', '-1', '+1', '.5', '5.', '', ' 1', '1,5', '0x10', 'NaN']) {
      expect(toSteps(bad, step('0.01'))).toEqual({ ok: false, why: 'syntax' });
    }
    expect(toSteps('99999999999999999999', step('1'))).toEqual({ ok: false, why: 'too-large' });
  });

  it('prints canonical decimals', () => {
    expect(fromSteps(10025, step('0.01'))).toBe('100.25');
    expect(fromSteps(15000, step('0.0001'))).toBe('1.5');
    expect(fromSteps(0, step('0.01'))).toBe('0');
    expect(fromSteps(3, step('2.5'))).toBe('7.5');
    expect(fromSteps(-5, step('0.1'))).toBe('-0.5');
  });

  it('round-trips any safe count of any step', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 8 }),
      (n, m, scale) => {
        const s = { mantissa: BigInt(m), scale };
        const text = fromSteps(n, s);
        expect(toSteps(text, s)).toEqual({ ok: true, value: n });
      }));
  });
});
