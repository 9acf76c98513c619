/**
 * Decimal text at the gateway's edge, exact and without BigInt on the usual
 * path: a client's decimal string (or an SBE Decimal64) becomes an integer
 * mantissa and a scale, then a whole number of steps (ticks, lots, minor
 * units); reports print steps back as canonical decimal strings. The slow,
 * BigInt-based config/decimal.ts stays the reference (the tests compare
 * both); here every quantity that reaches arithmetic is a safe integer, and
 * anything that would not be is refused rather than rounded.
 */

/** Longest decimal string accepted (anything longer is "absurdly long"). */
export const MAX_DECIMAL_CHARS = 24;
/** Most significant digits accepted (15 keeps every mantissa a safe integer). */
export const MAX_DECIMAL_DIGITS = 15;

/** A parsed non-negative decimal: value = mantissa / 10^scale. */
export interface Dec {
  mantissa: number;
  scale: number;
}

/** Why a text is not a decimal we take; `null` = fine. */
export type DecimalProblem = 'not a string' | 'empty' | 'too long' | 'negative' | 'exponent notation' | 'not a plain decimal' | 'too many digits';

const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Parses `text` into `out` (reused) or names the problem. Accepts only
 * `digits` or `digits.digits` ("100", "0.5", "100.250"); rejects signs,
 * exponents, spaces, ".5", "5.", and more than MAX_DECIMAL_DIGITS significant digits.
 */
export function parseDecimalText(text: unknown, out: Dec): DecimalProblem | null {
  if (typeof text !== 'string') return 'not a string';
  const n = text.length;
  if (n === 0) return 'empty';
  if (n > MAX_DECIMAL_CHARS) return 'too long';
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (mantissa !== 0 || c !== 48) digits++;
      mantissa = mantissa * 10 + (c - 48);
      if (scale >= 0) scale++;
      continue;
    }
    if (c === 46 && scale < 0 && i > 0 && i < n - 1) {
      scale = 0;
      continue;
    }
    if (c === 45 && i === 0) return 'negative';
    if (c === 101 || c === 69) return 'exponent notation';
    return 'not a plain decimal';
  }
  if (digits > MAX_DECIMAL_DIGITS) return 'too many digits';
  out.mantissa = mantissa;
  out.scale = scale < 0 ? 0 : scale;
  return null;
}

/** An SBE Decimal64 (mantissa x 10^exponent) as a Dec, or the problem. */
export function decimal64ToDec(mantissa: number, exponent: number, out: Dec): DecimalProblem | null {
  if (!Number.isSafeInteger(mantissa)) return 'too many digits';
  if (mantissa < 0) return 'negative';
  if (exponent > 0) {
    const m = mantissa * POW10[exponent]!;
    if (exponent > 15 || !Number.isSafeInteger(m)) return 'too many digits';
    out.mantissa = m;
    out.scale = 0;
    return null;
  }
  if (exponent < -18) return 'not a plain decimal';
  out.mantissa = mantissa;
  out.scale = -exponent;
  return null;
}

/** A step size (tick, lot, minor unit) as mantissa and scale; `stepOf("0.01")` = { mantissa 1, scale 2 }. */
export function stepOf(text: string): Dec {
  const d: Dec = { mantissa: 0, scale: 0 };
  const problem = parseDecimalText(text, d);
  if (problem !== null || d.mantissa <= 0) throw new RangeError(`step "${text}": ${problem ?? 'must be positive'}`);
  return d;
}

export const NOT_A_MULTIPLE = -1;
export const TOO_LARGE = -2;

/**
 * `value / step` when it is a whole number (a safe integer), else
 * NOT_A_MULTIPLE or TOO_LARGE. Exact: both sides are brought to one scale
 * in integers (BigInt only if that scaling leaves the safe range).
 */
export function decToSteps(value: Dec, step: Dec): number {
  const scale = value.scale > step.scale ? value.scale : step.scale;
  const vm = value.mantissa * POW10[scale - value.scale]!;
  const sm = step.mantissa * POW10[scale - step.scale]!;
  if (Number.isSafeInteger(vm) && Number.isSafeInteger(sm)) {
    if (vm % sm !== 0) return NOT_A_MULTIPLE;
    return vm / sm;
  }
  const bv = BigInt(value.mantissa) * 10n ** BigInt(scale - value.scale);
  const bs = BigInt(step.mantissa) * 10n ** BigInt(scale - step.scale);
  if (bv % bs !== 0n) return NOT_A_MULTIPLE;
  const q = bv / bs;
  return q > BigInt(Number.MAX_SAFE_INTEGER) ? TOO_LARGE : Number(q);
}

/** Canonical text of `units / 10^scale` (an integer count of 10^-scale): no exponent, no trailing zeros, '-' when negative. */
export function unitsText(units: number, scale: number): string {
  const neg = units < 0;
  if (!Number.isSafeInteger(units)) return bigUnitsText(BigInt(units), scale);
  let digits = String(neg ? -units : units);
  if (scale > 0) {
    if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
    let end = digits.length;
    const point = digits.length - scale;
    while (end > point && digits.charCodeAt(end - 1) === 48) end--;
    digits = end > point ? `${digits.slice(0, point)}.${digits.slice(point, end)}` : digits.slice(0, point);
  }
  return neg && digits !== '0' ? `-${digits}` : digits;
}

/** Canonical text of `steps` steps of `step` ("10025" ticks of 0.01 = "100.25"). */
export function stepsText(steps: number, step: Dec): string {
  const units = steps * step.mantissa;
  if (Number.isSafeInteger(units)) return unitsText(units, step.scale);
  return bigUnitsText(BigInt(steps) * BigInt(step.mantissa), step.scale);
}

function bigUnitsText(units: bigint, scale: number): string {
  const neg = units < 0n;
  let digits = (neg ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const point = digits.length - scale;
    const frac = digits.slice(point).replace(/0+$/, '');
    digits = frac.length > 0 ? `${digits.slice(0, point)}.${frac}` : digits.slice(0, point);
  }
  return neg && digits !== '0' ? `-${digits}` : digits;
}

/** Extra decimal places of AvgPx beyond the tick's (the average of fills is rarely a whole tick). */
export const AVG_PX_EXTRA_DECIMALS = 6;

/**
 * AvgPx = cumNotional / cumQty ticks (cumNotional in ticks x lots), in price
 * units, rounded half up to the tick's decimals + AVG_PX_EXTRA_DECIMALS. "0" before any fill.
 */
export function avgPxText(cumNotional: number, cumQty: number, tick: Dec): string {
  if (cumQty <= 0) return '0';
  const scale = tick.scale + AVG_PX_EXTRA_DECIMALS;
  // Safe-integer path: q = floor((2n + d) / 2d), corrected by one where the float quotient rounded across an integer.
  const n = cumNotional * tick.mantissa * 1_000_000;
  const a = 2 * n + cumQty;
  const b = 2 * cumQty;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(a + b)) {
    let qn = Math.floor(a / b);
    if (qn * b > a) qn--;
    else if ((qn + 1) * b <= a) qn++;
    return unitsText(qn, scale);
  }
  const numer = BigInt(cumNotional) * BigInt(tick.mantissa) * 10n ** BigInt(AVG_PX_EXTRA_DECIMALS);
  const den = BigInt(cumQty);
  const q = (numer * 2n + den) / (den * 2n);
  return bigUnitsText(q, scale);
}

/** Text of a decimal string as an SBE Decimal64: [mantissa, exponent]. For the strings this gateway prints (canonical, at most 15 digits). */
export function textToDecimal64(text: string, out: { mantissa: number; exponent: number }): void {
  let mantissa = 0;
  let scale = -1;
  let neg = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) neg = true;
    else if (c === 46) scale = 0;
    else {
      mantissa = mantissa * 10 + (c - 48);
      if (scale >= 0) scale++;
    }
  }
  out.mantissa = neg ? -mantissa : mantissa;
  out.exponent = scale < 0 ? 0 : -scale;
}

/** An SBE Decimal64 as canonical text (for SBE requests echoed in reports). */
export function decimal64Text(mantissa: number, exponent: number): string {
  if (exponent >= 0) return unitsText(mantissa * POW10[exponent]!, 0);
  return unitsText(mantissa, -exponent);
}
