/**
 * Exact decimal strings <-> SBE `Decimal64` (value = mantissa * 10^exponent).
 *
 * The wire contract carries every price, quantity and amount as a decimal
 * string in JSON and as a Decimal64 in SBE; a client must convert between the
 * two without ever passing through a float (0.1 + 0.2 is not 0.3). Both
 * directions work on the digits as text; the mantissa is a safe integer
 * (|mantissa| <= 2^53 - 1, the schema's bound), so it is exact as a number.
 *
 * Accepted text: optional `-`, digits, optionally a point and more digits
 * (`"100.25"`, `"0"`, `"-0.5"`). Refused: exponent notation (`"1e5"`), `+`,
 * a bare point (`".5"`, `"5."`), spaces, separators, `NaN`, `Infinity`.
 */

/** A Decimal64 as the generated accessors take it. */
export interface Decimal64Value {
  mantissa: number;
  exponent: number;
}

/** The schema's bounds (exchange.xml, composite Decimal64). */
export const MAX_MANTISSA = Number.MAX_SAFE_INTEGER;
export const MIN_EXPONENT = -18;
export const MAX_EXPONENT = 18;

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Text that cannot be a Decimal64; `code` lets callers tell it from other errors. */
export class DecimalFormatError extends Error {
  readonly code = 'ERR_DECIMAL_FORMAT';
  constructor(readonly text: string, why: string) {
    super(`${JSON.stringify(text)} ${why}`);
    this.name = 'DecimalFormatError';
  }
}

/** True for text `decimalToDecimal64` accepts as to syntax (it may still be too large). */
export function isDecimalString(text: unknown): text is string {
  return typeof text === 'string' && DECIMAL_RE.test(text);
}

/**
 * `"100.25"` -> `{mantissa: 10025, exponent: -2}`: the digits as written, so
 * `"1.50"` keeps exponent -2. Trailing zeros are moved into the exponent
 * (exactly) only as far as the written form needs to fit: `"1"` and 19
 * zeros (20 digits) is `{1000000000000000, 4}`. Throws `DecimalFormatError` for text that is not a plain
 * decimal or whose value no Decimal64 holds exactly.
 */
export function decimalToDecimal64(text: string): Decimal64Value {
  if (typeof text !== 'string') throw new DecimalFormatError(String(text), 'is not a string');
  const m = DECIMAL_RE.exec(text);
  if (m === null) throw new DecimalFormatError(text, 'is not a plain decimal (digits, optional point and digits; no exponent)');
  const negative = m[1] === '-';
  const frac = m[3] ?? '';
  let digits = (m[2]! + frac).replace(/^0+(?=\d)/, '');
  let exponent = 0 - frac.length; // not -frac.length: that is -0 for integers
  // Zero is zero at any scale: "0.000...0" with more than 18 decimals is still exact.
  if (digits === '0') exponent = Math.max(exponent, MIN_EXPONENT);
  while ((!fitsMantissa(digits) || exponent < MIN_EXPONENT) && digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  if (!fitsMantissa(digits)) {
    throw new DecimalFormatError(text, `has more significant digits than a Decimal64 holds (mantissa up to ${MAX_MANTISSA})`);
  }
  if (exponent < MIN_EXPONENT) throw new DecimalFormatError(text, `has more than ${-MIN_EXPONENT} significant decimals`);
  if (exponent > MAX_EXPONENT) throw new DecimalFormatError(text, `needs an exponent above ${MAX_EXPONENT}`);
  const magnitude = Number(digits);
  // No -0: a zero mantissa is 0 whatever the sign written.
  return { mantissa: negative && magnitude !== 0 ? -magnitude : magnitude, exponent };
}

const MAX_MANTISSA_DIGITS = String(MAX_MANTISSA);

/** Digits (no leading zeros) of a value up to MAX_MANTISSA, compared as text so no double rounds them. */
function fitsMantissa(digits: string): boolean {
  const max = MAX_MANTISSA_DIGITS;
  return digits.length < max.length || (digits.length === max.length && digits <= max);
}

/**
 * `(10025, -2)` -> `"100.25"`, canonical: no trailing zeros after the point,
 * no point for whole numbers, `"0"` for zero, never exponent notation. The
 * JSON face prints the same form, so both faces give equal strings.
 */
export function decimal64ToDecimal(mantissa: number, exponent: number): string {
  if (!Number.isSafeInteger(mantissa)) throw new RangeError(`mantissa ${mantissa} is not a safe integer, so it is not exact`);
  if (!Number.isInteger(exponent) || exponent < -128 || exponent > 127) throw new RangeError(`exponent ${exponent} is not an int8`);
  if (mantissa === 0) return '0';
  // A safe integer prints as plain digits (toString uses exponents only from 1e21).
  const digits = Math.abs(mantissa).toString();
  let text: string;
  if (exponent >= 0) {
    text = digits + '0'.repeat(exponent);
  } else {
    const padded = digits.padStart(1 - exponent, '0');
    const int = padded.slice(0, padded.length + exponent);
    const frac = padded.slice(padded.length + exponent).replace(/0+$/, '');
    text = frac.length > 0 ? `${int}.${frac}` : int;
  }
  return mantissa < 0 ? `-${text}` : text;
}

/** The canonical form of a decimal string (`"1.50"` -> `"1.5"`), through the same exact conversion. */
export function canonicalDecimal(text: string): string {
  const d = decimalToDecimal64(text);
  return decimal64ToDecimal(d.mantissa, d.exponent);
}
