import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSteps, parseDecimal, toSteps } from '../../config/decimal.js';
import {
  avgPxText, decToSteps, NOT_A_MULTIPLE, parseDecimalText, stepOf, stepsText, textToDecimal64, unitsText, type Dec,
} from '../../gateway/decimalText.js';
import { executionReportJson, type ExecutionReport } from '../../gateway/replies.js';

/** The gateway's fast decimal and JSON paths agree with the reference implementations. */
describe('gateway: decimal text', () => {
  const steps = ['0.01', '0.0001', '1', '0.5', '25', '0.00000001', '0.00025'];

  it('decToSteps equals the BigInt reference (config/decimal.ts) on random decimals and steps', () => {
    fc.assert(fc.property(
      fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(...steps),
      (mantissa, scale, stepText) => {
        const digits = mantissa.toString().padStart(scale + 1, '0');
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        const d: Dec = { mantissa: 0, scale: 0 };
        const problem = parseDecimalText(text, d);
        if (problem !== null) return; // over 15 significant digits after padding: refused, as documented
        const ref = toSteps(text, parseDecimal(stepText)!);
        const got = decToSteps(d, stepOf(stepText));
        if (ref.ok) expect(got).toBe(ref.value);
        else if (ref.why === 'not-multiple') expect(got).toBe(NOT_A_MULTIPLE);
      },
    ), { numRuns: 3000 });
  });

  it('stepsText and unitsText print what fromSteps prints', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.constantFrom(...steps), (n, stepText) => {
      expect(stepsText(n, stepOf(stepText))).toBe(fromSteps(n, parseDecimal(stepText)!));
    }), { numRuns: 3000 });
    expect(unitsText(-5, 2)).toBe('-0.05');
    expect(unitsText(0, 8)).toBe('0');
    expect(unitsText(123400, 2)).toBe('1234');
  });

  it('refuses what is not a plain positive decimal, naming why', () => {
    const d: Dec = { mantissa: 0, scale: 0 };
    expect(parseDecimalText(1.5, d)).toBe('not a string');
    expect(parseDecimalText('', d)).toBe('empty');
    expect(parseDecimalText('-1', d)).toBe('negative');
    expect(parseDecimalText('1e3', d)).toBe('exponent notation');
    expect(parseDecimalText('1.', d)).toBe('not a plain decimal');
    expect(parseDecimalText('.1', d)).toBe('not a plain decimal');
    expect(parseDecimalText('0x10', d)).toBe('not a plain decimal');
    expect(parseDecimalText('9'.repeat(16), d)).toBe('too many digits');
    expect(parseDecimalText('1'.repeat(30), d)).toBe('too long');
    expect(parseDecimalText('000123.4500', d)).toBeNull();
    expect(d).toEqual({ mantissa: 1234500, scale: 4 });
  });

  it('AvgPx rounds half up at the tick\'s decimals + 6; Decimal64 of printed text is exact', () => {
    expect(avgPxText(0, 0, stepOf('0.01'))).toBe('0');
    // Fills 1 @ 100.00 and 2 @ 100.01 (ticks 10000, 10001): 30002 / 3 ticks = 100.006666666... -> 100.00666667
    expect(avgPxText(10000 + 2 * 10001, 3, stepOf('0.01'))).toBe('100.00666667');
    const d = { mantissa: 0, exponent: 0 };
    textToDecimal64('-12.050', d);
    expect(d).toEqual({ mantissa: -12050, exponent: -3 });
  });
});

describe('gateway: ExecutionReport JSON by hand', () => {
  const base: ExecutionReport = {
    MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', OrderID: '17', ClOrdID: 'c-1', OrigClOrdID: undefined,
    Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: '100.25', OrderQty: '1.5', CumQty: '0', LeavesQty: '1.5',
    AvgPx: '0', TransactTime: 1764000000000123, Seq: 42,
  };
  const cases: ExecutionReport[] = [
    base,
    { ...base, ExecType: 'TRADE', OrdStatus: 'FILLED', LastPx: '100.25', LastQty: '1.5', TradeID: '9', Liquidity: 'MAKER', Fee: '-0.01', FeeAsset: 'USD' },
    { ...base, OrderID: undefined, Seq: undefined, Price: undefined, OrdType: 'MARKET', ExecType: 'REJECTED', OrdStatus: 'REJECTED', RejectReason: 'INVALID_TICK', Text: 'Price "1.001" is not\\ a "multiple"\n' },
    { ...base, ClOrdID: 'we"ird\\id', OrigClOrdID: 'o"ld', Symbol: 'ÄÖ-"X' },
  ];
  it.each(cases.map((c, i) => [i, c] as const))('case %i equals JSON.stringify', (_i, er) => {
    expect(executionReportJson(er)).toBe(JSON.stringify(er));
    expect(JSON.parse(executionReportJson(er))).toEqual(JSON.parse(JSON.stringify(er)));
  });
});

describe('gateway: AvgPx fast path', () => {
  it('equals exact BigInt rounding (half up) for random fills', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 2 ** 20 }), fc.constantFrom('0.01', '0.00001', '1', '0.5'),
      (price, qty, tickText) => {
        const tick = stepOf(tickText);
        const notional = price * qty + Math.floor(qty / 3);
        const numer = BigInt(notional) * BigInt(tick.mantissa) * 10n ** 6n;
        const q = (numer * 2n + BigInt(qty)) / (BigInt(qty) * 2n);
        const digits = q.toString().padStart(tick.scale + 7, '0');
        const point = digits.length - (tick.scale + 6);
        const frac = digits.slice(point).replace(/0+$/, '');
        expect(avgPxText(notional, qty, tick)).toBe(frac.length > 0 ? `${digits.slice(0, point)}.${frac}` : digits.slice(0, point));
      }), { numRuns: 5000 });
  });
});
