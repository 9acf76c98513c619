/**
 * TypeScript literals and types for schema values, and the rule that decides
 * whether a 64-bit field is a number or a bigint in generated code.
 */
import type { EncodedType, Presence } from '../schema/ir.js';
import { MAX_SAFE, type Primitive } from '../schema/primitives.js';

/**
 * A 64-bit integer is exposed as a number when the schema bounds it inside
 * the safe-integer range (minValue and maxValue both given) and, if it can be
 * null, its null value survives the trip through a double.
 */
export function int64AsNumber(type: EncodedType, presence: Presence): boolean {
  const p = type.primitive;
  if (p.kind !== 'int' || p.size !== 8) return false;
  const { minValue, maxValue } = type;
  if (minValue === undefined || maxValue === undefined) return false;
  const inSafe = (v: bigint | number): boolean => BigInt(v) >= -MAX_SAFE && BigInt(v) <= MAX_SAFE;
  if (!inSafe(minValue) || !inSafe(maxValue)) return false;
  if (presence !== 'optional') return true;
  const nv = BigInt(type.nullValue);
  return BigInt(Number(nv)) === nv && (p.signed || nv < 1n << 64n);
}

export function tsValueType(p: Primitive, asNumber: boolean): 'number' | 'bigint' {
  return p.kind === 'int' && p.size === 8 && !asNumber ? 'bigint' : 'number';
}

/** An exact literal: decimal when safe, else mantissa * 2 ** exponent (tsc flags long unsafe decimals). */
export function numberLiteral(v: bigint | number): string {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'Number.NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Number.POSITIVE_INFINITY' : 'Number.NEGATIVE_INFINITY';
    if (!Number.isInteger(v) || Number.isSafeInteger(v)) return Object.is(v, -0) ? '-0' : String(v);
    return numberLiteral(BigInt(v));
  }
  if (v >= -MAX_SAFE && v <= MAX_SAFE) return String(v);
  let m = v < 0n ? -v : v;
  let e = 0;
  while (m % 2n === 0n) {
    m /= 2n;
    e++;
  }
  const text = m === 1n ? `2 ** ${e}` : `${m} * 2 ** ${e}`;
  return v < 0n ? `-(${text})` : text;
}

export function valueLiteral(v: bigint | number, p: Primitive, asNumber: boolean): string {
  if (tsValueType(p, asNumber) === 'bigint') return `${BigInt(v)}n`;
  return numberLiteral(p.kind === 'float' ? Number(v) : typeof v === 'bigint' ? v : v);
}

export function stringLiteral(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}
